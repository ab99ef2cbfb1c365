import { criteriaOf, CriterionResult, ScorecardResult } from '@lexgap/scoring-engine';
import type { Translator } from '../i18n/translator';
import { REPORT_SCHEMA_VERSION } from '../model/report-parts';
import type { UnitDifference, UnitRow, UnitsReport } from '../model/units-report.model';
import { jurisdictionName, NamedJurisdiction, provenanceOf, rankedRow, reportBand, reportRubric, RubricRecord } from './report-basics';

export interface UnitsReportInputs {
  country: NamedJurisdiction;
  /** The country's recorded division of criminal law, if any. */
  criminalLaw: { division: 'NATIONAL' | 'NATIONAL_AND_SUBNATIONAL'; source: string; asOf: string } | null;
  rubric: RubricRecord;
  asOf: string;
  /** The country's own scorecard: its national law. */
  national: ScorecardResult;
  /** Its units in ranking order (ranked first), each with its scorecard. */
  entries: { rank: number | null; jurisdiction: NamedJurisdiction; card: ScorecardResult }[];
  generatedAt: Date;
  generator: string;
}

const assessed = (r: CriterionResult | undefined): r is CriterionResult & { score: number } => r !== undefined && r.score !== null;

/**
 * Each unit against the national result, criterion by criterion. A unit's scorecard already counts
 * the national law (layered law), so it differs only where its own law adds protection (higher:
 * "goes further") or where a result made for the unit itself is lower ("below"). A criterion not
 * assessed for the unit is listed apart, never as below: not assessed is not a gap.
 */
export function buildUnitsReport(tr: Translator, input: UnitsReportInputs): UnitsReport {
  const { rubric, national } = input;
  const definitions = criteriaOf(rubric.content);
  const nationalOf = new Map(national.criteria.map((c) => [c.criterionId, c]));
  const question = (id: string) => {
    const found = definitions.find((d) => d.criterion.id === id)!;
    return tr.text(found.criterion.question, `${id} question`);
  };
  const difference = (id: string, n: CriterionResult | undefined, u: CriterionResult): UnitDifference => ({
    criterion: { id, question: question(id) },
    national: { status: n?.status ?? 'NOT_ASSESSED', statusLabel: tr.t(`status.${n?.status ?? 'NOT_ASSESSED'}`), score: n?.score ?? null },
    unit: { status: u.status, statusLabel: tr.t(`status.${u.status}`), score: u.score },
  });

  const units: UnitRow[] = input.entries.map((e) => {
    const below: UnitDifference[] = [];
    const further: UnitDifference[] = [];
    const notAssessedHere: string[] = [];
    for (const { criterion } of definitions) {
      const n = nationalOf.get(criterion.id);
      const u = e.card.criteria.find((c) => c.criterionId === criterion.id);
      if (!assessed(n)) {
        // Assessed only for the unit: what its own law (or an assessment of it) adds.
        if (assessed(u) && n?.status !== 'NOT_APPLICABLE') further.push(difference(criterion.id, n, u));
        continue;
      }
      if (!assessed(u)) {
        if (u?.status !== 'NOT_APPLICABLE') notAssessedHere.push(criterion.id);
        continue;
      }
      if (u.score < n.score) below.push(difference(criterion.id, n, u));
      else if (u.score > n.score) further.push(difference(criterion.id, n, u));
    }
    return {
      ...rankedRow(tr, rubric.content, e),
      below,
      further,
      notAssessedHere,
    };
  });

  const rubricModel = reportRubric(tr, rubric);
  const neutral = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'units',
    country: input.country.code,
    criminalLaw: input.criminalLaw,
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubric.contentHash },
    asOf: input.asOf,
    national: { score: national.score, coverage: national.coverage, criteria: national.criteria.map((c) => [c.criterionId, c.status, c.score]) },
    units: input.entries.map((e) => ({
      code: e.jurisdiction.code,
      rank: e.rank,
      score: e.card.score,
      coverage: e.card.coverage,
      criteria: e.card.criteria.map((c) => [c.criterionId, c.status, c.score]),
    })),
  };
  const body = {
    kind: 'units',
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang: tr.lang,
    country: { code: input.country.code, name: jurisdictionName(tr, input.country) },
    rubric: rubricModel,
    asOf: input.asOf,
    criminalLaw: input.criminalLaw ? { divisionLabel: tr.t(`criminalLaw.${input.criminalLaw.division}`), source: input.criminalLaw.source, asOf: input.criminalLaw.asOf } : null,
    national: { score: national.score, scoreRange: national.scoreRange, coverage: national.coverage, band: reportBand(tr, rubric.content, national.band), unrankedReason: national.unrankedReason },
    units,
    summary: { units: units.length, below: units.filter((u) => u.below.length > 0).length, further: units.filter((u) => u.further.length > 0).length },
  } satisfies Omit<UnitsReport, 'provenance'>;
  return { ...body, provenance: provenanceOf(tr, { rubric: rubricModel, asOf: input.asOf, sources: [], generatedAt: input.generatedAt, generator: input.generator, neutral }) };
}
