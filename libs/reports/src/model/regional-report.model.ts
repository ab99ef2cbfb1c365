import type { Language } from '@lexgap/legal-model';
import type { RankedRow, ReportProvenance, ReportRubric } from './report-parts';
import type { RegionalTipComparison } from './tip-tiers.model';

export interface RegionalRankingRow extends RankedRow {
  /** One per rubric category, in rubric order (the heat map's row). */
  categoryScores: (number | null)[];
}

/** A criterion many members fall short on: the pattern a regional overview describes. */
export interface SharedGap {
  criterion: { id: string; question: string; categoryTitle: string };
  /** Members with the gap. */
  states: number;
  /** Members with a result on the criterion. */
  assessed: number;
  /** states / assessed. */
  share: number;
  meanSeverity: number;
  recommendation: string;
  jurisdictions: string[];
}

export interface LeastAssessedCriterion {
  criterion: { id: string; question: string };
  assessed: number;
  notAssessed: string[];
}

/** A region's (or group's) gap report: ranking, heat map, shared gaps, coverage. */
export interface RegionalReport {
  kind: 'regional';
  schemaVersion: number;
  lang: Language;
  region: { code: string; name: string };
  rubric: ReportRubric;
  asOf: string;
  categories: { id: string; title: string; weight: number }[];
  ranking: RegionalRankingRow[];
  sharedGaps: SharedGap[];
  coverage: { members: number; scored: number; banded: number; meanCoverage: number; leastAssessed: LeastAssessedCriterion[] };
  /** lexgap's score beside the US TIP Report tier: Spearman's ρ and the states that diverge most. */
  tipComparison: RegionalTipComparison;
  provenance: ReportProvenance;
}
