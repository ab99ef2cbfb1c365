import request from 'supertest';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const UPSERT = 'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id version titleEn } }';
const CLIENTS = 50;

describeEachEngine('concurrent edits of one record', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it(`${CLIENTS} clients updating the same version: each is committed or CONFLICT, and the audit log holds exactly the committed`, async () => {
    const base = { jurisdiction: 'CR', key: 'fixture-concurrency', kind: 'LAW', language: 'es', titleOriginal: 'Fixture', officialCitation: 'test fixture', versions: [{ inForceFrom: '2010-01-01' }] };
    const created = await t.graphql<{ upsertInstrument: { id: string; version: number } }>(UPSERT, { input: base }, ADMIN);
    const { id } = created.data!.upsertInstrument;
    const editors = await Promise.all(Array.from({ length: 5 }, (_, i) => createKey(t, `Editor ${i}`, 'EDITOR')));

    // Every client read version 1 and now writes its own title; they all arrive at once.
    const server = t.app.getHttpServer();
    const responses = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        request(server)
          .post('/graphql')
          .set({ 'content-type': 'application/json', ...editors[i % editors.length].headers })
          .send({ query: UPSERT, variables: { input: { ...base, version: 1, titleEn: `Client ${i}` } } }),
      ),
    );
    const committed = responses.filter((r) => !r.body.errors).map((r) => r.body.data.upsertInstrument.titleEn as string);
    const conflicts = responses.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(committed.length + conflicts.length).toBe(CLIENTS); // nothing else happened to anyone
    expect(committed).toHaveLength(1); // all read version 1: exactly one may win

    const [row] = await t.dataSource.query(`SELECT version, title_en FROM instrument WHERE id = '${id}'`);
    expect(row).toEqual({ version: 2, title_en: committed[0] });
    const events = await t.dataSource.query(`SELECT after FROM audit_event WHERE entity_type = 'Instrument' AND entity_id = '${id}' ORDER BY occurred_at`);
    expect(events).toHaveLength(2); // the creation and the one committed update
    const lastAfter = typeof events[1].after === 'string' ? JSON.parse(events[1].after) : events[1].after;
    expect(lastAfter.instrument.titleEn).toBe(committed[0]);
  });

  it('clients that reload and retry on CONFLICT all get their edit in, each audited once', async () => {
    const base = { jurisdiction: 'CR', key: 'fixture-retry', kind: 'LAW', language: 'es', titleOriginal: 'Fixture', officialCitation: 'test fixture', versions: [{ inForceFrom: '2010-01-01' }] };
    const created = await t.graphql<{ upsertInstrument: { id: string } }>(UPSERT, { input: base }, ADMIN);
    const { id } = created.data!.upsertInstrument;
    const clients = 10;
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        for (;;) {
          const [current] = await t.dataSource.query(`SELECT version FROM instrument WHERE id = '${id}'`);
          const body = await t.graphql(UPSERT, { input: { ...base, version: Number(current.version), titleEn: `Retry ${i}` } }, ADMIN);
          if (!body.errors) return;
          expect(body.errors[0].extensions?.code).toBe('CONFLICT');
        }
      }),
    );
    const [row] = await t.dataSource.query(`SELECT version FROM instrument WHERE id = '${id}'`);
    expect(Number(row.version)).toBe(1 + clients);
    const [{ n }] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE entity_id = '${id}'`);
    expect(Number(n)).toBe(1 + clients);
  });
});
