import { CONFIDENCE_LEVELS, ConfidenceLevel, IsoDate, SOURCE_KINDS, SourceKind, yearsBefore } from '@lexgap/legal-model';
import type { JurisdictionEvidence } from './evidence';
import type { EvidenceRefs } from './scorecard';

/** How old, of what kind and how sure the records a result rests on are. */
export interface EvidenceQuality {
  /** The oldest as-of date among the records (when the oldest source was current); null when it rests on none. */
  evidenceAsOf: IsoDate | null;
  /** The newest as-of date among the records. */
  newestEvidenceAsOf: IsoDate | null;
  /** True when the oldest record is older than the rubric's staleEvidenceYears before the scorecard's date. */
  evidenceStale: boolean;
  /** The kinds of source the records come from, PRIMARY first. */
  sourceKinds: SourceKind[];
  /** The lowest confidence stated by the records; null when none states one. */
  lowestConfidence: ConfidenceLevel | null;
  /** True when a record it rests on has not been verified (a second check of its source). */
  unverifiedEvidence: boolean;
}

/** One record as the evidence ages it. */
interface RecordQuality {
  asOf: IsoDate;
  kind: SourceKind;
  confidence: ConfidenceLevel | null;
  verified: boolean;
}

/** Evidence older than this many years before the scorecard's date is stale, unless the rubric says otherwise. */
export const DEFAULT_STALE_EVIDENCE_YEARS = 3;

/**
 * The quality of every record of a jurisdiction's evidence, by id. A fact set is as old as its
 * reading (`factsAsOf`); a treaty action as its source's as-of date; an observation as the day it
 * was made; an expert result as its approval. A treaty record checked against the depositary's
 * (`verified`) is PRIMARY; one that was not (a campaign page, an encyclopaedia's table, a
 * government notice not matched to the ILO's or UN's record) counts as SECONDARY. Expert results
 * are EXPERT and verified by their review. A source finding is as old as its as-of date, of its
 * own source kind and confidence, and unverified (nothing records a second check of it).
 */
export function recordQualities(evidence: JurisdictionEvidence): Map<string, RecordQuality> {
  const out = new Map<string, RecordQuality>();
  for (const p of evidence.provisions) out.set(p.id, { asOf: p.factsAsOf, kind: p.sourceKind, confidence: p.confidence, verified: p.verified });
  for (const a of evidence.treatyActions) out.set(a.id, { asOf: a.asOf ?? a.date, kind: a.verified ? 'PRIMARY' : 'SECONDARY', confidence: null, verified: a.verified });
  for (const o of evidence.treatyObservations) out.set(o.id, { asOf: o.observedOn, kind: o.verified ? 'PRIMARY' : 'SECONDARY', confidence: null, verified: o.verified });
  for (const e of evidence.expertResults) out.set(e.assessmentId, { asOf: e.decidedOn, kind: 'EXPERT', confidence: e.confidence ?? null, verified: true });
  for (const f of evidence.sourceFindings ?? []) out.set(f.id, { asOf: f.asOf, kind: f.sourceKind, confidence: f.confidence, verified: false });
  return out;
}

/** The quality of the records `refs` names, judged as of `asOf`. */
export function qualityOf(refs: EvidenceRefs, records: ReadonlyMap<string, RecordQuality>, asOf: IsoDate, staleYears: number): EvidenceQuality {
  const found = [...refs.provisions, ...refs.treatyActions, ...refs.treatyObservations, ...refs.assessments, ...refs.findings]
    .map((id) => records.get(id))
    .filter((r): r is RecordQuality => r !== undefined);
  const dates = found.map((r) => r.asOf).sort();
  const oldest = dates[0] ?? null;
  const confidences = found.map((r) => r.confidence).filter((c): c is ConfidenceLevel => c !== null);
  return {
    evidenceAsOf: oldest,
    newestEvidenceAsOf: dates.at(-1) ?? null,
    evidenceStale: oldest !== null && oldest < yearsBefore(asOf, staleYears),
    sourceKinds: SOURCE_KINDS.filter((k) => found.some((r) => r.kind === k)),
    lowestConfidence: CONFIDENCE_LEVELS.find((c) => confidences.includes(c)) ?? null,
    unverifiedEvidence: found.some((r) => !r.verified),
  };
}
