import type { ScoreRange, UnrankedReason } from '@lexgap/scoring-engine';
import type { DatePrecision, DiffSegment, Language } from '@lexgap/legal-model';
import type { ReportBand, ReportCategory, ReportCriterion, ReportJurisdiction, ReportObservation, ReportProvenance, ReportRubric, ReportTreatyAction } from './report-parts';
import type { ReportTipTier } from './tip-tiers.model';

export interface ReportRank {
  region: { code: string; name: string };
  /** Competition rank (1, 2, 2, 4); null when unranked (see reason). */
  rank: number | null;
  /** Why there is no rank: coverage below the rubric's minimum, or no score; null when ranked. */
  reason: UnrankedReason | null;
  /** Members with a rank. */
  ranked: number;
  members: number;
}

export interface ReportTreatyStatus {
  code: string;
  name: string;
  title: string;
  url: string;
  status: 'PARTY' | 'SIGNATORY' | 'NOT_PARTY' | 'UNKNOWN';
  since: string | null;
  datePrecision: DatePrecision | null;
  basis: ReportTreatyAction[];
  observation: ReportObservation | null;
  verified: boolean;
}

export interface ReportHistoryPoint {
  date: string;
  score: number | null;
  coverage: number;
  band: ReportBand | null;
  changed: string[];
}

export interface ReportProvision {
  id: string;
  /** Fragment id the report links citations to. */
  anchor: string;
  citation: string;
  heading: string | null;
  /** The wording; null when it is not recorded (the provision is known through a report that describes it). */
  text: string | null;
  /** The source its legal facts were read from (their citation, else the host of their URL); null without facts. */
  factsSource: string | null;
  /** In the reader's language, what stands where the text would be when it is not recorded; null when it is. */
  textNote: string | null;
  inForceFrom: string;
  inForceTo: string | null;
  /** How much of each in-force date is known: a report shows "2012" or "June 2016", not a day it does not know. */
  inForceFromPrecision: DatePrecision;
  inForceToPrecision: DatePrecision | null;
  sourceUrl: string | null;
  recordedOn: string;
  /** Whether a second expert verified its legal facts against their source; null without facts. */
  factsVerified: boolean | null;
  instrument: { id: string; title: string; titleEn: string | null; officialCitation: string | null; language: string; sourceUrl: string | null };
}

/**
 * A bill's article that a changed criterion's projected result cites, beside the enacted wording
 * it would replace: what the bill changes in the text, word by word.
 */
export interface ReportBillWording {
  /** The bill's article, as the bill cites it, and the bill's title. */
  citation: string;
  bill: string;
  /** The bill's language (BCP 47), for the quoted text. */
  language: string;
  /** The wording in force it would replace (citation, instrument, in force since); null for a new article. */
  replaces: { citation: string; instrument: string; inForceFrom: string; inForceFromPrecision: DatePrecision } | null;
  /** The word-level changes from the enacted wording to the bill's; null when there is none to compare (a new article, or a text not recorded). */
  segments: DiffSegment[] | null;
  /** In the reader's language, why no word-level comparison is shown; null when one is. */
  note: string | null;
}

/** One criterion a bill would change: its result under the law in force and under the bill. */
export interface ReportBillChange {
  id: string;
  question: string;
  official: { status: string; resultLabel: string | null };
  projected: { status: string; resultLabel: string | null; explanation: string };
  /** Projected − official criterion score (0..1 scale), to 4 decimals; null unless both have one. */
  scoreChange: number | null;
  /** The bills' articles the projected result cites, with what each changes in the text. */
  wordings: ReportBillWording[];
}

/**
 * "What this bill would change": the scorecard as if the bills were in force on the report's
 * as-of date. A projection, labelled as one: the rest of the report is the law in force.
 */
export interface ReportBillProjection {
  bills: { id: string; title: string; parliamentaryReference: string | null; introducedOn: string | null; jurisdiction: string }[];
  official: { score: number | null; band: ReportBand | null } & ReportAssessedShare;
  projected: { score: number | null; band: ReportBand | null } & ReportAssessedShare;
  changes: ReportBillChange[];
}

/** How much of a scorecard is assessed: what a report states beside any score it shows. */
export interface ReportAssessedShare {
  coverage: number;
  /** The score if every criterion not assessed were unmet (lower) or met (upper). */
  scoreRange: ScoreRange | null;
  /** The rubric's minimum coverage for a band and a rank. */
  minimumCoverage: number;
  /** Coverage below the minimum with something assessed: the score is of the assessed criteria only, and the range leads. */
  belowMinimumCoverage: boolean;
  /** Criteria with a result (met or a gap), and criteria that apply (those plus the ones not yet assessed). */
  assessedCriteria: number;
  applicableCriteria: number;
}

/**
 * A country's (or sub-national unit's) gap report: what its law lacks against the rubric, as of a
 * date. Below the minimum coverage (ReportAssessedShare) it leads with what is known (criteria
 * assessed, share of the weight, score range) and shows no band or rank.
 */
export interface CountryReport extends ReportAssessedShare {
  kind: 'country';
  schemaVersion: number;
  lang: Language;
  /** `units`: a country's recorded sub-national units (0 for a unit), which its sub-national report lists. */
  jurisdiction: ReportJurisdiction & { units: number };
  rubric: ReportRubric;
  asOf: string;
  score: number | null;
  band: ReportBand | null;
  bandWithheld: boolean;
  rank: ReportRank | null;
  /**
   * The oldest and newest as-of dates of the evidence the results rest on, the rubric's stale limit
   * in years, and whether any assessed result rests on stale or secondary evidence; null when no
   * result rests on any.
   */
  evidenceAge: { oldest: string; newest: string; staleYears: number; anyStale: boolean; anySecondary: boolean } | null;
  categories: ReportCategory[];
  /** Criteria below their maximum, worst first. */
  gaps: ReportCriterion[];
  /** Criteria with no result yet, in rubric order: never counted as zero. */
  notAssessed: ReportCriterion[];
  met: ReportCriterion[];
  notApplicable: ReportCriterion[];
  treaties: ReportTreatyStatus[];
  history: ReportHistoryPoint[];
  /** US TIP Report tiers up to the as-of date's year, oldest first: a comparator, not part of the score. */
  tipTiers: ReportTipTier[];
  provisions: ReportProvision[];
  /** Present only when the report was asked for with bills (withDrafts): what they would change. */
  billProjection: ReportBillProjection | null;
  provenance: ReportProvenance;
}
