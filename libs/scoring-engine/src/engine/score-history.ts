import { Rubric } from '../rubric/rubric.types';
import { JurisdictionEvidence } from './evidence';
import { scoreJurisdiction } from './score-jurisdiction';

export interface ScorePoint {
  date: string;
  score: number | null;
  coverage: number;
  band: string | null;
  /** Criteria whose status changed on this date (empty for the first point). */
  changed: string[];
}

/** Dates in (from, to] on which anything the score rests on starts or stops. */
export function scoreChangeDates(evidence: JurisdictionEvidence, from: string, to: string): string[] {
  const dates = new Set<string>();
  for (const a of evidence.treatyActions) dates.add(a.date);
  for (const o of evidence.treatyObservations) dates.add(o.observedOn);
  for (const p of evidence.provisions) {
    dates.add(p.inForceFrom);
    if (p.inForceTo) dates.add(p.inForceTo);
  }
  for (const e of evidence.expertResults) dates.add(e.decidedOn);
  return [...dates].filter((d) => d > from && d <= to).sort();
}

/**
 * The score at `from`, then a point at every date in (from, to] where the score, coverage, band
 * or any criterion's status changes.
 */
export function scoreHistory(rubric: Rubric, evidence: JurisdictionEvidence, from: string, to: string): ScorePoint[] {
  let previous = scoreJurisdiction(rubric, evidence, from);
  const points: ScorePoint[] = [{ date: from, score: previous.score, coverage: previous.coverage, band: previous.band, changed: [] }];
  for (const date of scoreChangeDates(evidence, from, to)) {
    const current = scoreJurisdiction(rubric, evidence, date);
    const changed = current.criteria.filter((c, i) => c.status !== previous.criteria[i].status || c.score !== previous.criteria[i].score).map((c) => c.criterionId);
    if (changed.length || current.score !== previous.score || current.coverage !== previous.coverage || current.band !== previous.band) {
      points.push({ date, score: current.score, coverage: current.coverage, band: current.band, changed });
    }
    previous = current;
  }
  return points;
}
