import type { LegalFacts } from '../legal-facts';
import type { TreatyActionInput, TreatyObservationInput } from '../treaty-status';

/** A provision's facts, with what a scorecard cites for it. */
export interface ProvisionEvidence {
  id: string;
  instrumentId: string;
  instrumentTitle?: string;
  citation: string;
  inForceFrom: string;
  /** Exclusive end: in force while inForceFrom ≤ asOf < inForceTo. */
  inForceTo?: string | null;
  sourceUrl?: string | null;
  facts: LegalFacts;
}

/** An approved expert result for one criterion, effective from `decidedOn`. */
export interface ExpertResultInput {
  criterionId: string;
  result: number | 'NOT_APPLICABLE';
  rationale: string;
  assessmentId: string;
  decidedOn: string;
}

/** Everything a jurisdiction's scores rest on. The engine filters it by the as-of date itself. */
export interface JurisdictionEvidence {
  jurisdiction: string;
  treatyActions: TreatyActionInput[];
  treatyObservations: TreatyObservationInput[];
  provisions: ProvisionEvidence[];
  expertResults: ExpertResultInput[];
}

export function inForce(p: { inForceFrom: string; inForceTo?: string | null }, asOf: string): boolean {
  return p.inForceFrom <= asOf && (!p.inForceTo || asOf < p.inForceTo);
}
