import type { CriterionStatus, ResultMethod, ScoreRange } from '@lexgap/scoring-engine';
import type { Language } from '@lexgap/legal-model';
import type { ReportRank } from './country-report.model';
import type { ReportBand, ReportJurisdiction, ReportProvenance, ReportRubric } from './report-parts';

/** How many jurisdictions one comparison may set side by side, and how few. */
export const COMPARISON_MIN_JURISDICTIONS = 2;
export const COMPARISON_MAX_JURISDICTIONS = 12;

/** One jurisdiction's column: its headline figures, as its country report states them. */
export interface ComparisonJurisdiction {
  jurisdiction: ReportJurisdiction;
  score: number | null;
  coverage: number;
  /** The score if every criterion not assessed were unmet (lower) or met (upper). */
  scoreRange: ScoreRange | null;
  band: ReportBand | null;
  /** A score exists but its coverage is below the rubric's minimum for a band. */
  bandWithheld: boolean;
  /** Its place where the country report ranks it (OAS, its UN sub-region, its country's units); null when it has no such scope. */
  rank: ReportRank | null;
  /** The oldest and newest as-of dates of the evidence its results rest on, and whether any assessed result rests on stale or secondary evidence. */
  evidenceAge: { oldest: string; newest: string; anyStale: boolean; anySecondary: boolean } | null;
  /** Criteria with no result yet. */
  notAssessed: number;
}

/** One jurisdiction's result on one criterion. */
export interface ComparisonCell {
  /** The column's jurisdiction code. */
  code: string;
  status: CriterionStatus;
  /** 0..1; null when not assessed or not applicable. */
  score: number | null;
  method: ResultMethod;
  /** The scale level's label when the result sits on one ("Signed only"). */
  resultLabel: string | null;
  /** The result's oldest evidence as-of date, whether it is stale, whether any of it is secondary; null without dated evidence. */
  evidenceAge: { asOf: string; stale: boolean; secondary: boolean } | null;
}

export interface ComparisonRow {
  criterion: { id: string; question: string };
  /** One per jurisdiction, in column order. */
  cells: ComparisonCell[];
}

export interface ComparisonCategory {
  id: string;
  title: string;
  weight: number;
  /** Each jurisdiction's category score, in column order. */
  scores: (number | null)[];
  /** The category's criteria in rubric order. */
  rows: ComparisonRow[];
}

/** Several jurisdictions' scorecards side by side, criterion by criterion: for an advocate writing about neighbours. */
export interface ComparisonReport {
  kind: 'comparison';
  schemaVersion: number;
  lang: Language;
  rubric: ReportRubric;
  asOf: string;
  /** The rubric's minimum coverage for a band and a rank. */
  minimumCoverage: number;
  /** Evidence older than this many years before the as-of date is stale. */
  staleYears: number;
  /** In the order asked. */
  jurisdictions: ComparisonJurisdiction[];
  /** Every rubric criterion, grouped by category, in rubric order. */
  categories: ComparisonCategory[];
  provenance: ReportProvenance;
}
