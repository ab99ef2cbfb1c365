import { DatePrecision, formatAtPrecision, IsoDate, missingSourceProblem, precisionProblem, RecordProblem, Sourced, TreatyActionType } from '@lexgap/legal-model';
import { catalogueTreaty, isIloTreaty } from './treaty-catalogue';

/**
 * The rules of treaty records, one home for `recordTreatyAction`, `recordTreatyStatusObservation`,
 * the treaty-actions import and seeding. Pure: `today` is passed in, and problems carry the
 * field they are about.
 */

/** The longest texts a treaty record keeps (characters). */
export const TREATY_TEXT_LIMITS = { reservations: 20_000, note: 5000 } as const;

/** An action as far as it was read: a spreadsheet row whose date cell was bad still has its source checked. */
export interface TreatyActionDraft extends Sourced {
  /** The treaty's code as given (the catalogue is read for its adoption date; an ILO-* code is an ILO instrument). */
  treaty?: string;
  type?: TreatyActionType;
  date?: IsoDate;
  datePrecision?: DatePrecision;
  asOf?: IsoDate;
}

/**
 * An action's date is written at its precision, not in the future and not before the treaty was
 * adopted; its source saw it happen; it names its source. An ILO convention or protocol is
 * ratified, never signed: a SIGNATURE of one is refused.
 */
export function treatyActionProblems(draft: TreatyActionDraft, today: IsoDate): RecordProblem[] {
  const problems: RecordProblem[] = [];
  if (draft.type === 'SIGNATURE' && draft.treaty && isIloTreaty(draft.treaty)) {
    problems.push({
      field: 'type',
      message: `SIGNATURE is not an act under ${draft.treaty.trim().toUpperCase()}: ILO conventions and protocols are not signed by states, they are ratified (record the RATIFICATION, with its registration date)`,
    });
  }
  const precision = draft.date && draft.datePrecision ? precisionProblem(draft.date, draft.datePrecision) : undefined;
  const adoptedOn = draft.treaty ? catalogueTreaty(draft.treaty)?.adoptedOn : undefined;
  if (precision) problems.push({ field: 'date', message: precision });
  else if (draft.date && draft.date > today) problems.push({ field: 'date', message: `is in the future (${draft.date})` });
  else if (draft.date && adoptedOn && beforeAdoption(draft.date, draft.datePrecision ?? 'DAY', adoptedOn))
    problems.push({ field: 'date', message: `(${draft.date}) is before ${draft.treaty!.trim().toUpperCase()} was adopted (${adoptedOn}); nothing can be done under a treaty before it exists` });
  if (draft.date && draft.asOf && draft.asOf < draft.date)
    problems.push({ field: 'asOf', message: `(${draft.asOf}) is before the action's date (${draft.date}); a source cannot report an act before it happened` });
  const unsourced = missingSourceProblem(draft, 'treaty action');
  if (unsourced) problems.push(unsourced);
  return problems;
}

export interface TreatyObservationDraft extends Sourced {
  /** The treaty's code as given (the catalogue is read for its adoption date). */
  treaty?: string;
  observedOn: IsoDate;
}

/** An observation is of a day that has happened, on or after the treaty's adoption, and names its source. */
export function treatyObservationProblems(draft: TreatyObservationDraft, today: IsoDate): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const adoptedOn = draft.treaty ? catalogueTreaty(draft.treaty)?.adoptedOn : undefined;
  if (draft.observedOn > today) problems.push({ field: 'observedOn', message: `is in the future (${draft.observedOn})` });
  else if (adoptedOn && draft.observedOn < adoptedOn)
    problems.push({
      field: 'observedOn',
      message: `(${draft.observedOn}) is before ${draft.treaty!.trim().toUpperCase()} was adopted (${adoptedOn}); no source can state a status under a treaty that did not exist`,
    });
  const unsourced = missingSourceProblem(draft, 'observation');
  if (unsourced) problems.push(unsourced);
  return problems;
}

/**
 * Whether a date known at `precision` lies wholly before the adoption date: a ratification dated
 * only "1999" (YEAR) of a convention adopted on 1999-06-17 may have followed it, one dated 1998 not.
 */
function beforeAdoption(date: IsoDate, precision: DatePrecision, adoptedOn: IsoDate): boolean {
  return formatAtPrecision(date, precision) < formatAtPrecision(adoptedOn, precision);
}

/** The natural key of a treaty action: one act of one state on one day. */
export function treatyActionKey(a: { jurisdictionCode: string; treatyCode: string; type: string; date: string }): string {
  return `${a.jurisdictionCode}|${a.treatyCode}|${a.type}|${a.date}`;
}
