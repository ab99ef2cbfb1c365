import request from 'supertest';
import { count, csv, importData } from '../exchange/exchange-support';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const UPSERT_INSTRUMENT = `mutation($input: UpsertInstrumentInput!) {
  upsertInstrument(input: $input) { id title titleOriginal titleEn version versions { inForceFrom inForceFromPrecision inForceTo inForceToPrecision } }
}`;
const UPSERT_PROVISION = `mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id text inForceFrom inForceFromPrecision inForceTo inForceToPrecision } }`;
const RECORD_FACTS = `mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }`;
const READ = `query($code: String!) {
  jurisdiction(code: $code) { instruments { key title titleOriginal titleEn versions { inForceFrom inForceFromPrecision inForceTo inForceToPrecision }
    provisions { key text inForceFrom inForceFromPrecision inForceTo inForceToPrecision } } }
}`;
const GAP_REPORT = `query($code: String!, $lang: String) {
  gapReport(jurisdiction: $code, lang: $lang) { provisions { citation text textNote instrumentTitle inForceFrom inForceFromPrecision inForceToPrecision } }
}`;

/** Test fixtures, not statements of any country's law: New Zealand is not among the seeded TIP readings. */
const CODE = 'NZ';
const REPORT = 'US Department of State, 2024 Trafficking in Persons Report (fixture)';
const instrument = {
  jurisdiction: CODE,
  key: 'fixture-act',
  kind: 'LAW',
  language: 'en',
  titleEn: 'Fixture Anti-Trafficking Act (test data)',
  officialCitation: 'Fixture Act 2012',
  versions: [
    { inForceFrom: '2012-01-01', inForceFromPrecision: 'YEAR', inForceTo: '2016-06-01', inForceToPrecision: 'MONTH' },
    { inForceFrom: '2016-06-01', inForceFromPrecision: 'MONTH' },
  ],
};

type Body = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: Record<string, unknown> | null };

describeEachEngine('secondary readings: no text, an English title only, dates at their precision', (engine) => {
  let t: TestApp;
  let instrumentId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const mutate = async <T>(query: string, input: unknown): Promise<T> => {
    const body = (await t.graphql(query, { input }, ADMIN)) as Body;
    expect(body.errors).toBeUndefined();
    return Object.values(body.data!)[0] as T;
  };

  /** A mutation refused with BAD_USER_INPUT on `field`, and the database unchanged. */
  async function expectRefused(query: string, input: unknown, field: string, message: RegExp) {
    const before = await snapshotTables(t.dataSource);
    const body = (await t.graphql(query, { input }, ADMIN)) as Body;
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.errors![0].message).toMatch(message);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  }

  it('records an instrument known only by its English title, with versions dated to the year and the month', async () => {
    const created = await mutate<{ id: string; title: string; titleOriginal: string | null; titleEn: string; versions: unknown[] }>(UPSERT_INSTRUMENT, instrument);
    instrumentId = created.id;
    expect(created).toMatchObject({ title: instrument.titleEn, titleOriginal: null, titleEn: instrument.titleEn });
    expect(created.versions).toEqual([
      { inForceFrom: '2012-01-01', inForceFromPrecision: 'YEAR', inForceTo: '2016-06-01', inForceToPrecision: 'MONTH' },
      { inForceFrom: '2016-06-01', inForceFromPrecision: 'MONTH', inForceTo: null, inForceToPrecision: null },
    ]);
    const [row] = await t.dataSource.query(`SELECT title_original, title_en FROM instrument WHERE id = '${instrumentId}'`);
    expect(row).toEqual({ title_original: null, title_en: instrument.titleEn });
  });

  it('refuses an instrument with neither title, naming the field and both titles, and writes nothing', async () => {
    const { titleEn: _titleEn, ...untitled } = instrument;
    await expectRefused(UPSERT_INSTRUMENT, { ...untitled, key: 'untitled' }, 'input.titleOriginal', /titleOriginal: or titleEn is required/);
  });

  it('refuses a date known to the year that is not 1 January, or to the month that is not the 1st, in the precision field', async () => {
    const versions = [instrument.versions[0], { inForceFrom: '2016-06-15', inForceFromPrecision: 'YEAR' }];
    await expectRefused(UPSERT_INSTRUMENT, { ...instrument, key: 'mis-dated', versions }, 'input.versions[1].inForceFromPrecision', /2016-06-15.*YEAR precision.*2016-01-01/);
    await expectRefused(
      UPSERT_PROVISION,
      { instrumentId, key: 'art-9', citation: 'Art. 9', inForceFrom: '2012-03-02', inForceFromPrecision: 'MONTH' },
      'input.inForceFromPrecision',
      /MONTH precision.*2012-03-01/,
    );
    await expectRefused(UPSERT_PROVISION, { instrumentId, key: 'art-9', citation: 'Art. 9', inForceFrom: '2012-01-01', inForceToPrecision: 'YEAR' }, 'input.inForceToPrecision', /without inForceTo/);
  });

  it("records provisions without text, reads them back as null, and reports say which source describes them, in the reader's language", async () => {
    const described = await mutate<{ id: string; text: string | null; inForceFromPrecision: string }>(UPSERT_PROVISION, {
      instrumentId,
      key: 'art-1',
      citation: 'Art. 1',
      inForceFrom: '2012-01-01',
      inForceFromPrecision: 'YEAR',
    });
    expect(described).toMatchObject({ text: null, inForceFromPrecision: 'YEAR', inForceToPrecision: null });
    await mutate(RECORD_FACTS, { provisionId: described.id, asOf: '2024-06-30', sourceKind: 'SECONDARY', sourceCitation: REPORT, facts: { acts: ['RECRUITMENT', 'HARBOURING'] } });
    // Only a URL: the report names its host.
    const byUrl = await mutate<{ id: string }>(UPSERT_PROVISION, { instrumentId, key: 'art-2', citation: 'Art. 2', inForceFrom: '2016-06-01', inForceFromPrecision: 'MONTH' });
    await mutate(RECORD_FACTS, { provisionId: byUrl.id, asOf: '2024-06-30', sourceKind: 'SECONDARY', sourceUrl: 'https://www.state.gov/reports/fixture/', facts: { consentIrrelevant: true } });
    const [row] = await t.dataSource.query(`SELECT text FROM provision WHERE id = '${described.id}'`);
    expect(row.text).toBeNull();

    const en = (await request(t.app.getHttpServer()).get(`/reports/${CODE}.html?lang=en`)).text;
    expect(en).toContain(`Text not recorded; described by ${REPORT}.`);
    expect(en).toContain('Text not recorded; described by www.state.gov.');
    expect(en).toContain(instrument.titleEn);
    expect(en).toContain('in force since 2012');
    expect(en).toContain('in force since June 2016');
    expect(en.slice(en.indexOf('<section id="provisions">'), en.indexOf('<section id="provenance">'))).not.toContain('January 1, 2012');
    const es = (await request(t.app.getHttpServer()).get(`/reports/${CODE}.html?lang=es`)).text;
    expect(es).toContain(`Texto no registrado; descrito por ${REPORT}.`);
    expect(es).toContain('vigente desde junio de 2016');
    const md = (await request(t.app.getHttpServer()).get(`/reports/${CODE}.md?lang=en`)).text;
    expect(md).toContain(`_Text not recorded; described by ${REPORT}._`);
    expect(md).toContain('in force since 2012');
    const mdEs = (await request(t.app.getHttpServer()).get(`/reports/${CODE}.md?lang=es`)).text;
    expect(mdEs).toContain(`_Texto no registrado; descrito por ${REPORT}._`);
    expect(mdEs).not.toContain('_Text not recorded');

    const gap = (await t.graphql(GAP_REPORT, { code: CODE, lang: 'es' })) as Body;
    expect(gap.errors).toBeUndefined();
    expect((gap.data!.gapReport as { provisions: unknown[] }).provisions).toEqual([
      {
        citation: 'Art. 1',
        text: null,
        textNote: `Texto no registrado; descrito por ${REPORT}.`,
        instrumentTitle: instrument.titleEn,
        inForceFrom: '2012-01-01',
        inForceFromPrecision: 'YEAR',
        inForceToPrecision: null,
      },
      {
        citation: 'Art. 2',
        text: null,
        textNote: 'Texto no registrado; descrito por www.state.gov.',
        instrumentTitle: instrument.titleEn,
        inForceFrom: '2016-06-01',
        inForceFromPrecision: 'MONTH',
        inForceToPrecision: null,
      },
    ]);
  });

  it('imports the same over spreadsheets: an English title only, blank text, precisions; again, nothing changes; a mis-dated or untitled row is refused in its cell', async () => {
    const instruments = [
      ['jurisdiction', 'key', 'kind', 'language', 'title_original', 'title_en', 'official_citation', 'in_force_from', 'in_force_from_precision', 'in_force_to', 'in_force_to_precision'],
      [CODE, 'fixture-code', 'CODE', 'en', null, 'Fixture Penal Code (test data)', 'Fixture Code', '2005-01-01', 'year', '2016-06-01', 'MONTH'],
      [CODE, 'fixture-code', 'CODE', 'en', null, 'Fixture Penal Code (test data)', 'Fixture Code', '2016-06-01', 'MONTH', null, null],
    ];
    expect(await importData(t, 'INSTRUMENTS', csv(instruments))).toMatchObject({ created: 1, problems: [] });
    const provisions = [
      ['jurisdiction', 'instrument_key', 'key', 'citation', 'heading', 'text', 'in_force_from', 'in_force_from_precision', 'in_force_to', 'in_force_to_precision'],
      [CODE, 'fixture-code', 'art-5', 'Art. 5', null, null, '2005-01-01', 'YEAR', '2016-06-01', 'MONTH'],
      [CODE, 'fixture-code', 'art-5', 'Art. 5', null, 'Fixture wording of 2016.', '2016-06-01', 'MONTH', null, null],
    ];
    expect(await importData(t, 'PROVISIONS', csv(provisions))).toMatchObject({ created: 2, problems: [] });

    const read = (await t.graphql(READ, { code: CODE })) as Body;
    const code = (read.data!.jurisdiction as { instruments: { key: string }[] }).instruments.find((i) => i.key === 'fixture-code');
    expect(code).toEqual({
      key: 'fixture-code',
      title: 'Fixture Penal Code (test data)',
      titleOriginal: null,
      titleEn: 'Fixture Penal Code (test data)',
      versions: [
        { inForceFrom: '2005-01-01', inForceFromPrecision: 'YEAR', inForceTo: '2016-06-01', inForceToPrecision: 'MONTH' },
        { inForceFrom: '2016-06-01', inForceFromPrecision: 'MONTH', inForceTo: null, inForceToPrecision: null },
      ],
      provisions: [
        { key: 'art-5', text: null, inForceFrom: '2005-01-01', inForceFromPrecision: 'YEAR', inForceTo: '2016-06-01', inForceToPrecision: 'MONTH' },
        { key: 'art-5', text: 'Fixture wording of 2016.', inForceFrom: '2016-06-01', inForceFromPrecision: 'MONTH', inForceTo: null, inForceToPrecision: null },
      ],
    });
    expect(await importData(t, 'INSTRUMENTS', csv(instruments))).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await importData(t, 'PROVISIONS', csv(provisions))).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    // A precision is data: the same dates known more precisely update the records.
    const precise = provisions.map((r, i) => (i === 1 ? [...r.slice(0, 7), 'DAY', ...r.slice(8)] : r));
    expect(await importData(t, 'PROVISIONS', csv(precise))).toMatchObject({ updated: 1, unchanged: 1 });

    const audit = await count(t, 'audit_event');
    const bad = await importData(
      t,
      'INSTRUMENTS',
      csv([
        instruments[0],
        [CODE, 'untitled', 'LAW', 'en', null, null, 'Fixture', '2010-01-01', null, null, null],
        [CODE, 'mis-dated', 'LAW', 'en', 'Fixture', null, 'Fixture', '2010-03-15', 'YEAR', '2012-02-02', 'MONTH'],
      ]),
    );
    expect(bad).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(bad.problems).toEqual([
      { row: 2, column: 'title_original', cell: 'E2', message: expect.stringMatching(/or title_en is required/) },
      { row: 3, column: 'in_force_from_precision', cell: 'I3', message: expect.stringMatching(/in_force_from \(2010-03-15\) has YEAR precision.*2010-01-01/) },
      { row: 3, column: 'in_force_to_precision', cell: 'K3', message: expect.stringMatching(/in_force_to \(2012-02-02\) has MONTH precision.*2012-02-01/) },
    ]);
    expect(await count(t, 'audit_event')).toBe(audit);
  });
});
