import type { Language } from '@lexgap/legal-model';
import type { CriterionStatus, ScoreRange, UnrankedReason } from '@lexgap/scoring-engine';
import type { RankedRow, ReportBand, ReportProvenance, ReportRubric } from './report-parts';

/** A criterion on which a unit's result differs from its country's national result. */
export interface UnitDifference {
  criterion: { id: string; question: string };
  national: { status: CriterionStatus; statusLabel: string; score: number | null };
  unit: { status: CriterionStatus; statusLabel: string; score: number | null };
}

export interface UnitRow extends RankedRow {
  /** Criteria assessed for both on which the unit's result is lower than the national one. */
  below: UnitDifference[];
  /** Criteria on which the unit's result is higher: its own law goes further. */
  further: UnitDifference[];
  /** Ids of the criteria assessed nationally but not for the unit (never counted as below). */
  notAssessedHere: string[];
}

/**
 * A country's sub-national report: its units ranked within it, and per unit where its law falls
 * below the national result and where its own law goes further.
 */
export interface UnitsReport {
  kind: 'units';
  schemaVersion: number;
  lang: Language;
  country: { code: string; name: string };
  rubric: ReportRubric;
  asOf: string;
  /** How the country divides criminal law, as recorded (null: not recorded). */
  criminalLaw: { divisionLabel: string; source: string; asOf: string } | null;
  national: { score: number | null; scoreRange: ScoreRange | null; coverage: number; band: ReportBand | null; unrankedReason: UnrankedReason | null };
  units: UnitRow[];
  summary: { units: number; below: number; further: number };
  provenance: ReportProvenance;
}
