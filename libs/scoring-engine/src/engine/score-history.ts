import { assertIsoDate, compareIsoDates, IsoDate } from '@lexgap/legal-model';
import type { Rubric } from '../rubric/rubric';
import { adoptionDateOf, treatyChangeDates } from '../treaty-status';
import type { JurisdictionEvidence } from './evidence';
import { scoreJurisdiction } from './score-jurisdiction';
import type { ScorecardResult } from './scorecard';

/** The score from `date` until the next point. */
export interface ScorePoint {
  date: IsoDate;
  score: number | null;
  coverage: number;
  band: string | null;
  /** The criteria whose status or result changed on this date (none on the first point). */
  changed: string[];
}

/** Results this close are the same (recomputing from other inputs can differ in the last bit). */
const SAME_RESULT_TOLERANCE = 1e-9;

/**
 * The dates in (from, to] at which a score can change: every treaty action and observation date,
 * the adoption date of every treaty they are about (before it nothing under the treaty applies),
 * provision start and (exclusive) end, expert approval date, and source finding as-of date (with
 * the start and end of the wording it judges); sorted, without repeats. Between two of these
 * dates nothing the engine reads changes, so neither does the score.
 */
export function scoreChangeDates(evidence: JurisdictionEvidence, from: IsoDate, to: IsoDate): IsoDate[] {
  const dates = new Set<IsoDate>([
    ...treatyChangeDates(evidence.treatyActions, evidence.treatyObservations, evidence.treaties),
    ...evidence.provisions.flatMap((p) => (p.inForceTo == null ? [p.inForceFrom] : [p.inForceFrom, p.inForceTo])),
    ...evidence.expertResults.map((r) => r.decidedOn),
    ...(evidence.sourceFindings ?? []).flatMap((f) => [f.asOf, f.inForceFrom, ...(f.inForceTo == null ? [] : [f.inForceTo])]),
  ]);
  return [...dates].filter((date) => date > from && date <= to).sort(compareIsoDates);
}

/**
 * The earliest date from which any of the evidence applies, or undefined when there is none:
 * the first treaty action, observation, provision in force, expert approval or source finding in
 * effect. Nothing under a treaty applies before its adoption date (treaty-status.ts, rule 0): an
 * action dated earlier (a year-precision 1999 for a convention adopted in June 1999) applies from
 * the adoption date, an
 * observation made earlier on no date. A NOT_PARTY observation applies before its own date
 * (rule 4), back to the adoption date. Before this date the scorecard rests on nothing: every
 * criterion is not assessed.
 */
export function earliestEvidenceDate(evidence: JurisdictionEvidence): IsoDate | undefined {
  const actionStarts = evidence.treatyActions.map((a) => {
    const adoptedOn = adoptionDateOf(evidence.treaties, a.treaty);
    return adoptedOn !== undefined && a.date < adoptedOn ? adoptedOn : a.date;
  });
  const observationStarts = evidence.treatyObservations.flatMap((o) => {
    const adoptedOn = adoptionDateOf(evidence.treaties, o.treaty);
    if (adoptedOn === undefined) return [o.observedOn];
    if (o.observedOn < adoptedOn) return [];
    return [o.status === 'NOT_PARTY' ? adoptedOn : o.observedOn];
  });
  // A finding applies from the later of its own date and its wording's start, while the wording is in force.
  const findingStarts = (evidence.sourceFindings ?? []).flatMap((f) => {
    const start = f.asOf > f.inForceFrom ? f.asOf : f.inForceFrom;
    return f.inForceTo == null || start < f.inForceTo ? [start] : [];
  });
  const dates = [...actionStarts, ...observationStarts, ...evidence.provisions.map((p) => p.inForceFrom), ...evidence.expertResults.map((r) => r.decidedOn), ...findingStarts];
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (compareIsoDates(a, b) <= 0 ? a : b));
}

/**
 * Where a history up to `to` starts when the caller names no start: the earliest evidence date,
 * whatever it is (1930 if that is when the evidence begins), or `to` itself when nothing applies
 * on or before `to` (a history of one point, nothing assessed).
 */
export function historyStart(evidence: JurisdictionEvidence, to: IsoDate): IsoDate {
  assertIsoDate(to, 'to');
  const earliest = earliestEvidenceDate(evidence);
  return earliest !== undefined && earliest < to ? earliest : to;
}

/**
 * The score's history over [from, to]: the point at `from`, then a point at each date where the
 * score, coverage or band changes, or where a criterion's result changes (two changes can leave
 * the score as it was; the reader still sees that the law moved). Dates where records change but
 * no result does (a new provision restating covered facts) give no point. A caller without a
 * start of its own passes `historyStart(evidence, to)`.
 */
export function scoreHistory(rubric: Rubric, evidence: JurisdictionEvidence, from: IsoDate, to: IsoDate): ScorePoint[] {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (from > to) throw new RangeError(`scoreHistory: from (${from}) must not be after to (${to})`);
  let previous = scoreJurisdiction(rubric, evidence, from);
  const points: ScorePoint[] = [pointOf(previous, [])];
  for (const date of scoreChangeDates(evidence, from, to)) {
    const current = scoreJurisdiction(rubric, evidence, date);
    const changed = changedCriteria(previous, current);
    if (changed.length > 0 || totalsChanged(previous, current)) points.push(pointOf(current, changed));
    previous = current;
  }
  return points;
}

function pointOf(card: ScorecardResult, changed: string[]): ScorePoint {
  return { date: card.asOf, score: card.score, coverage: card.coverage, band: card.band, changed };
}

function changedCriteria(before: ScorecardResult, after: ScorecardResult): string[] {
  return after.criteria.filter((result, i) => result.status !== before.criteria[i].status || !same(result.score, before.criteria[i].score)).map((result) => result.criterionId);
}

function totalsChanged(before: ScorecardResult, after: ScorecardResult): boolean {
  return !same(before.score, after.score) || !same(before.coverage, after.coverage) || before.band !== after.band;
}

function same(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) <= SAME_RESULT_TOLERANCE;
}
