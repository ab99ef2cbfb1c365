import type { IsoDate, LocalizedText } from '@lexgap/legal-model';
import type { CriterionMethod, EvaluatorConfig } from './evaluator-config';

/**
 * A published rubric: the methodology as data. A published version is immutable (its content
 * hash identifies it); a change is a new version. `validateRubric` turns a rubric file into this
 * shape, with defaults filled in, so every field below is present after loading.
 */
export interface Rubric {
  /** Stable id, a lowercase slug: `tip-legal-framework`. */
  id: string;
  /** Integer version, from 1. */
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  publishedOn?: IsoDate;
  /** The instruments and indices the methodology draws on. */
  anchors: RubricAnchor[];
  /** Named thresholds evaluators read: `seriousCrimeMinYears: 4`. */
  parameters: Record<string, number>;
  /** Coverage (0..1) below which no band is given: a band must rest on most of the methodology. */
  minimumCoverageForBand: number;
  /** Grades by score, highest first; the last starts at 0. */
  bands: Band[];
  categories: RubricCategory[];
}

/** An instrument or index the methodology draws on, as RUBRIC.md's "Where it comes from" lists them. */
export interface RubricAnchor {
  /** The instrument and the articles taken: "UN Palermo Protocol (2000), Art. 3". */
  source: string;
  /** What the methodology takes from it. */
  takes: LocalizedText;
  url?: string;
}

export interface Band {
  id: string;
  /** Lowest score (0..100) in the band, inclusive; the band runs up to the next band's min. */
  min: number;
  label: LocalizedText;
}

export interface RubricCategory {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Weight relative to the other categories. */
  weight: number;
  criteria: Criterion[];
}

export interface Criterion {
  id: string;
  question: LocalizedText;
  method: CriterionMethod;
  evaluator: EvaluatorConfig;
  /** Weight relative to the other criteria of its category; 1 unless the file says otherwise. */
  weight: number;
  scale: Scale;
  /** What the law should say to meet the criterion, for gap reports. */
  recommendation: LocalizedText;
  /** Where the criterion comes from: "Palermo Protocol Art. 3(a)". */
  references: string[];
}

/**
 * The results a criterion can take. `levels`: exactly the listed values (each with its label and,
 * for expert criteria, a descriptor of what a law at that level looks like). `share`: any value
 * from 0 to 1; its levels label the ends (at least 0 and 1) and any named points between.
 * Either way the values lie in [0, 1] and include 0 and 1, so UNMET and MET are both reachable.
 */
export interface Scale {
  type: 'levels' | 'share';
  levels: ScaleLevel[];
}

export interface ScaleLevel {
  value: number;
  label: LocalizedText;
  descriptor?: LocalizedText;
}

export const DEFAULT_CRITERION_WEIGHT = 1;

/**
 * Default minimum coverage for a band: half the rubric's weight. Treaty records alone cover
 * about 27 % of the default rubric, so a band always needs the domestic law recorded too; and
 * with less than half assessed, the unassessed part could move the score across several bands.
 */
export const DEFAULT_MINIMUM_COVERAGE_FOR_BAND = 0.5;

/** The default bands of RUBRIC.md. */
export const DEFAULT_BANDS: readonly Band[] = [
  { id: 'STRONG', min: 85, label: { en: 'Strong', es: 'Sólido', pt: 'Sólido', fr: 'Solide' } },
  { id: 'SUBSTANTIAL', min: 70, label: { en: 'Substantial', es: 'Considerable', pt: 'Considerável', fr: 'Important' } },
  { id: 'PARTIAL', min: 50, label: { en: 'Partial', es: 'Parcial', pt: 'Parcial', fr: 'Partiel' } },
  { id: 'WEAK', min: 30, label: { en: 'Weak', es: 'Débil', pt: 'Fraco', fr: 'Faible' } },
  { id: 'CRITICAL', min: 0, label: { en: 'Critical gaps', es: 'Brechas críticas', pt: 'Lacunas críticas', fr: 'Lacunes critiques' } },
];

/** Every criterion of the rubric with its category, in rubric order. */
export function criteriaOf(rubric: Rubric): { category: RubricCategory; criterion: Criterion }[] {
  return rubric.categories.flatMap((category) => category.criteria.map((criterion) => ({ category, criterion })));
}
