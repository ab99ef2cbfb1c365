import type { IsoDate, SourceJudgement } from '@lexgap/legal-model';
import type { EvidenceQuality } from './evidence-quality';

/** MET at 1, UNMET at 0, PARTIAL between; NOT_ASSESSED when nothing gives a result. */
export const CRITERION_STATUSES = ['MET', 'PARTIAL', 'UNMET', 'NOT_ASSESSED', 'NOT_APPLICABLE'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];
/**
 * How a result was reached: AUTOMATIC, the rubric's evaluator over the recorded facts and treaty
 * records; EXPERT, an approved expert assessment; SOURCE_FINDING, a source's own judgement of the
 * law on the criterion (the US TIP Report's "commensurate with those for rape"), used only where
 * the automatic result is not assessed and no expert result applies.
 */
export const RESULT_METHODS = ['AUTOMATIC', 'EXPERT', 'SOURCE_FINDING'] as const;
export type ResultMethod = (typeof RESULT_METHODS)[number];

/** The ids of the records a result rests on. */
export interface EvidenceRefs {
  provisions: string[];
  treatyActions: string[];
  treatyObservations: string[];
  assessments: string[];
  /** Source findings (a report's judgement of the law) the result rests on. */
  findings: string[];
}

export type ExplanationParam = string | number | boolean | readonly string[] | null;

/**
 * How a result was reached: one English sentence, and a stable message key with its parameters
 * so a report can say it in another language.
 */
export interface Explanation {
  text: string;
  key: string;
  params: Record<string, ExplanationParam>;
}

/**
 * The result the criterion would have without the expert: the rubric's evaluator's, or, where that
 * is not assessed, the source finding's (then `finding` says which). Kept beside an expert result
 * that overrides it.
 */
export interface AutomaticResult {
  status: CriterionStatus;
  score: number | null;
  explanation: Explanation;
  evidence: EvidenceRefs;
  /** Present when the overridden result is a source finding's. */
  finding?: SourceFindingDecision;
}

/** The source finding a result is (or would be) reached by. */
export interface SourceFindingDecision {
  findingId: string;
  judgement: SourceJudgement;
  /** Whether the source found the judgement to hold ("commensurate") or not ("not commensurate"). */
  holds: boolean;
  sourceCitation: string;
  sourceUrl: string | null;
  /** The date the judgement speaks from. */
  asOf: IsoDate;
  /** The wording of the law the source judged. */
  provisionId: string;
}

export interface ExpertDecision {
  assessmentId: string;
  decidedOn: IsoDate;
  rationale: string;
  /** Who approved it (a second expert); null when not recorded. */
  reviewerName: string | null;
  /** Web pages the expert cited beside the records in `evidence`. */
  urls: string[];
}

export interface CriterionResult {
  criterionId: string;
  categoryId: string;
  status: CriterionStatus;
  /** 0..1; null when not assessed or not applicable. */
  score: number | null;
  maxScore: 1;
  method: ResultMethod;
  /** The criterion's weight within its category. */
  weight: number;
  /** Its share of the rubric's applicable weight (0 when not applicable); gap severity builds on it. */
  weightShare: number;
  explanation: Explanation;
  evidence: EvidenceRefs;
  /** Present when an expert result overrides an automatic one. */
  automatic?: AutomaticResult;
  /** Present when the result is an expert's. */
  expert?: ExpertDecision;
  /** Present when the result is a source finding's (method SOURCE_FINDING). */
  finding?: SourceFindingDecision;
}

/** A criterion's result with how old, of what kind and how sure its evidence is. */
export type ScoredCriterion = CriterionResult & EvidenceQuality;

export interface CategoryResult {
  id: string;
  weight: number;
  /** 0..100, the weighted mean of the assessed criteria; null when none is assessed. */
  score: number | null;
  /** Assessed weight / applicable weight; 0 when nothing is assessed or nothing applies. */
  coverage: number;
  /** The score if every criterion not assessed were unmet (lower) or met (upper); null when nothing applies. */
  scoreRange: ScoreRange | null;
  /** Criterion weight that is not NOT_APPLICABLE. */
  applicableWeight: number;
  /** Criterion weight that has a result. */
  assessedWeight: number;
}

/** What the score could be once the criteria not assessed are: all unmet (lower), all met (upper). */
export interface ScoreRange {
  lower: number;
  upper: number;
}

/** Why a scorecard has no place in a ranking. */
export const UNRANKED_REASONS = ['INSUFFICIENT_COVERAGE', 'NO_SCORE'] as const;
export type UnrankedReason = (typeof UNRANKED_REASONS)[number];

export interface Gap {
  criterionId: string;
  categoryId: string;
  /** weightShare × (1 − result), in 0..1: the share of the whole score the gap costs. */
  severity: number;
  result: number;
  status: 'PARTIAL' | 'UNMET';
}

export interface ScorecardResult {
  jurisdiction: string;
  /**
   * For a sub-national unit: the country whose national law and treaty status the scorecard
   * counts beside the unit's own law; null for a country. Absent from scorecards stored before
   * layered law (read as null).
   */
  nationalJurisdiction?: string | null;
  rubricId: string;
  rubricVersion: number;
  asOf: IsoDate;
  /** 0..100 over the assessed weight, to 4 decimals; null when nothing is assessed. */
  score: number | null;
  /** 0..1, the share of the rubric's applicable weight that has a result, to 4 decimals. */
  coverage: number;
  /** lower ≤ score ≤ upper: the score if every criterion not assessed were unmet, or met. Null when nothing applies. */
  scoreRange: ScoreRange | null;
  /** The rubric's minimum coverage for a band and a rank. */
  minimumCoverage: number;
  /** Null when the scorecard may be ranked; else why not (coverage below the rubric's minimum, or no score). */
  unrankedReason: UnrankedReason | null;
  /** The id of the rubric band the score falls in; null without a score or below the rubric's minimum coverage. */
  band: string | null;
  /** true when a score exists but its coverage is below the rubric's minimum for a band. */
  bandWithheld: boolean;
  categories: CategoryResult[];
  criteria: ScoredCriterion[];
  /** The oldest and newest as-of dates of all the evidence the results rest on; null when they rest on none. */
  evidenceAsOf: { oldest: IsoDate; newest: IsoDate } | null;
  /** Evidence older than this many years before `asOf` is stale (the rubric's staleEvidenceYears, default 3). */
  staleEvidenceYears: number;
  /** Criteria whose oldest evidence is stale, in rubric order. */
  staleCriteria: string[];
  /** Assessed criteria below 1, worst first (ties in rubric order). */
  gaps: Gap[];
}
