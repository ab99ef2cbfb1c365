/** Text in the languages of the Americas; English is required and is the fallback. */
export interface LocalizedText {
  en: string;
  es?: string;
  pt?: string;
  fr?: string;
}

export type CriterionMethod = 'treaty' | 'facts' | 'expert';

/** How an automatic criterion reads the evidence. Each kind has one evaluator (engine/evaluators). */
export type EvaluatorConfig =
  | { kind: 'treatyParty'; treaty: string; signedScore: number }
  | { kind: 'shareOfList'; field: 'acts' | 'means' | 'purposes' | 'ancillaryLiability' | 'onlineOffences' }
  | { kind: 'shareOfAggravations'; required: string[] }
  | { kind: 'factIsTrue'; field: 'consentIrrelevant' | 'legalPersonLiability' | 'demandOffence' | 'mistakeOfAgeDefenceBarred' | 'childNonPunishment' | 'extraterritorialJurisdiction' }
  | { kind: 'factIsFalse'; field: 'borderCrossingRequired' | 'meansRequiredForChildren' }
  | { kind: 'shareOfTrue'; fields: ('forfeiture' | 'restitution')[] }
  | { kind: 'childAgeAtLeast'; parameter: string }
  | { kind: 'imprisonmentMandatory' }
  | { kind: 'maximumAtLeast'; parameter: string }
  | { kind: 'minimumAtLeast'; fullParameter: string; partialParameter: string }
  | { kind: 'sexTraffickingVersusRape'; partialRatioParameter: string }
  | { kind: 'forcedLabourOffence' }
  | { kind: 'expert' };

export interface ScaleLevel {
  value: number;
  label: LocalizedText;
  descriptor?: LocalizedText;
}

export interface Criterion {
  id: string;
  question: LocalizedText;
  method: CriterionMethod;
  evaluator: EvaluatorConfig;
  /** Relative to the other criteria of its category; 1 unless the rubric says otherwise. */
  weight: number;
  /** `levels`: the result takes one of the listed values; `share`: any value from 0 to 1. */
  scale: { type: 'levels' | 'share'; levels: ScaleLevel[] };
  recommendation: LocalizedText;
  references: string[];
}

export interface Category {
  id: string;
  title: LocalizedText;
  weight: number;
  criteria: Criterion[];
}

export interface Band {
  id: string;
  /** Inclusive lower bound of the band's scores (0..100). */
  min: number;
  label: LocalizedText;
}

export interface Rubric {
  id: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText;
  anchors: { source: string; takes: LocalizedText }[];
  parameters: Record<string, number>;
  /** Below this overall coverage no band is given: too little is known to grade. */
  minimumCoverageForBand: number;
  bands: Band[];
  categories: Category[];
}
