import { BackupService, openDatabase } from '@lexgap/composition';
import { csv, importData } from '../exchange/exchange-support';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

const UPSERT_JURISDICTION = `mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code names { en } } }`;
const UPSERT_INSTRUMENT = `mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id titleOriginal } }`;
const UPSERT_PROVISION = `mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id citation text } }`;
const RECORD_FACTS = `mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { provisionId } }`;

/** Placeholder test fixture, not any country's law. */
const instrument = {
  jurisdiction: 'CR',
  key: 'text-rule-fixture',
  kind: 'LAW',
  language: 'es',
  titleOriginal: 'Ley de prueba (fixture)',
  officialCitation: 'Test fixture',
  versions: [{ inForceFrom: '2010-01-01' }],
};
const TABLES = ['jurisdiction', 'instrument', 'instrument_version', 'provision', 'legal_fact_set', 'audit_event'];

/** The legal model's text rule (libs/legal-model/src/text-rule.ts) over GraphQL and spreadsheet import alike. */
describeEachEngine('one text rule for every input', (engine) => {
  let t: TestApp;
  let instrumentId: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const created = await t.graphql<{ upsertInstrument: { id: string } }>(UPSERT_INSTRUMENT, { input: instrument }, ADMIN);
    expect(created.errors).toBeUndefined();
    instrumentId = created.data!.upsertInstrument.id;
  });
  afterAll(() => t.close());

  const refused = async (query: string, input: unknown, field: string, message: RegExp) => {
    const before = await snapshotTables(t.dataSource, TABLES);
    const body = await t.graphql(query, { input }, ADMIN);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.errors?.[0].message).toMatch(message);
    expect(await snapshotTables(t.dataSource, TABLES)).toEqual(before);
  };

  it('refuses NUL, control characters and lone surrogates with BAD_USER_INPUT naming the field, writing nothing', async () => {
    // Without the rule, NUL was a 500 on PostgreSQL and stored on SQLite (a backup no PostgreSQL could restore).
    await refused(UPSERT_JURISDICTION, { code: 'XZ', names: { en: 'ab\u0000cd' }, source: 'test fixture' }, 'input.names.en', /NUL/);
    await refused(UPSERT_PROVISION, { instrumentId, key: 'art-1', citation: 'Art.\u00071', text: 'Fixture.', inForceFrom: '2010-01-01' }, 'input.citation', /U\+0007/);
    await refused(UPSERT_PROVISION, { instrumentId, key: 'art-1', citation: 'Art. 1\n2', text: 'Fixture.', inForceFrom: '2010-01-01' }, 'input.citation', /line breaks/);
    await refused(UPSERT_INSTRUMENT, { ...instrument, key: 'other', titleOriginal: 'half \uD800 a character' }, 'input.titleOriginal', /lone surrogate/);
  });

  it('counts white space alone as no value: a citation of spaces is no source', async () => {
    const provision = await t.graphql<{ upsertProvision: { id: string } }>(
      UPSERT_PROVISION,
      { input: { instrumentId, key: 'art-2', citation: 'Art. 2', text: 'Fixture.', inForceFrom: '2010-01-01' } },
      ADMIN,
    );
    expect(provision.errors).toBeUndefined();
    await refused(RECORD_FACTS, { provisionId: provision.data!.upsertProvision.id, asOf: '2024-01-01', sourceCitation: '   ', facts: { acts: ['RECRUITMENT'] } }, 'input.sourceUrl', /source/);
  });

  it('keeps tabs and line breaks in long texts and stores every text in NFC on both engines', async () => {
    const decomposed = 'Se\u0301rgio: art. 1\n\tpa\u0301rrafo';
    const body = await t.graphql<{ upsertProvision: { id: string; text: string } }>(
      UPSERT_PROVISION,
      { input: { instrumentId, key: 'art-3', citation: 'Art. 3', text: decomposed, inForceFrom: '2010-01-01' } },
      ADMIN,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.upsertProvision.text).toBe(decomposed.normalize('NFC'));
    const [row] = await t.dataSource.query(`SELECT text FROM provision WHERE id = '${body.data!.upsertProvision.id}'`);
    expect(row.text).toBe('Sérgio: art. 1\n\tpárrafo');
  });

  it('applies the same rule to each import cell, naming the cell', async () => {
    const header = ['jurisdiction', 'instrument_key', 'key', 'citation', 'heading', 'text', 'in_force_from', 'in_force_to', 'source_url'];
    const report = await importData(t, 'PROVISIONS', csv([header, ['CR', 'text-rule-fixture', 'art-9', 'Art.\u00009', null, 'Fixture.', '2010-01-01', null, null]]));
    expect(report).toMatchObject({ created: 0 });
    expect(report.problems).toContainEqual({ row: 2, column: 'citation', cell: 'D2', message: expect.stringMatching(/NUL/) });
    const fine = await importData(t, 'PROVISIONS', csv([header, ['CR', 'text-rule-fixture', 'art-10', 'Art. 10', 'Ti\u0301tulo', 'Line one\nline two', '2010-01-01', null, null]]));
    expect(fine).toMatchObject({ created: 1, problems: [] });
    const [row] = await t.dataSource.query(`SELECT heading, text FROM provision WHERE key = 'art-10'`);
    expect(row).toEqual({ heading: 'Título', text: 'Line one\nline two' });
  });
});

// A SQLite database holding the texts the rule lets through restores into PostgreSQL (run with the PostgreSQL half).
describeEachEngine('texts the rule accepts move between engines', (engine) => {
  if (engine !== 'postgres') return;
  it('backs up SQLite and restores into PostgreSQL', async () => {
    const t = await startTestApp('sqlite');
    try {
      const created = await t.graphql<{ upsertInstrument: { id: string } }>(UPSERT_INSTRUMENT, { input: { ...instrument, titleOriginal: 'Ley de proteccio\u0301n 🛡️ (fixture)' } }, ADMIN);
      expect(created.errors).toBeUndefined();
      const bundle = await new BackupService(t.dataSource).backup();
      const target = await createTestDatabase(engine);
      const dataSource = await openDatabase({ database: target.target });
      try {
        await expect(new BackupService(dataSource).restore(JSON.parse(JSON.stringify(bundle)))).resolves.toBeGreaterThan(0);
        const [row] = await dataSource.query(`SELECT title_original FROM instrument WHERE key = 'text-rule-fixture'`);
        expect(row.title_original).toBe('Ley de protección 🛡️ (fixture)');
      } finally {
        await dataSource.destroy();
        await target.drop();
      }
    } finally {
      await t.close();
    }
  });
});
