import { GraphQLError } from 'graphql';
import { BadUserInputError, ConflictError } from './domain-error';
import { formatGraphQLError } from './format-graphql-error';

const formattedWithStack = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: boom', '    at x.ts:1'] } };

describe('formatGraphQLError', () => {
  it('maps a domain exception to its code and keeps its field list', () => {
    const error = new GraphQLError('x', { originalError: BadUserInputError.field('input.code', 'must be an ISO code') });
    const out = formatGraphQLError({ message: 'x' }, error, { production: true });
    expect(out.message).toBe('input.code: must be an ISO code');
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.code',
      fields: [{ field: 'input.code', message: 'must be an ISO code' }],
    });
  });

  it('says CONFLICT with both versions on a stale write', () => {
    const error = new GraphQLError('x', { originalError: new ConflictError('Instrument', 'AR-law-26364', 3, 4) });
    const out = formatGraphQLError({ message: 'x' }, error, { production: true });
    expect(out.extensions?.code).toBe('CONFLICT');
    expect(out.message).toContain('you sent version 3, it is now 4');
  });

  it('hides an internal error and its stack in production', () => {
    const seen: unknown[] = [];
    const error = new GraphQLError('boom', { originalError: new TypeError('secret detail') });
    const out = formatGraphQLError(formattedWithStack, error, { production: true, onInternalError: (e) => seen.push(e) });
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: undefined, path: undefined });
    expect(seen).toHaveLength(1);
  });

  it('keeps the stack outside production to help developers', () => {
    const error = new GraphQLError('boom', { originalError: new TypeError('detail') });
    const out = formatGraphQLError(formattedWithStack, error, { production: false });
    expect(out.extensions?.stacktrace).toEqual(formattedWithStack.extensions.stacktrace);
  });

  it('maps graphql validation failures to BAD_USER_INPUT', () => {
    const out = formatGraphQLError(
      { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "x" on type "Query".'),
      { production: true },
    );
    expect(out.extensions).toStrictEqual({ code: 'BAD_USER_INPUT' });
  });
});
