import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DATE_PRECISIONS, DatePrecision, isIsoDate } from '@lexgap/legal-model';
import { BadUserInputError } from '../errors/domain-error';
import { graphqlEnum } from './graphql-enum';

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

/**
 * `DatePrecision`, the one GraphQL enum of how much of a date is known: treaty actions and the
 * in-force dates of instruments and provisions share it, so it lives beside the `Date` scalar.
 */
export const DatePrecisionEnum = graphqlEnum(DATE_PRECISIONS, {
  name: 'DatePrecision',
  description: 'How precisely a date is known. A date of lower precision is given as its first day (2014-11-01 with MONTH).',
});
export type DatePrecisionEnum = DatePrecision;

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
  if (!isIsoDate(raw)) throw BadUserInputError.field(field, `must be a date written YYYY-MM-DD; got ${JSON.stringify(raw)}`);
  if (raw > today) throw BadUserInputError.field(field, `(${raw}) is in the future; scores are known up to today (${today})`);
  return raw;
}
