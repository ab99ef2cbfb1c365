import type { ConfidenceLevel, IsoDate, LegalFacts, SourceJudgement, SourceKind } from '@lexgap/legal-model';
import type { TreatyActionInput, TreatyInput, TreatyObservationInput } from '../treaty-status';

/**
 * Everything recorded about one jurisdiction that a scorecard can rest on, over all dates: the
 * engine picks what applies on the as-of date, so one evidence set gives any year's score.
 */
export interface JurisdictionEvidence {
  /** ISO 3166 code. */
  jurisdiction: string;
  /**
   * For a sub-national unit: the country whose national law and treaty status are layered in
   * (`layeredEvidence`); absent for a country.
   */
  nationalJurisdiction?: string;
  treatyActions: TreatyActionInput[];
  treatyObservations: TreatyObservationInput[];
  /**
   * The treaties' own dates (the catalogue's adoption dates, the same for every jurisdiction):
   * nothing recorded under a treaty applies before it was adopted. A treaty not listed (or no
   * list) has no known adoption date, and its records apply from their own dates; the API's
   * evidence always lists the stored catalogue.
   */
  treaties?: TreatyInput[];
  provisions: ProvisionEvidence[];
  /** Approved expert assessments only: the caller leaves out drafts and rejected ones. */
  expertResults: ExpertResultInput[];
  /**
   * Sources' own judgements of the law on a criterion (the US TIP Report finds the penalties
   * "commensurate with those for rape"): used only where the automatic result is not assessed and
   * no expert result applies. Only those of the scorecard's rubric count.
   */
  sourceFindings?: SourceFindingInput[];
}

/**
 * A source's judgement of one wording of the law (a provision in force over an interval), on one
 * criterion of a rubric. It speaks from its own as-of date (unlike facts, which describe the
 * wording over its whole interval), and only while the wording it judges is in force.
 */
export interface SourceFindingInput {
  id: string;
  /** The rubric whose criterion it bears on: other rubrics do not read it. */
  rubricId: string;
  criterionId: string;
  /** What the source judged, from the closed list (SOURCE_JUDGEMENTS). */
  judgement: SourceJudgement;
  /** Whether the source found it to hold ("commensurate") or not ("not commensurate"). */
  holds: boolean;
  /** The criterion result the judgement gives: a point of the criterion's scale. */
  result: number;
  /** The wording judged, with its citation and interval. */
  provisionId: string;
  citation: string;
  inForceFrom: IsoDate;
  /** Exclusive, as a provision's. */
  inForceTo?: IsoDate | null;
  /** The date the judgement speaks for (the end of the report's reporting period). */
  asOf: IsoDate;
  /** A report about the law (SECONDARY) or an expert's reading (EXPERT). */
  sourceKind: SourceKind;
  /** "US Department of State, Trafficking in Persons Report 2019": not translated. */
  sourceCitation: string;
  sourceUrl?: string | null;
  confidence: ConfidenceLevel | null;
}

/** One provision (an article of an instrument version) with the facts an expert recorded for it. */
export interface ProvisionEvidence {
  id: string;
  /** The jurisdiction that enacted it, when evidence layers several (a unit's and its country's). */
  jurisdiction?: string;
  instrumentId: string;
  /** "Código Penal", for explanations. */
  instrumentTitle?: string | null;
  /** The article as the law cites it: "Art. 145 bis". */
  citation: string;
  /** In force from this date (inclusive)... */
  inForceFrom: IsoDate;
  /** ...to this date (exclusive): in force while inForceFrom ≤ asOf < inForceTo. */
  inForceTo?: IsoDate | null;
  sourceUrl?: string | null;
  facts: LegalFacts;
  /** The date the reading of the facts is current to. */
  factsAsOf: IsoDate;
  /** Where the facts were read: the law's text, a report about it, an expert. */
  sourceKind: SourceKind;
  /** How sure the reader is; null when not recorded. */
  confidence: ConfidenceLevel | null;
  /** Whether a second expert has verified the facts against their source. */
  verified: boolean;
}

/** A reviewed expert assessment of one criterion, in effect from the date it was approved. */
export interface ExpertResultInput {
  criterionId: string;
  /** The jurisdiction assessed, when evidence layers several (a country's result inherited by its unit). */
  jurisdiction?: string;
  /** A point of the criterion's scale, or NOT_APPLICABLE to leave the criterion out. */
  result: number | 'NOT_APPLICABLE';
  rationale: string;
  assessmentId: string;
  /** The records the expert relied on. */
  evidence?: { provisions?: string[]; treatyActions?: string[]; treatyObservations?: string[] };
  /** The approval date: the result applies to scorecards as of this date and later. */
  decidedOn: IsoDate;
  /** How sure the expert is. */
  confidence?: ConfidenceLevel;
  /** Who approved the assessment, for readers ("reviewed by …"). */
  reviewerName?: string | null;
  /** Web pages the expert cited beside the records in `evidence`. */
  urls?: string[];
}
