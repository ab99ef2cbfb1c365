import type { DatePrecision } from './vocabulary';

/**
 * Dates are calendar dates written `YYYY-MM-DD`, as legal texts give them: no time, no zone. In
 * that form string order is date order, so dates are compared as strings and never turned into
 * `Date` objects (whose time zones would shift a day at the edges).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD` (2023-02-29 is refused). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws a RangeError naming `what` unless `value` is an ISO date; for arguments of the engine. */
export function assertIsoDate(value: unknown, what: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a date written YYYY-MM-DD; got ${JSON.stringify(value)}`);
}

/**
 * True when `date` is written as the first day of its precision, as API.md requires of a date
 * known only to the month (`2014-11-01`) or the year (`2014-01-01`).
 */
export function isFirstDayOfPrecision(date: IsoDate, precision: DatePrecision): boolean {
  if (precision === 'MONTH') return date.endsWith('-01');
  if (precision === 'YEAR') return date.endsWith('-01-01');
  return true;
}

/** Why `date` is more precise than `precision` allows (MONTH → day 01, YEAR → 01-01), or undefined. */
export function precisionProblem(date: IsoDate, precision: DatePrecision): string | undefined {
  if (isFirstDayOfPrecision(date, precision)) return undefined;
  return precision === 'MONTH'
    ? `has MONTH precision, so it must be the first day of its month (${date.slice(0, 8)}01)`
    : `has YEAR precision, so it must be the first day of its year (${date.slice(0, 5)}01-01)`;
}

/** The date written only as far as it is known: `2014-11` for MONTH, `2014` for YEAR. */
export function formatAtPrecision(date: IsoDate, precision: DatePrecision): string {
  if (precision === 'MONTH') return date.slice(0, 7);
  if (precision === 'YEAR') return date.slice(0, 4);
  return date;
}

/** Sort comparator for ISO dates. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
