import { compareIsoDates, DatePrecision, IsoDate, isConsentAction, ObservedTreatyStatus, TreatyActionType, TreatyStatusKind } from '@lexgap/legal-model';

/**
 * A state's status under a treaty on a date, from the recorded treaty actions and, where no dated
 * action is known, from sources' statements of status.
 *
 * Rules, in order (only actions of the treaty asked about count):
 * 0. Nothing applies before the treaty exists. Before its adoption date (`adoptedOn`, the date its
 *    text was adopted) no state could be a party, a signatory or not a party: the status is
 *    UNKNOWN by rule NOT_YET_ADOPTED, whatever is recorded (a scorecard does not assess the
 *    criterion, and never counts it as not a party). Observations made before the adoption date
 *    are left out on every date: they speak of a time when the treaty did not exist. Without an
 *    adoption date (a treaty the caller does not know) no date is excluded.
 * 1. Only actions dated on or before `asOf` count. A date of lower precision is written as its
 *    first day and takes effect from that day. An action's date is the date it takes effect.
 * 2. Of the consent actions (ratification, accession, succession, acceptance, approval) and
 *    denunciations, the latest decides: a consent makes the state a PARTY since the first consent
 *    after the last denunciation; a denunciation makes it NOT_PARTY since the denunciation.
 * 3. Else a SIGNATURE makes it a SIGNATORY since the first signature.
 * 4. Else observations (a source saying "party" or "not party" on a date):
 *    - the latest observation made on or before `asOf` applies: PARTY or NOT_PARTY, `since`
 *      unknown (a source's date is when it was said, not when the status began);
 *    - else a NOT_PARTY observation made after `asOf` applies too: no action is recorded up to
 *      `asOf`, and a ratification before the observation would have been recorded as an action.
 *      It reaches back no further than the adoption date (rule 0).
 *      (A PARTY observation never reaches back before its date: the consent date is unknown.)
 * 5. Else UNKNOWN: nothing is recorded, which is never the same as NOT_PARTY.
 *
 * Ties (two actions or observations on one date) are decided by input order, later wins: callers
 * pass records in the order they were made.
 *
 * Whether a record is `verified` does not change the status: which records are passed in (e.g.
 * published ones only) is the caller's policy. `basis` names the records by id, so the caller can
 * show them with their sources and verification.
 *
 * Treaties are named by the codes of TREATY_CODES; the type is `string` because callers pass codes
 * read from storage, and an unknown code simply has nothing recorded (UNKNOWN).
 */

export interface TreatyActionInput {
  id: string;
  treaty: string;
  type: TreatyActionType;
  date: IsoDate;
  datePrecision: DatePrecision;
  verified: boolean;
  sourceUrl?: string;
  /** The date the source of the action was current to (its age as evidence); the action's date when not given. */
  asOf?: IsoDate;
}

/** What the engine knows of a treaty itself: the date its text was adopted (a depositary's record). */
export interface TreatyInput {
  /** A code of TREATY_CODES. */
  code: string;
  /** The date the text was adopted (opened for signature or ratification from then on). */
  adoptedOn: IsoDate;
}

export interface TreatyObservationInput {
  id: string;
  treaty: string;
  status: ObservedTreatyStatus;
  observedOn: IsoDate;
  verified: boolean;
  sourceUrl?: string;
}

/** Which rule gave the status. */
export type TreatyStatusRule = 'NOT_YET_ADOPTED' | 'CONSENT' | 'DENUNCIATION' | 'SIGNATURE' | 'OBSERVATION' | 'NOTHING_RECORDED';

export interface TreatyStatus {
  treaty: string;
  status: TreatyStatusKind;
  /** When the status began; undefined when it rests on an observation or on nothing. */
  since?: IsoDate;
  datePrecision?: DatePrecision;
  rule: TreatyStatusRule;
  /**
   * The records the status rests on: the consent (and the denunciation that ended it), the
   * signature, or the observation.
   */
  basis: { actionIds: string[]; observationId?: string };
}

/** Stable sort by date: equal dates keep input order. */
function byDate<T>(records: readonly T[], dateOf: (record: T) => IsoDate): T[] {
  return records
    .map((record, index) => ({ record, index }))
    .sort((a, b) => compareIsoDates(dateOf(a.record), dateOf(b.record)) || a.index - b.index)
    .map(({ record }) => record);
}

/**
 * `adoptedOn` is the treaty's adoption date (rule 0); leave it out only for a treaty whose adoption
 * date is not known.
 */
export function treatyStatusAsOf(treaty: string, asOf: IsoDate, actions: readonly TreatyActionInput[], observations: readonly TreatyObservationInput[], adoptedOn?: IsoDate): TreatyStatus {
  if (adoptedOn !== undefined && asOf < adoptedOn) return { treaty, status: 'UNKNOWN', rule: 'NOT_YET_ADOPTED', basis: { actionIds: [] } };

  const dated = byDate(
    actions.filter((action) => action.treaty === treaty && action.date <= asOf),
    (action) => action.date,
  );

  const bindingEvents = dated.filter((action) => isConsentAction(action.type) || action.type === 'DENUNCIATION');
  const last = bindingEvents.at(-1);
  if (last?.type === 'DENUNCIATION') {
    const consent = bindingEvents
      .slice(0, -1)
      .reverse()
      .find((action) => isConsentAction(action.type));
    return {
      treaty,
      status: 'NOT_PARTY',
      since: last.date,
      datePrecision: last.datePrecision,
      rule: 'DENUNCIATION',
      basis: { actionIds: [...(consent ? [consent.id] : []), last.id] },
    };
  }
  if (last) {
    const lastDenunciation = bindingEvents.findLastIndex((action) => action.type === 'DENUNCIATION');
    const firstConsent = bindingEvents[lastDenunciation + 1];
    return {
      treaty,
      status: 'PARTY',
      since: firstConsent.date,
      datePrecision: firstConsent.datePrecision,
      rule: 'CONSENT',
      basis: { actionIds: [firstConsent.id] },
    };
  }

  const signature = dated.find((action) => action.type === 'SIGNATURE');
  if (signature) {
    return {
      treaty,
      status: 'SIGNATORY',
      since: signature.date,
      datePrecision: signature.datePrecision,
      rule: 'SIGNATURE',
      basis: { actionIds: [signature.id] },
    };
  }

  const ofTreaty = byDate(
    observations.filter((observation) => observation.treaty === treaty && (adoptedOn === undefined || observation.observedOn >= adoptedOn)),
    (observation) => observation.observedOn,
  );
  const observation = ofTreaty.filter((o) => o.observedOn <= asOf).at(-1) ?? ofTreaty.find((o) => o.observedOn > asOf && o.status === 'NOT_PARTY');
  if (observation) {
    return {
      treaty,
      status: observation.status,
      rule: 'OBSERVATION',
      basis: { actionIds: [], observationId: observation.id },
    };
  }

  return { treaty, status: 'UNKNOWN', rule: 'NOTHING_RECORDED', basis: { actionIds: [] } };
}

/**
 * The dates at which a treaty status computed from these records can change: every action date
 * and observation date, and the adoption date of every treaty they are about (rule 0 ends there),
 * sorted, without repeats. A history of the status needs only these.
 */
export function treatyChangeDates(actions: readonly TreatyActionInput[], observations: readonly TreatyObservationInput[], treaties: readonly TreatyInput[] = []): IsoDate[] {
  const recorded = new Set([...actions.map((a) => a.treaty), ...observations.map((o) => o.treaty)]);
  const adoptions = treaties.filter((t) => recorded.has(t.code)).map((t) => t.adoptedOn);
  const dates = new Set<IsoDate>([...actions.map((a) => a.date), ...observations.map((o) => o.observedOn), ...adoptions]);
  return [...dates].sort(compareIsoDates);
}

/** The adoption date of `code` among `treaties`, or undefined when the treaty is not listed. */
export function adoptionDateOf(treaties: readonly TreatyInput[] | undefined, code: string): IsoDate | undefined {
  return treaties?.find((t) => t.code === code)?.adoptedOn;
}
