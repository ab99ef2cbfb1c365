import { childPath, IssueList } from './issues';

/**
 * Small shape readers shared by the validators. Each reads one field of a plain object, records
 * an issue when the value has the wrong shape, and returns the value (or undefined). `null` is
 * read as "not stated", like an absent key: JSON and GraphQL clients send either.
 */

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/** Records every key of `object` that is not in `allowed`. */
export function refuseUnknownKeys(object: PlainObject, allowed: readonly string[], path: string, issues: IssueList): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      issues.add(childPath(path, key), `unknown field "${key}"; allowed fields: ${allowed.join(', ')}`);
    }
  }
}

interface Presence {
  /** Records an issue when the field is absent. */
  required?: boolean;
}

function absent(object: PlainObject, key: string, path: string, issues: IssueList, options: Presence): boolean {
  const value = object[key];
  if (value !== undefined && value !== null) return false;
  if (options.required) issues.add(childPath(path, key), `${key} is required`);
  return true;
}

export function readBoolean(object: PlainObject, key: string, path: string, issues: IssueList, options: Presence = {}): boolean | undefined {
  if (absent(object, key, path, issues, options)) return undefined;
  const value = object[key];
  if (typeof value === 'boolean') return value;
  issues.add(childPath(path, key), `${key} must be true or false; got ${describeValue(value)}`);
  return undefined;
}

export interface NumberRule extends Presence {
  min: number;
  max: number;
  /** Refuses the minimum itself (for weights, which must be above 0). */
  exclusiveMin?: boolean;
  integer?: boolean;
  /** What the number is, for the message: "a number of years". */
  noun?: string;
}

export function readNumber(object: PlainObject, key: string, path: string, issues: IssueList, rule: NumberRule): number | undefined {
  if (absent(object, key, path, issues, rule)) return undefined;
  const value = object[key];
  const ok = typeof value === 'number' && Number.isFinite(value) && (rule.exclusiveMin ? value > rule.min : value >= rule.min) && value <= rule.max && (!rule.integer || Number.isInteger(value));
  if (ok) return value;
  const noun = rule.noun ?? (rule.integer ? 'an integer' : 'a number');
  const range = rule.exclusiveMin ? `above ${rule.min} and at most ${rule.max}` : `from ${rule.min} to ${rule.max}`;
  issues.add(childPath(path, key), `${key} must be ${noun} ${range}; got ${describeValue(value)}`);
  return undefined;
}

export interface StringRule extends Presence {
  maxLength: number;
  pattern?: RegExp;
  /** Says what the pattern allows, for the message. */
  patternHint?: string;
}

export function checkString(value: unknown, label: string, path: string, issues: IssueList, rule: StringRule): value is string {
  if (typeof value !== 'string' || value.trim() === '') {
    issues.add(path, `${label} must be a non-empty string; got ${describeValue(value)}`);
    return false;
  }
  if (value.length > rule.maxLength) {
    issues.add(path, `${label} must be at most ${rule.maxLength} characters; got ${value.length}`);
    return false;
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    issues.add(path, `${label} must be ${rule.patternHint ?? `of the form ${rule.pattern}`}; got ${describeValue(value)}`);
    return false;
  }
  return true;
}

export function readString(object: PlainObject, key: string, path: string, issues: IssueList, rule: StringRule): string | undefined {
  if (absent(object, key, path, issues, rule)) return undefined;
  const value = object[key];
  return checkString(value, key, childPath(path, key), issues, rule) ? value : undefined;
}

/** Reads an array field; each element is checked by `item`, which returns undefined to drop it. */
export function readArray<T>(
  object: PlainObject,
  key: string,
  path: string,
  issues: IssueList,
  item: (value: unknown, itemPath: string, index: number) => T | undefined,
  options: Presence & { nonEmpty?: boolean } = {},
): T[] | undefined {
  if (absent(object, key, path, issues, options)) return undefined;
  const value = object[key];
  const fieldPath = childPath(path, key);
  if (!Array.isArray(value)) {
    issues.add(fieldPath, `${key} must be a list; got ${describeValue(value)}`);
    return undefined;
  }
  if (options.nonEmpty && value.length === 0) issues.add(fieldPath, `${key} must not be empty`);
  const items: T[] = [];
  value.forEach((element, index) => {
    const read = item(element, childPath(fieldPath, index), index);
    if (read !== undefined) items.push(read);
  });
  return items;
}

/** Records each value that repeats an earlier one (compared by `keyOf`). */
export function refuseDuplicates<T>(values: readonly T[], keyOf: (value: T) => string, pathOf: (index: number) => string, what: string, issues: IssueList): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const key = keyOf(value);
    if (seen.has(key)) issues.add(pathOf(index), `duplicate ${what} "${key}"`);
    seen.add(key);
  });
}

/** A list of values from a closed list, without repeats. */
export function readClosedList<T extends string>(object: PlainObject, key: string, list: readonly T[], path: string, issues: IssueList): T[] | undefined {
  const fieldPath = childPath(path, key);
  const values = readArray(object, key, path, issues, (value, itemPath) => {
    if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T;
    issues.add(itemPath, `${key} may hold only ${list.join(', ')}; got ${describeValue(value)}`);
    return undefined;
  });
  if (values) checkNoRepeats(object[key] as unknown[], key, fieldPath, issues);
  return values;
}

/** Free-text entries (the `extra*` lists): non-empty strings of at most `maxLength`, no repeats. */
export function readTextList(object: PlainObject, key: string, path: string, issues: IssueList, maxLength: number): string[] | undefined {
  const fieldPath = childPath(path, key);
  const values = readArray(object, key, path, issues, (value, itemPath) => (checkString(value, `each entry of ${key}`, itemPath, issues, { maxLength }) ? value.trim() : undefined));
  if (values) checkNoRepeats(object[key] as unknown[], key, fieldPath, issues, (v) => v.trim().toLowerCase());
  return values;
}

function checkNoRepeats(raw: unknown[], key: string, fieldPath: string, issues: IssueList, normalise: (v: string) => string = (v) => v): void {
  const seen = new Set<string>();
  raw.forEach((value, index) => {
    if (typeof value !== 'string') return;
    const k = normalise(value);
    if (seen.has(k)) issues.add(childPath(fieldPath, index), `${key} lists "${value}" more than once`);
    seen.add(k);
  });
}
