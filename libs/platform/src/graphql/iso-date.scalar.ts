import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputException } from '../errors/domain.exception';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2023-02-29 is refused). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parse(value: unknown): string {
  if (!isIsoDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * `Date` of API.md: a calendar date without time or zone, as legal texts give them. Dates of
 * lower precision travel as their first day, with a DatePrecision beside them.
 */
export const IsoDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (ISO 8601), without time or time zone.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string written YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parse(ast.value);
  },
});

/** Why `date` is more precise than `precision` allows (MONTH → day 01, YEAR → 01-01), or undefined. */
export function precisionProblem(date: string, precision: 'DAY' | 'MONTH' | 'YEAR'): string | undefined {
  if (precision === 'MONTH' && !date.endsWith('-01')) return `has MONTH precision, so it must be the first day of its month (${date.slice(0, 8)}01)`;
  if (precision === 'YEAR' && !date.endsWith('-01-01')) return `has YEAR precision, so it must be the first day of its year (${date.slice(0, 5)}01-01)`;
  return undefined;
}

/** Today's date in UTC, YYYY-MM-DD: the default "as of" for every as-of query. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * An "as of" date a caller typed (a query string, a CLI flag): a real date, not in the future
 * (scores are known up to today); today when absent. BAD_USER_INPUT names `field` otherwise.
 */
export function parseAsOf(raw: string | null | undefined, field = 'asOf', today: string = todayIso()): string {
  if (raw === undefined || raw === null || raw === '') return today;
  if (!isIsoDate(raw)) throw BadUserInputException.field(field, `must be a date written YYYY-MM-DD; got ${JSON.stringify(raw)}`);
  if (raw > today) throw BadUserInputException.field(field, `(${raw}) is in the future; scores are known up to today (${today})`);
  return raw;
}
