import request from 'supertest';
import { describeEachEngine } from './support/each-engine';
import { startTestApp, TestApp } from './support/test-app';

describeEachEngine('the API process', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('answers { __typename } on /graphql', async () => {
    expect(await t.graphql('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports the database engine it runs on', async () => {
    const body = await t.graphql<{ serverInfo: { databaseEngine: string } }>('{ serverInfo { databaseEngine version } }');
    expect(body.data?.serverInfo.databaseEngine).toBe(engine);
  });

  it('GET /health reports the database up with no pending migration', async () => {
    const res = await request(t.app.getHttpServer()).get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details.database).toMatchObject({ status: 'up', engine, pendingMigrations: false });
  });

  it('refuses a query nested past the depth limit with QUERY_TOO_COMPLEX', async () => {
    // parent > subdivisions alternate forever; 11 levels exceed the default limit of 10.
    let selection = 'code';
    for (let i = 0; i < 5; i++) selection = `parent { subdivisions { ${selection} } }`;
    const body = await t.graphql(`{ jurisdiction(code: "US") { ${selection} } }`);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0].message).toBe('Query depth 12 exceeds the limit of 10');
    const allowed = await t.graphql('{ jurisdiction(code: "US") { parent { subdivisions { code } } } }');
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses a query whose cost exceeds the complexity limit with QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 800 }, (_, i) => `a${i}: jurisdiction(code: "AR") { code alpha3 numericCode source version kind }`).join(' ');
    const body = await t.graphql(`{ ${aliases} }`);
    expect(body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors?.[0].message).toMatch(/^Query complexity \d+ exceeds the limit of 5000$/);
  });

  it('echoes a sane X-Request-Id and makes one otherwise', async () => {
    const given = await request(t.app.getHttpServer()).get('/health').set('X-Request-Id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await request(t.app.getHttpServer()).get('/health').set('X-Request-Id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('blocks a simple cross-site GET without a preflight header (CSRF prevention)', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    const ok = await request(t.app.getHttpServer()).get('/graphql').query({ query: '{ __typename }' }).set('apollo-require-preflight', 'true');
    expect(ok.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a request body over the size limit', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `{ __typename } # ${'x'.repeat(t.config.bodyLimitBytes)}` });
    expect(res.status).toBe(413);
  });

  it('serves an offline developer landing page on GET /graphql', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html').expect(200);
    expect(res.text).toContain('<title>lexgap GraphQL</title>');
    expect(res.text).not.toMatch(/https?:\/\/(?!localhost)/); // nothing loaded from the internet
  });

  it('names an unknown field in a BAD_USER_INPUT error', async () => {
    const body = await t.graphql('{ nope }');
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain('"nope"');
  });
});

describe('the API in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('never sends a stack trace', async () => {
    const invalid = await t.graphql('{ nope }');
    expect(invalid.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const domain = await t.graphql('{ jurisdictions(first: 0) { totalCount } }');
    expect(domain.errors?.[0].extensions).not.toHaveProperty('stacktrace');
    const denied = await t.graphql('mutation { createApiKey(input: { name: "x y", role: ADMIN }) { secret } }');
    expect(denied.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('serves no landing page', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toContain('<title>lexgap GraphQL</title>');
  });
});
