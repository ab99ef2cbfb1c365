import type { CriterionStatus, ResultMethod, ScoreRange, SourceFindingDecision, UnrankedReason } from '@lexgap/scoring-engine';
import type { TreatyActionModel, TreatyStatusObservationModel } from '@lexgap/treaties';

/**
 * The parts country and regional reports share. A report is data first (the JSON format is
 * exactly this shape); HTML, Markdown and PDF are renderings of it. Texts are already in the
 * report's language; codes, ids, dates (ISO) and numbers are kept as data.
 */
export const REPORT_SCHEMA_VERSION = 1;

export interface ReportJurisdiction {
  code: string;
  name: string;
  kind: 'COUNTRY' | 'SUBDIVISION';
  parent: { code: string; name: string } | null;
}

export interface ReportRubric {
  id: string;
  version: number;
  title: string;
  contentHash: string;
  minimumCoverageForBand: number;
}

/** A band with its place among the rubric's bands (0 = best), which colours it. */
export interface ReportBand {
  id: string;
  label: string;
  level: number;
  levels: number;
}

export interface ReportCategory {
  id: string;
  title: string;
  weight: number;
  score: number | null;
  coverage: number;
  scoreRange: ScoreRange | null;
}

/** A record a report cites as its source, with the date it was current. */
export interface ReportSource {
  citation: string;
  url: string | null;
  asOf: string | null;
  usedFor: 'treaties' | 'provisions' | 'findings' | 'assessments';
  verified: boolean;
}

export interface ReportProvenance {
  rubric: ReportRubric;
  asOf: string;
  sources: ReportSource[];
  generatedAt: string;
  generator: string;
  /** sha256 of the report's language-neutral content: equal hashes, equal data and results. */
  contentHash: string;
  /** Texts shown in English because the report's language lacks them. */
  untranslated: string[];
}

/**
 * The treaty records a report cites are the API's own TreatyAction and TreatyStatusObservation,
 * notes included (a reference record's note says how far its date or source can be trusted).
 */
export type ReportTreatyAction = TreatyActionModel;
export type ReportObservation = TreatyStatusObservationModel;

export interface ReportCriterion {
  id: string;
  categoryId: string;
  categoryTitle: string;
  question: string;
  /** How the rubric reaches it: from treaty actions, legal facts or an expert. */
  basis: 'TREATY' | 'FACTS' | 'EXPERT';
  /** How this result was reached. */
  method: ResultMethod;
  status: CriterionStatus;
  score: number | null;
  /** The scale level's label when the result sits on one ("Signed only"). */
  resultLabel: string | null;
  weightShare: number;
  /** What the shortfall costs the overall score, 0..1; null unless it is a gap. */
  severity: number | null;
  explanation: string;
  /** The result an expert overrode: the automatic one, or a source finding's (`method` SOURCE_FINDING, with its finding). */
  automatic: { status: CriterionStatus; score: number | null; explanation: string; engineExplanation: string; method: ResultMethod; finding: SourceFindingDecision | null } | null;
  /** The approved expert decision, its reasoning as the expert wrote it. */
  expert: { assessmentId: string; decidedOn: string; rationale: string; reviewerName: string | null; urls: string[] } | null;
  /**
   * How old and how sure the result's evidence is: its oldest as-of date, whether that is older
   * than the rubric's stale limit, and whether any of it is secondary (a report about the law, such
   * as the US TIP Report, or a treaty record not checked against the depositary's). Null when the
   * result rests on no dated evidence.
   */
  evidenceAge: { asOf: string; stale: boolean; secondary: boolean } | null;
  recommendation: string;
  references: string[];
  evidence: {
    /** Ids of `provisions` entries of the report. */
    provisions: string[];
    treatyActions: ReportTreatyAction[];
    observations: ReportObservation[];
    assessments: string[];
    /** The source finding (a report's judgement of the law) the result is reached by, if it is. */
    findings: SourceFindingDecision[];
  };
}

/** One place in a ranking (a region's members, a country's units): what every ranking row shows. */
export interface RankedRow {
  /** Null below the rubric's minimum coverage (those rows follow the ranked ones, most covered first). */
  rank: number | null;
  unrankedReason: UnrankedReason | null;
  jurisdiction: { code: string; name: string };
  score: number | null;
  scoreRange: ScoreRange | null;
  coverage: number;
  band: ReportBand | null;
}
