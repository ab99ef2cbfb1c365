import { DatePrecision, LegalFacts, missingSourceProblem, precisionProblem, RecordProblem, Sourced, validateLegalFacts } from '@lexgap/legal-model';
import { Interval, overlaps } from './intervals';

/**
 * The rules of the legislation records (instruments, their versions, provisions, legal fact
 * sets), one home for the GraphQL mutations, the spreadsheet import and the CLI. Pure functions:
 * problems carry the field path within the record (`versions[2].inForceTo`, `facts.penalties[0]`),
 * and each caller places them (`input.…` for GraphQL, a cell for an import).
 */

/** A record's stable key within its parent: `codigo-penal`, `art-145-bis`. */
export const RECORD_KEY = /^[a-z0-9][a-z0-9._-]{0,99}$/;
export const RECORD_KEY_HELP = 'must be lower-case letters, digits, dots, dashes or underscores (e.g. art-145-bis), at most 100';
/** The official language of an instrument, a BCP 47 tag (es, pt-BR, ht). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const LANGUAGE_TAG_HELP = 'must be a BCP 47 language tag such as es or pt-BR';

/** The longest texts each record keeps (characters). */
export const LEGISLATION_TEXT_LIMITS = {
  instrumentTitle: 500,
  officialCitation: 300,
  amendedBy: 300,
  parliamentaryReference: 300,
  citation: 100,
  heading: 500,
  provisionText: 100_000,
  note: 5000,
} as const;

/**
 * An in-force interval with how much of each date is known (DAY when not said): a report may date
 * a law only to the month or the year, and such a date is written as its first day (2012 →
 * 2012-01-01), which is also the day the engine counts it from.
 */
export interface DatedInterval extends Interval {
  inForceFromPrecision?: DatePrecision | null;
  inForceToPrecision?: DatePrecision | null;
}

/**
 * An interval's end must come after its start (the end is the first day no longer in force), and
 * each date is written at its precision (a YEAR date on 1 January, a MONTH date on the 1st); an end
 * precision goes with an end.
 */
export function intervalProblems(interval: DatedInterval, prefix = ''): RecordProblem[] {
  const problems: RecordProblem[] = [];
  if (interval.inForceTo && interval.inForceTo <= interval.inForceFrom) {
    problems.push({ field: `${prefix}inForceTo`, message: `(${interval.inForceTo}) must be after inForceFrom (${interval.inForceFrom}): the end is the first day no longer in force` });
  }
  const from = interval.inForceFromPrecision ? precisionProblem(interval.inForceFrom, interval.inForceFromPrecision) : undefined;
  if (from) problems.push({ field: `${prefix}inForceFromPrecision`, message: `says inForceFrom (${interval.inForceFrom}) ${from}` });
  if (interval.inForceToPrecision && !interval.inForceTo) {
    problems.push({ field: `${prefix}inForceToPrecision`, message: `(${interval.inForceToPrecision}) is given without inForceTo; leave it out while in force` });
  } else if (interval.inForceToPrecision && interval.inForceTo) {
    const to = precisionProblem(interval.inForceTo, interval.inForceToPrecision);
    if (to) problems.push({ field: `${prefix}inForceToPrecision`, message: `says inForceTo (${interval.inForceTo}) ${to}` });
  }
  return problems;
}

/** The precisions to store for an interval: DAY when not said, and no end precision without an end. */
export function storedPrecisions(interval: Omit<DatedInterval, 'inForceFrom'>): { inForceFromPrecision: DatePrecision; inForceToPrecision: DatePrecision | null } {
  return { inForceFromPrecision: interval.inForceFromPrecision ?? 'DAY', inForceToPrecision: interval.inForceTo ? (interval.inForceToPrecision ?? 'DAY') : null };
}

/** The rows (by index) of intervals that overlap an earlier one, with the earlier one's index. */
export function overlapping<T extends Interval>(intervals: readonly T[]): { index: number; other: number }[] {
  const sorted = intervals.map((v, index) => ({ v, index })).sort((a, b) => a.v.inForceFrom.localeCompare(b.v.inForceFrom));
  const clashes: { index: number; other: number }[] = [];
  let reach: { v: T; index: number } | undefined;
  for (const current of sorted) {
    if (reach && overlaps(reach.v, current.v)) clashes.push({ index: current.index, other: reach.index });
    if (!reach || (reach.v.inForceTo && (!current.v.inForceTo || current.v.inForceTo > reach.v.inForceTo))) reach = current;
  }
  return clashes;
}

export interface InstrumentDraft extends Sourced {
  titleOriginal?: string | null;
  titleEn?: string | null;
  officialCitation?: string | null;
  /** ENACTED when not said (every instrument recorded before bills were). */
  status?: 'ENACTED' | 'DRAFT' | null;
  parliamentaryReference?: string | null;
  introducedOn?: string | null;
  versions: readonly (DatedInterval & { amendedBy?: string | null })[];
}

/**
 * An instrument has a title (in its own language, in English, or both: a report may give only the
 * English name of a law, which lexgap does not translate back), names its source, and its versions
 * succeed each other without overlapping, each date at its precision.
 */
export function instrumentProblems(draft: InstrumentDraft): RecordProblem[] {
  const problems: RecordProblem[] = [];
  if (!draft.titleOriginal?.trim() && !draft.titleEn?.trim()) {
    problems.push({ field: 'titleOriginal', message: 'or titleEn is required: every instrument has a title, in its own language, in English, or both' });
  }
  problems.push(...draft.versions.flatMap((v, i) => intervalProblems(v, `versions[${i}].`)));
  for (const { index, other } of overlapping(draft.versions)) {
    problems.push({ field: `versions[${index}].inForceFrom`, message: `overlaps version ${other} (from ${draft.versions[other].inForceFrom}); versions of one instrument succeed each other` });
  }
  if (!draft.sourceUrl?.trim() && !draft.officialCitation?.trim()) problems.push({ field: 'sourceUrl', message: 'or officialCitation is required: every instrument carries its source' });
  problems.push(...billProblems(draft));
  return problems;
}

/**
 * A bill (DRAFT) is identified as parliament identifies it, dated by its introduction, and is in
 * force in no version: it counts only in projections, as if in force on the date projected. Its
 * versions are recorded when it is enacted (status ENACTED).
 */
function billProblems(draft: InstrumentDraft): RecordProblem[] {
  if (draft.status !== 'DRAFT') return [];
  const problems: RecordProblem[] = [];
  if (!draft.parliamentaryReference?.trim())
    problems.push({ field: 'parliamentaryReference', message: 'is required for a bill (status DRAFT): its reference in parliament, e.g. "Expediente 5678-D-2026"' });
  if (!draft.introducedOn) problems.push({ field: 'introducedOn', message: 'is required for a bill (status DRAFT): the date it was introduced' });
  if (draft.versions.length) {
    problems.push({ field: 'versions', message: 'must be empty for a bill (status DRAFT): a bill is in force in no version; record its versions when it is enacted (status ENACTED)' });
  }
  return problems;
}

/**
 * The title to show: the original one, else the English one. The rules require one of them; the
 * citation and the key stand in only for a record written around them.
 */
export function instrumentTitle(i: { titleOriginal: string | null; titleEn: string | null; officialCitation?: string | null; key?: string }): string {
  return i.titleOriginal ?? i.titleEn ?? i.officialCitation ?? i.key ?? '';
}

/** A wording that overlaps another wording of the same article, or undefined. */
export function wordingClash<T extends Interval & { id?: string }>(siblings: readonly T[], wording: Interval & { id?: string }): T | undefined {
  return siblings.find((s) => s.id !== wording.id && overlaps(s, wording));
}

export interface LegalFactSetDraft extends Sourced {
  facts: unknown;
}

/**
 * A fact set's facts are checked by the legal model's one validator (and come back clean), and it
 * carries its source. Omitted and null facts are the same thing, "not stated".
 */
export function legalFactSetProblems(draft: LegalFactSetDraft): { problems: RecordProblem[]; facts?: LegalFacts } {
  const checked = validateLegalFacts(withoutNulls(draft.facts));
  const problems: RecordProblem[] = checked.ok ? [] : checked.errors.map((e) => ({ field: `facts.${e.path}`, message: e.message }));
  const unsourced = missingSourceProblem(draft, 'legal fact');
  if (unsourced) problems.push(unsourced);
  return checked.ok ? { problems, facts: checked.facts } : { problems };
}

function withoutNulls(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v)));
}
