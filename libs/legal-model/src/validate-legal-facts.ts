import { LEGAL_FACT_FIELDS, LEGAL_FACT_FLAGS, LEGAL_FACT_LISTS, LegalFacts, Penalty } from './legal-facts';
import { childPath, IssueList, ValidationIssue } from './validation/issues';
import { describeValue, isPlainObject, PlainObject, readBoolean, readClosedList, readNumber, readString, readTextList, refuseUnknownKeys } from './validation/readers';
import { CLOSED_LISTS, PENALTY_OFFENCES } from './vocabulary';

/** Longest entry of an `extra*` list: a phrase from the law, not a paragraph. */
export const EXTRA_ENTRY_MAX_LENGTH = 200;
/** Longest penalty note. */
export const PENALTY_NOTE_MAX_LENGTH = 500;
/** Longest term recorded, in years (life imprisonment is `lifeImprisonment`, not a number of years). */
export const MAX_TERM_YEARS = 100;
/** Highest child age threshold a law plausibly states. */
export const MAX_CHILD_AGE_THRESHOLD = 25;

export type LegalFactsValidation = { ok: true; facts: LegalFacts } | { ok: false; errors: ValidationIssue[] };

const PENALTY_KEYS = ['offence', 'imprisonmentMinYears', 'imprisonmentMaxYears', 'lifeImprisonment', 'fine', 'fineInLieuOfImprisonment', 'note'] as const;
const LIST_KEYS = Object.keys(LEGAL_FACT_LISTS) as (keyof typeof LEGAL_FACT_LISTS)[];
const FACT_KEYS: readonly string[] = LEGAL_FACT_FIELDS.map((f) => f.name);

/**
 * Checks the shape of the legal facts of one provision and returns a clean copy: unknown keys
 * are refused, list values must come from their closed list (anything else goes in the `extra*`
 * list, where an entry that is in fact a closed-list value is refused too), years are finite,
 * 0..100, a penalty's minimum is not above its maximum, and a maximum of life imprisonment
 * (`lifeImprisonment`) comes without a maximum in years. `null` means "not stated" and is left
 * out of the copy. All problems are reported, each with its path.
 */
export function validateLegalFacts(input: unknown): LegalFactsValidation {
  const issues = new IssueList();
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ path: '', message: `legal facts must be an object; got ${describeValue(input)}` }] };
  }
  refuseUnknownKeys(input, FACT_KEYS, '', issues);

  const facts: LegalFacts = {};
  // Each reader has checked its value's type; `put` only leaves out what was not stated.
  const put = (key: keyof LegalFacts, value: unknown) => {
    if (value !== undefined) (facts as Record<string, unknown>)[key] = value;
  };

  for (const key of LIST_KEYS) {
    const { list, extras } = LEGAL_FACT_LISTS[key];
    put(key, readClosedList(input, key, CLOSED_LISTS[list], '', issues));
    if (extras) put(extras, readExtras(input, extras, CLOSED_LISTS[list], issues));
  }
  for (const key of LEGAL_FACT_FLAGS) put(key, readBoolean(input, key, '', issues));
  put('childAgeThreshold', readNumber(input, 'childAgeThreshold', '', issues, { min: 0, max: MAX_CHILD_AGE_THRESHOLD, integer: true, noun: 'an age in whole years' }));
  put('penalties', readPenalties(input, issues));
  put('forcedLabourOffence', readForcedLabourOffence(input, issues));

  return issues.isEmpty ? { ok: true, facts } : { ok: false, errors: issues.issues };
}

function readExtras(input: PlainObject, key: string, closed: readonly string[], issues: IssueList): string[] | undefined {
  const extras = readTextList(input, key, '', issues, EXTRA_ENTRY_MAX_LENGTH);
  extras?.forEach((extra, index) => {
    const match = closed.find((value) => value.toLowerCase() === extra.toLowerCase().replace(/[\s-]+/g, '_'));
    if (match) issues.add(childPath(key, index), `${key} is for values outside the closed list; record "${extra}" as ${match} instead`);
  });
  return extras;
}

function readPenalties(input: PlainObject, issues: IssueList): Penalty[] | undefined {
  const raw = input.penalties;
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    issues.add('penalties', `penalties must be a list; got ${describeValue(raw)}`);
    return undefined;
  }
  const penalties: Penalty[] = [];
  raw.forEach((value, index) => {
    const penalty = readPenalty(value, childPath('penalties', index), issues);
    if (penalty) penalties.push(penalty);
  });
  return penalties;
}

function readPenalty(value: unknown, path: string, issues: IssueList): Penalty | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `each penalty must be an object; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, PENALTY_KEYS, path, issues);
  const years = { min: 0, max: MAX_TERM_YEARS, noun: 'a number of years' };
  const offence = value.offence;
  const validOffence = typeof offence === 'string' && (PENALTY_OFFENCES as readonly string[]).includes(offence);
  if (!validOffence) issues.add(childPath(path, 'offence'), `offence must be one of ${PENALTY_OFFENCES.join(', ')}; got ${describeValue(offence)}`);
  const min = readNumber(value, 'imprisonmentMinYears', path, issues, years);
  const max = readNumber(value, 'imprisonmentMaxYears', path, issues, years);
  if (min !== undefined && max !== undefined && min > max) {
    issues.add(childPath(path, 'imprisonmentMinYears'), `imprisonmentMinYears (${min}) must not be above imprisonmentMaxYears (${max})`);
  }
  const life = readBoolean(value, 'lifeImprisonment', path, issues);
  if (life === true && max !== undefined) {
    issues.add(childPath(path, 'lifeImprisonment'), `lifeImprisonment means the maximum is imprisonment for life: leave out imprisonmentMaxYears (${max})`);
  }
  const fine = readBoolean(value, 'fine', path, issues);
  const fineInLieu = readBoolean(value, 'fineInLieuOfImprisonment', path, issues);
  if (fineInLieu === true && fine === false) {
    issues.add(childPath(path, 'fineInLieuOfImprisonment'), 'fineInLieuOfImprisonment cannot be true when fine is false');
  }
  const note = readString(value, 'note', path, issues, { maxLength: PENALTY_NOTE_MAX_LENGTH });
  if (!validOffence) return undefined;
  const penalty: Penalty = { offence: offence as Penalty['offence'] };
  if (min !== undefined) penalty.imprisonmentMinYears = min;
  if (max !== undefined) penalty.imprisonmentMaxYears = max;
  if (life !== undefined) penalty.lifeImprisonment = life;
  if (fine !== undefined) penalty.fine = fine;
  if (fineInLieu !== undefined) penalty.fineInLieuOfImprisonment = fineInLieu;
  if (note !== undefined) penalty.note = note;
  return penalty;
}

function readForcedLabourOffence(input: PlainObject, issues: IssueList): LegalFacts['forcedLabourOffence'] {
  const value = input.forcedLabourOffence;
  if (value === undefined || value === null) return undefined;
  const path = 'forcedLabourOffence';
  if (!isPlainObject(value)) {
    issues.add(path, `forcedLabourOffence must be an object { imprisonment, allSectors }; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, ['imprisonment', 'allSectors'], path, issues);
  const imprisonment = readBoolean(value, 'imprisonment', path, issues, { required: true });
  const allSectors = readBoolean(value, 'allSectors', path, issues, { required: true });
  return imprisonment === undefined || allSectors === undefined ? undefined : { imprisonment, allSectors };
}
