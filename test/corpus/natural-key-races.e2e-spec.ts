import { ApiKeyService } from '@lexgap/auth';
import { TransactionRunner } from '@lexgap/platform';
import request from 'supertest';
import { csv, IMPORT_DATA } from '../exchange/exchange-support';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TEST_ADMIN_KEY, TestApp } from '../support/test-app';

const WRITERS = 50;

/** Placeholder test fixtures, not any country's law. */
const instrument = (key: string) => ({
  jurisdiction: 'PA',
  key,
  kind: 'LAW',
  language: 'es',
  titleOriginal: 'Ley de prueba (fixture)',
  officialCitation: 'Test fixture',
  versions: [{ inForceFrom: '2010-01-01' }],
});

/**
 * Concurrent creates of one natural key: the service's own check runs before the other writers
 * commit, so only the database's unique constraints can keep the key unique. Every writer gets a
 * record, or BAD_USER_INPUT (it exists), or CONFLICT (it lost the race); never a 500.
 */
describeEachEngine('natural keys under concurrent creates', (engine) => {
  let t: TestApp;
  let instrumentId: string;
  let provisionId: string;
  beforeAll(async () => {
    // No browser: an edition is published without its PDF, so 50 publishers race on the database, not the printer.
    t = await startTestApp(engine, { WRITE_RATE_LIMIT: '100000', LEXGAP_CHROMIUM_PATH: '/nonexistent/chromium' });
    const created = await t.graphql<{ upsertInstrument: { id: string } }>(
      'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }',
      { input: instrument('race-base') },
      ADMIN,
    );
    instrumentId = created.data!.upsertInstrument.id;
    const provision = await t.graphql<{ upsertProvision: { id: string } }>(
      'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }',
      { input: { instrumentId, key: 'art-race-base', citation: 'Art. 0', text: 'Fixture.', inForceFrom: '2010-01-01' } },
      ADMIN,
    );
    provisionId = provision.data!.upsertProvision.id;
  });
  afterAll(() => t.close());

  /** Sends the same mutation from WRITERS clients at once; returns each one's outcome (the data's first field, or the error code). */
  async function race(query: string, input: unknown, headers: Record<string, string> = ADMIN): Promise<string[]> {
    const server = t.app.getHttpServer();
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, () =>
        request(server)
          .post('/graphql')
          .set({ 'content-type': 'application/json', ...headers })
          .send({ query, variables: { input } }),
      ),
    );
    return responses.map((r) => (r.body.errors ? String(r.body.errors[0].extensions?.code) : 'written'));
  }

  const expectOneWinner = (outcomes: string[]) => {
    expect(outcomes.filter((o) => o === 'written')).toHaveLength(1);
    expect(outcomes.every((o) => o === 'written' || o === 'BAD_USER_INPUT' || o === 'CONFLICT')).toBe(true);
  };
  const rows = async (sql: string) => Number((await t.dataSource.query(sql))[0].n);

  it('upsertJurisdiction: one unit per code', async () => {
    expectOneWinner(await race('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', { code: 'PA-RC', names: { en: 'Race fixture' }, source: 'test fixture' }));
    expect(await rows(`SELECT COUNT(*) AS n FROM jurisdiction WHERE code = 'PA-RC'`)).toBe(1);
  });

  it('upsertInstrument: one instrument per jurisdiction and key', async () => {
    expectOneWinner(await race('mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }', instrument('race-instrument')));
    expect(await rows(`SELECT COUNT(*) AS n FROM instrument WHERE key = 'race-instrument'`)).toBe(1);
  });

  it('upsertProvision: one wording per instrument, key and start', async () => {
    const input = { instrumentId, key: 'art-race', citation: 'Art. 1', text: 'Fixture.', inForceFrom: '2010-01-01' };
    expectOneWinner(await race('mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }', input));
    expect(await rows(`SELECT COUNT(*) AS n FROM provision WHERE key = 'art-race'`)).toBe(1);
  });

  it('recordLegalFacts: one fact set per provision', async () => {
    expectOneWinner(
      await race('mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { provisionId } }', {
        provisionId,
        asOf: '2024-01-01',
        sourceCitation: 'test fixture',
        facts: { acts: ['RECRUITMENT'] },
      }),
    );
    expect(await rows(`SELECT COUNT(*) AS n FROM legal_fact_set WHERE provision_id = '${provisionId}'`)).toBe(1);
  });

  it('recordTreatyAction and recordTreatyStatusObservation: one record per natural key', async () => {
    // A fictional state (user-assigned code): only a state, not a unit, holds treaty records.
    const state = await t.graphql(
      'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }',
      { input: { code: 'XR', names: { en: 'Race fixture state' }, source: 'test fixture' } },
      ADMIN,
    );
    expect(state.errors).toBeUndefined();
    const action = { jurisdiction: 'XR', treaty: 'PALERMO', type: 'RATIFICATION', date: '2004-08-18', datePrecision: 'DAY', sourceCitation: 'test fixture', asOf: '2024-01-01', verified: false };
    expectOneWinner(await race('mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }', action));
    expect(await rows(`SELECT COUNT(*) AS n FROM treaty_action WHERE jurisdiction_code = 'XR'`)).toBe(1);
    const observation = { jurisdiction: 'XR', treaty: 'ILO-C189', status: 'NOT_PARTY', observedOn: '2024-01-01', sourceCitation: 'test fixture', verified: false };
    expectOneWinner(await race('mutation($input: RecordTreatyStatusObservationInput!) { recordTreatyStatusObservation(input: $input) { id } }', observation));
    expect(await rows(`SELECT COUNT(*) AS n FROM treaty_status_observation WHERE jurisdiction_code = 'XR'`)).toBe(1);
  });

  it('submitAssessment and the assessments import: one live assessment per author and criterion', async () => {
    const expert = await createKey(t, 'Race expert', 'EDITOR');
    const input = { jurisdiction: 'PA', criterionId: 'PAL-9', result: 0.5, rationale: 'Fixture rationale long enough to be read by a reviewer.', confidence: 'MEDIUM' };
    expectOneWinner(await race('mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id } }', input, expert.headers));
    const mine = `SELECT COUNT(*) AS n FROM assessment WHERE author_id = '${expert.id}' AND retired_at IS NULL`;
    expect(await rows(mine)).toBe(1);

    // The same author importing rows for 30 other criteria 50 times at once: still one per criterion.
    const criteria = (await t.dataSource.query(`SELECT content FROM rubric_version`))[0].content;
    const ids: string[] = (typeof criteria === 'string' ? JSON.parse(criteria) : criteria).categories.flatMap((c: { criteria: { id: string; scale: { type: string } }[] }) =>
      c.criteria.filter((k) => k.scale.type !== 'share').map((k) => k.id),
    );
    const file = csv([
      ['jurisdiction', 'criterion', 'result', 'rationale', 'confidence'],
      ...ids
        .filter((id) => id !== 'PAL-9')
        .slice(0, 30)
        .map((id) => ['PA', id, '0', 'Fixture rationale long enough to be read by a reviewer.', 'LOW']),
    ]);
    const server = t.app.getHttpServer();
    const imports = await Promise.all(
      Array.from({ length: WRITERS }, () =>
        request(server)
          .post('/graphql')
          .set({ 'content-type': 'application/json', ...expert.headers })
          .send({ query: IMPORT_DATA, variables: { input: { kind: 'ASSESSMENTS', format: 'CSV', content: file } } }),
      ),
    );
    expect(imports.every((r) => !r.body.errors || r.body.errors[0].extensions?.code === 'CONFLICT')).toBe(true);
    expect(imports.some((r) => !r.body.errors && r.body.data.importData.created > 0)).toBe(true);
    expect(await rows(mine)).toBe(1 + Math.min(30, ids.length - 1));
  });

  /** The same import from WRITERS clients at once: each one a report (created, or found unchanged) or CONFLICT; never a 500. */
  async function raceImport(kind: string, content: string): Promise<void> {
    const server = t.app.getHttpServer();
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, () =>
        request(server)
          .post('/graphql')
          .set({ 'content-type': 'application/json', ...ADMIN })
          .send({ query: IMPORT_DATA, variables: { input: { kind, format: 'CSV', content } } }),
      ),
    );
    const outcomes = responses.map((r) => (r.body.errors ? String(r.body.errors[0].extensions?.code) : r.body.data.importData.problems.length ? 'problems' : 'report'));
    expect(outcomes.filter((o) => o !== 'report' && o !== 'CONFLICT')).toEqual([]);
    expect(responses.filter((r) => !r.body.errors && r.body.data.importData.created > 0)).toHaveLength(1);
  }

  it('every import kind, 50 at once: one instrument, version, provision, fact set and treaty action per natural key', async () => {
    await raceImport(
      'INSTRUMENTS',
      csv([
        ['jurisdiction', 'key', 'kind', 'language', 'title_original', 'official_citation', 'in_force_from'],
        ['PA', 'race-import', 'LAW', 'es', 'Ley de prueba (fixture)', 'Test fixture', '2011-01-01'],
      ]),
    );
    expect(await rows(`SELECT COUNT(*) AS n FROM instrument WHERE key = 'race-import'`)).toBe(1);
    expect(await rows(`SELECT COUNT(*) AS n FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE i.key = 'race-import'`)).toBe(1);
    await raceImport(
      'PROVISIONS',
      csv([
        ['jurisdiction', 'instrument_key', 'key', 'citation', 'text', 'in_force_from'],
        ['PA', 'race-import', 'art-1', 'Art. 1', 'Fixture text.', '2011-01-01'],
      ]),
    );
    const provisions = `SELECT COUNT(*) AS n FROM provision p JOIN instrument i ON i.id = p.instrument_id WHERE i.key = 'race-import'`;
    expect(await rows(provisions)).toBe(1);
    await raceImport(
      'LEGAL_FACTS',
      csv([
        ['jurisdiction', 'instrument_key', 'provision_key', 'provision_in_force_from', 'as_of', 'source_citation', 'acts'],
        ['PA', 'race-import', 'art-1', '2011-01-01', '2024-01-01', 'Fixture reading', 'RECRUITMENT'],
      ]),
    );
    expect(await rows(`SELECT COUNT(*) AS n FROM legal_fact_set f JOIN provision p ON p.id = f.provision_id JOIN instrument i ON i.id = p.instrument_id WHERE i.key = 'race-import'`)).toBe(1);
    await raceImport(
      'TREATY_ACTIONS',
      csv([
        ['jurisdiction', 'treaty', 'action', 'date', 'date_precision', 'source_citation', 'as_of', 'verified'],
        ['NZ', 'OPSC', 'SIGNATURE', '2001-01-02', 'DAY', 'Test fixture', '2024-01-01', 'no'],
      ]),
    );
    expect(await rows(`SELECT COUNT(*) AS n FROM treaty_action WHERE jurisdiction_code = 'NZ' AND treaty_code = 'OPSC' AND source_citation = 'Test fixture'`)).toBe(1);
  });

  it('publishReport, 50 at once: one edition per content hash and language', async () => {
    const editor = await createKey(t, 'Race publisher', 'EDITOR');
    const server = t.app.getHttpServer();
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, () =>
        request(server)
          .post('/graphql')
          .set({ 'content-type': 'application/json', ...editor.headers })
          .send({ query: 'mutation($input: PublishReportInput!) { publishReport(input: $input) { created edition { contentHash } } }', variables: { input: { jurisdiction: 'PA', lang: 'es' } } }),
      ),
    );
    const outcomes = responses.map((r) => (r.body.errors ? String(r.body.errors[0].extensions?.code) : r.body.data.publishReport.created ? 'written' : 'found'));
    expect(outcomes.filter((o) => o === 'written')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'written' && o !== 'found' && o !== 'CONFLICT')).toEqual([]);
    expect(await rows(`SELECT COUNT(*) AS n FROM report_edition WHERE lang = 'es'`)).toBe(1);
  });

  it('ensureBootstrapKey from instances starting at once: one live bootstrap key', async () => {
    // No live bootstrap key, as on a fresh database: each instance's own check finds none to keep.
    await t.dataSource.query(`UPDATE api_key SET revoked_at = updated_at WHERE kind = 'bootstrap'`);
    const keys = t.app.get(ApiKeyService);
    const outcomes = await Promise.all(Array.from({ length: WRITERS }, () => keys.ensureBootstrapKey(TEST_ADMIN_KEY).catch((e: { code?: string }) => e.code ?? 'INTERNAL_SERVER_ERROR')));
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'kept')).toHaveLength(WRITERS - 1);
    expect(await rows(`SELECT COUNT(*) AS n FROM api_key WHERE kind = 'bootstrap' AND revoked_at IS NULL`)).toBe(1);
    expect((await t.graphql('{ __typename }', {}, ADMIN)).errors).toBeUndefined();
  });

  it('a write naming a record that is not recorded answers BAD_USER_INPUT naming the field, not a 500', async () => {
    const insert = `INSERT INTO instrument (id, jurisdiction_code, key, kind, language, title_original, title_en, official_citation, source_url, version, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000009', 'QQ', 'fk-race', 'LAW', 'es', 'x', NULL, 'x', NULL, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')`;
    const refused = await t.app
      .get(TransactionRunner)
      .run((m) => m.query(insert))
      .catch((e: unknown) => e);
    // PostgreSQL names the constraint, so the field is the foreign key's column; SQLite names none.
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: engine === 'postgres' ? 'input.jurisdictionCode' : 'input' } });
    expect(await rows(`SELECT COUNT(*) AS n FROM instrument WHERE key = 'fk-race'`)).toBe(0);
  });
});
