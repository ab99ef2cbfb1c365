/**
 * Every error names its field, coercion errors included; a request of several mutations reports
 * each one's outcome; the write rate limit refuses a request whole, before any of it runs.
 */
import request from 'supertest';
import { createKey } from './support/api-keys';
import { describeEachEngine } from './support/each-engine';
import { snapshotTables } from './support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

const UPSERT_INSTRUMENT = 'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }';
const UPSERT_JURISDICTION = 'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code version } }';

/** `n` aliased upsertJurisdiction mutations in one request, `w0` … `w{n-1}`, each with its own variable. */
function aliasedWrites(n: number): string {
  const names = Array.from({ length: n }, (_, i) => i);
  return `mutation(${names.map((i) => `$j${i}: UpsertJurisdictionInput!`).join(', ')}) { ${names.map((i) => `w${i}: upsertJurisdiction(input: $j${i}) { code version }`).join(' ')} }`;
}
const jurisdiction = (code: string) => ({ code, names: { en: `Fixture ${code}` }, source: 'test fixture' });

describeEachEngine('errors name their field', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('names each bad variable of a real mutation in extensions.field, keeping the message', async () => {
    const before = await snapshotTables(t.dataSource);
    const body = await t.graphql(
      UPSERT_INSTRUMENT,
      {
        input: {
          jurisdiction: 7, // a number for a String
          key: 'fixture-coercion',
          kind: 'NOT_A_KIND', // a bad enum value
          // language is missing
          titleOriginal: 'Instrumento de prueba (fixture)',
          version: 'one', // a String for an Int
          versions: [{ inForceFrom: '2012-01-01' }, { inForceFrom: '1 March 2012' }, { note: 'no date' }], // a bad Date, a missing required field
        },
      },
      ADMIN,
    );
    expect(body.data).toBeUndefined();
    const errors = body.errors ?? [];
    expect(errors.map((e) => e.extensions?.code)).toEqual(errors.map(() => 'BAD_USER_INPUT'));
    expect(errors.map((e) => e.extensions?.field).sort()).toEqual([
      'input.jurisdiction',
      'input.kind',
      'input.language',
      'input.version',
      'input.versions[1].inForceFrom',
      'input.versions[2].inForceFrom',
    ]);
    const date = errors.find((e) => e.extensions?.field === 'input.versions[1].inForceFrom')!;
    expect(date.message).toMatch(/^Variable "\$input" got invalid value "1 March 2012" at "input\.versions\[1\]\.inForceFrom"; Date must be a calendar date written YYYY-MM-DD/);
    expect(date.extensions?.fields).toEqual([{ field: 'input.versions[1].inForceFrom', message: date.message }]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('names the argument a variable is passed to, a missing variable, and a bad literal', async () => {
    const renamed = await t.graphql(
      'mutation($data: UpsertJurisdictionInput!) { upsertJurisdiction(input: $data) { code } }',
      { data: { code: 'US-X1', names: { en: 1 }, source: 'test fixture' } },
      ADMIN,
    );
    expect(renamed.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.names.en' })]);

    const missing = await t.graphql(UPSERT_JURISDICTION, {}, ADMIN);
    expect(missing.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input' })]);

    const literal = await t.graphql('mutation { upsertJurisdiction(input: { code: "US-X2", names: { en: "x" }, source: "t", version: "two" }) { code } }', undefined, ADMIN);
    expect(literal.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.version' })]);
  });
});

describeEachEngine('several mutations in one request', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { WRITE_RATE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  // Fixture codes start with a digit (US-0A0...): ISO assigns none such, while the seeded US-AK, US-DC... share letter prefixes.
  const stored = async (prefix: string): Promise<string[]> =>
    (await t.dataSource.query(`SELECT code FROM jurisdiction WHERE code LIKE '${prefix}%' ORDER BY code`)).map((r: { code: string }) => r.code);

  it('runs a request its budget affords, and answers for each mutation', async () => {
    const key = await createKey(t, 'Budget: three writes', 'EDITOR');
    const body = await t.graphql(aliasedWrites(3), { j0: jurisdiction('US-0A0'), j1: jurisdiction('US-0A1'), j2: jurisdiction('US-0A2') }, key.headers);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ w0: { code: 'US-0A0', version: 1 }, w1: { code: 'US-0A1', version: 1 }, w2: { code: 'US-0A2', version: 1 } });
    expect(await stored('US-0A')).toEqual(['US-0A0', 'US-0A1', 'US-0A2']);
  });

  it('refuses a request over budget whole with RATE_LIMITED and the numbers, writing nothing', async () => {
    const key = await createKey(t, 'Budget: ten writes', 'EDITOR');
    const before = await snapshotTables(t.dataSource);
    const variables = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`j${i}`, jurisdiction(`US-0B${i}`)]));
    const body = await t.graphql(aliasedWrites(10), variables, key.headers);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 5, requested: 10, remaining: 5 });
    expect(body.errors![0].message).toMatch(/10 mutations, more than its limit of 5 a minute; nothing was written/);
    expect(await stored('US-0B')).toEqual([]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);

    // Nothing was taken: the key can still afford 5 writes, and then a 6th is refused up front.
    const five = await t.graphql(aliasedWrites(5), Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`j${i}`, jurisdiction(`US-0C${i}`)])), key.headers);
    expect(five.errors).toBeUndefined();
    const more = await t.graphql(aliasedWrites(2), { j0: jurisdiction('US-0D0'), j1: jurisdiction('US-0D1') }, key.headers);
    expect(more.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'RATE_LIMITED', limit: 5, requested: 2, remaining: 0, retryAfterMs: expect.any(Number) })]);
    expect(await stored('US-0D')).toEqual([]);
    const status = await request(t.app.getHttpServer())
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...key.headers })
      .send({ query: aliasedWrites(1), variables: { j0: jurisdiction('US-0D2') } });
    expect(status.status).toBe(429);
  });

  it('keeps the writes that ran visible when one mutation of the request is refused', async () => {
    const key = await createKey(t, 'Budget: one bad write', 'EDITOR');
    const body = await t.graphql(aliasedWrites(3), { j0: jurisdiction('US-0E0'), j1: jurisdiction('NOT-A-CODE'), j2: jurisdiction('US-0E2') }, key.headers);
    expect(body.data).toEqual({ w0: { code: 'US-0E0', version: 1 }, w1: null, w2: { code: 'US-0E2', version: 1 } });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['w1'], extensions: { code: 'BAD_USER_INPUT', field: 'input.code' } });
    expect(await stored('US-0E')).toEqual(['US-0E0', 'US-0E2']);
  });
});
