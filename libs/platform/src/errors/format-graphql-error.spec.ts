import { buildSchema, execute, GraphQLError, GraphQLScalarType, parse, Source, validate } from 'graphql';
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

describe('formatGraphQLError names the field of graphql-js coercion and validation errors', () => {
  const schema = buildSchema(`
    scalar Date
    enum Role { ADMIN EDITOR }
    input VersionInput { inForceFrom: Date! pages: Int }
    input UpsertInput { code: String! count: Int role: Role versions: [VersionInput!] }
    type Query { ok: Int }
    type Mutation { upsert(input: UpsertInput!): Int other(input: UpsertInput, limit: Int): Int }
  `);
  const date = schema.getType('Date') as GraphQLScalarType;
  date.parseValue = (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new GraphQLError(`Date must be a calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}`);
    return value;
  };

  /** The errors graphql-js itself raises for this operation, formatted as Apollo hands them over. */
  function errorsOf(query: string, variableValues: Record<string, unknown> = {}): { message: string; extensions?: Record<string, unknown> }[] {
    const document = parse(new Source(query));
    const invalid = validate(schema, document);
    const [errors, apolloCode] = invalid.length
      ? [invalid, 'GRAPHQL_VALIDATION_FAILED']
      : [(execute({ schema, document, variableValues, rootValue: {} }) as { errors?: GraphQLError[] }).errors ?? [], 'BAD_USER_INPUT'];
    return errors.map((e) => formatGraphQLError({ ...e.toJSON(), extensions: { code: apolloCode } }, e, { production: true }));
  }
  const fieldsOf = (query: string, variables?: Record<string, unknown>) => errorsOf(query, variables).map((e) => e.extensions?.field);
  const UPSERT = 'mutation($input: UpsertInput!) { upsert(input: $input) }';

  it('names each bad variable field as BAD_USER_INPUT, keeping the message', () => {
    const errors = errorsOf(UPSERT, {
      input: { code: 1, count: 'x', role: 'BOSS', versions: [{ inForceFrom: '13 March' }, { pages: 1 }], extra: true },
    });
    expect(errors.map((e) => e.extensions?.field)).toEqual(['input.code', 'input.count', 'input.role', 'input.versions[0].inForceFrom', 'input.versions[1].inForceFrom', 'input.extra']);
    const dateError = errors[3];
    expect(dateError.message).toBe('Variable "$input" got invalid value "13 March" at "input.versions[0].inForceFrom"; Date must be a calendar date written YYYY-MM-DD; got "13 March"');
    expect(dateError.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.versions[0].inForceFrom',
      fields: [{ field: 'input.versions[0].inForceFrom', message: dateError.message }],
    });
  });

  it('names a missing required field, and the variable when it is missing, null or not an object', () => {
    expect(fieldsOf(UPSERT, { input: { count: 1 } })).toEqual(['input.code']);
    expect(fieldsOf(UPSERT, {})).toEqual(['input']);
    expect(fieldsOf(UPSERT, { input: null })).toEqual(['input']);
    expect(fieldsOf(UPSERT, { input: 'text' })).toEqual(['input']);
  });

  it('starts the path at the argument a variable is passed to', () => {
    expect(fieldsOf('mutation($data: UpsertInput, $n: Int) { other(input: $data, limit: $n) }', { data: { code: 'a', count: 1.5 }, n: 'ten' })).toEqual(['input.count', 'limit']);
    expect(fieldsOf('mutation($when: Date!) { upsert(input: { code: "a", versions: [{ inForceFrom: $when }] }) }', { when: 'soon' })).toEqual(['input.versions[0].inForceFrom']);
  });

  it('is not fooled by a string value that looks like a path', () => {
    expect(fieldsOf(UPSERT, { input: { code: 'x', count: 'a at "input.code"; b' } })).toEqual(['input.count']);
  });

  it('names the field of a bad literal argument, found from its place in the operation', () => {
    const errors = errorsOf('mutation { upsert(input: { code: 1, count: "x", role: BOSS, versions: [{ pages: 2 }], extra: 1 }) other }');
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.code'],
      ['BAD_USER_INPUT', 'input.count'],
      ['BAD_USER_INPUT', 'input.role'],
      ['BAD_USER_INPUT', 'input.versions[0].inForceFrom'],
      ['BAD_USER_INPUT', 'input.extra'],
    ]);
    expect(fieldsOf('mutation { upsert }')).toEqual(['input']);
  });

  it('names no field for an error about no input', () => {
    expect(errorsOf('query { nope }')[0].extensions).toStrictEqual({ code: 'BAD_USER_INPUT' });
  });
});
