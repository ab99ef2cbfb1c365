import { CONSENT_ACTIONS } from './vocabulary';
import type { DatePrecision, TreatyActionType } from './vocabulary';

export interface TreatyActionInput {
  id: string;
  treaty: string;
  type: TreatyActionType;
  /** A lower-precision date is given as its first day and takes effect from that day. */
  date: string;
  datePrecision: DatePrecision;
  verified: boolean;
  sourceUrl?: string;
}

export interface TreatyObservationInput {
  id: string;
  treaty: string;
  status: 'PARTY' | 'NOT_PARTY';
  observedOn: string;
  verified: boolean;
  sourceUrl?: string;
}

export type TreatyStatusKind = 'PARTY' | 'SIGNATORY' | 'NOT_PARTY' | 'UNKNOWN';

export interface TreatyStatusResult {
  treaty: string;
  status: TreatyStatusKind;
  /** Date of the action the status rests on (absent for observations and UNKNOWN). */
  since?: string;
  datePrecision?: DatePrecision;
  basis: { actionIds: string[]; observationId?: string };
}

/**
 * A state's status under one treaty on `asOf`:
 * 1. Only actions dated on or before `asOf` count.
 * 2. The latest consent (ratification, accession, succession, acceptance, approval) makes it a
 *    PARTY since that date, unless a later denunciation (still ≤ asOf) makes it NOT_PARTY.
 * 3. Failing that, a signature makes it a SIGNATORY since the signature's date.
 * 4. Failing any action, an observation decides: PARTY observations apply from their date on
 *    (the ratification date is unknown), NOT_PARTY observations apply at any date (a ratification
 *    would be recorded as an action).
 * 5. Otherwise UNKNOWN: nothing recorded, which is never the same as NOT_PARTY.
 */
export function treatyStatusAsOf(
  treaty: string,
  asOf: string,
  actions: readonly TreatyActionInput[],
  observations: readonly TreatyObservationInput[],
): TreatyStatusResult {
  const dated = actions.filter((a) => a.treaty === treaty && a.date <= asOf).sort((a, b) => a.date.localeCompare(b.date));
  const lastConsent = [...dated].reverse().find((a) => CONSENT_ACTIONS.includes(a.type));
  const lastDenunciation = [...dated].reverse().find((a) => a.type === 'DENUNCIATION');
  if (lastDenunciation && (!lastConsent || lastDenunciation.date >= lastConsent.date)) {
    return { treaty, status: 'NOT_PARTY', since: lastDenunciation.date, datePrecision: lastDenunciation.datePrecision, basis: { actionIds: [lastDenunciation.id] } };
  }
  if (lastConsent) {
    return { treaty, status: 'PARTY', since: lastConsent.date, datePrecision: lastConsent.datePrecision, basis: { actionIds: [lastConsent.id] } };
  }
  const signature = dated.find((a) => a.type === 'SIGNATURE');
  if (signature) {
    return { treaty, status: 'SIGNATORY', since: signature.date, datePrecision: signature.datePrecision, basis: { actionIds: [signature.id] } };
  }
  const own = observations.filter((o) => o.treaty === treaty).sort((a, b) => b.observedOn.localeCompare(a.observedOn));
  const party = own.find((o) => o.status === 'PARTY' && o.observedOn <= asOf);
  if (party) return { treaty, status: 'PARTY', basis: { actionIds: [], observationId: party.id } };
  const notParty = own.find((o) => o.status === 'NOT_PARTY');
  if (notParty) return { treaty, status: 'NOT_PARTY', basis: { actionIds: [], observationId: notParty.id } };
  return { treaty, status: 'UNKNOWN', basis: { actionIds: [] } };
}

/** Dates on which some treaty status can change: every action date and observation date. */
export function treatyChangeDates(actions: readonly TreatyActionInput[], observations: readonly TreatyObservationInput[]): string[] {
  return [...new Set([...actions.map((a) => a.date), ...observations.map((o) => o.observedOn)])].sort();
}
