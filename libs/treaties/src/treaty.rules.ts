import { DatePrecision, IsoDate, missingSourceProblem, precisionProblem, RecordProblem, Sourced } from '@lexgap/legal-model';

/**
 * The rules of treaty records, one home for `recordTreatyAction`, `recordTreatyStatusObservation`,
 * the treaty-actions import and seeding. Pure: `today` is passed in, and problems carry the
 * field they are about.
 */

/** The longest texts a treaty record keeps (characters). */
export const TREATY_TEXT_LIMITS = { reservations: 20_000, note: 5000 } as const;

/** An action as far as it was read: a spreadsheet row whose date cell was bad still has its source checked. */
export interface TreatyActionDraft extends Sourced {
  date?: IsoDate;
  datePrecision?: DatePrecision;
  asOf?: IsoDate;
}

/** An action's date is written at its precision and not in the future; its source saw it happen; it names its source. */
export function treatyActionProblems(draft: TreatyActionDraft, today: IsoDate): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const precision = draft.date && draft.datePrecision ? precisionProblem(draft.date, draft.datePrecision) : undefined;
  if (precision) problems.push({ field: 'date', message: precision });
  else if (draft.date && draft.date > today) problems.push({ field: 'date', message: `is in the future (${draft.date})` });
  if (draft.date && draft.asOf && draft.asOf < draft.date)
    problems.push({ field: 'asOf', message: `(${draft.asOf}) is before the action's date (${draft.date}); a source cannot report an act before it happened` });
  const unsourced = missingSourceProblem(draft, 'treaty action');
  if (unsourced) problems.push(unsourced);
  return problems;
}

export interface TreatyObservationDraft extends Sourced {
  observedOn: IsoDate;
}

/** An observation is of a day that has happened, and names its source. */
export function treatyObservationProblems(draft: TreatyObservationDraft, today: IsoDate): RecordProblem[] {
  const problems: RecordProblem[] = [];
  if (draft.observedOn > today) problems.push({ field: 'observedOn', message: `is in the future (${draft.observedOn})` });
  const unsourced = missingSourceProblem(draft, 'observation');
  if (unsourced) problems.push(unsourced);
  return problems;
}

/** The natural key of a treaty action: one act of one state on one day. */
export function treatyActionKey(a: { jurisdictionCode: string; treatyCode: string; type: string; date: string }): string {
  return `${a.jurisdictionCode}|${a.treatyCode}|${a.type}|${a.date}`;
}
