import ExcelJS from 'exceljs';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { count, csv, importData, INSTRUMENTS_CSV } from './exchange-support';

const PROVISION_HEADER = ['jurisdiction', 'instrument_key', 'key', 'citation', 'heading', 'text', 'in_force_from', 'in_force_to', 'source_url'];
const provisionRow = (i: number) => ['AR', 'fixture-code', `art-${i}`, `Art. ${i}`, null, `Fixture text of article ${i}.`, '2012-12-27', null, 'https://example.org/fixture'];

describeEachEngine('spreadsheet import', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const instruments = await importData(t, 'INSTRUMENTS', INSTRUMENTS_CSV);
    expect(instruments).toMatchObject({ rows: 2, created: 1, updated: 0, unchanged: 0, problems: [] });
  });
  afterAll(() => t.close());

  const provisionsOfFixture = () => count(t, 'provision', `instrument_id IN (SELECT id FROM instrument WHERE key = 'fixture-code')`);

  it('refuses a 5,000-row provision file with one bad row, naming it; fixed, imports it; again, adds nothing', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => provisionRow(i + 1));
    const bad = rows.map((r) => [...r]);
    bad[2499][6] = '2012-31-12'; // spreadsheet row 2501
    const before = await provisionsOfFixture();
    const auditBefore = await count(t, 'audit_event');

    const refused = await importData(t, 'PROVISIONS', csv([PROVISION_HEADER, ...bad]));
    expect(refused).toMatchObject({ rows: 5000, created: 0, updated: 0, unchanged: 0 });
    expect(refused.problems).toEqual([{ row: 2501, column: 'in_force_from', cell: 'G2501', message: expect.stringMatching(/2012-31-12.*YYYY-MM-DD/) }]);
    expect(await provisionsOfFixture()).toBe(before);
    expect(await count(t, 'audit_event')).toBe(auditBefore);

    const fixed = await importData(t, 'PROVISIONS', csv([PROVISION_HEADER, ...rows]));
    expect(fixed).toEqual({ kind: 'PROVISIONS', dryRun: false, rows: 5000, created: 5000, updated: 0, unchanged: 0, problems: [] });
    expect(await provisionsOfFixture()).toBe(before + 5000);
    const auditAfterImport = await count(t, 'audit_event');
    expect(auditAfterImport).toBe(auditBefore + 5000);
    expect(await count(t, 'audit_event', `operation = 'importData' AND entity_type = 'Provision'`)).toBe(5000);

    const revision = (await t.dataSource.query(`SELECT evidence_revision FROM jurisdiction WHERE code = 'AR'`))[0].evidence_revision;
    const again = await importData(t, 'PROVISIONS', csv([PROVISION_HEADER, ...rows]));
    expect(again).toMatchObject({ rows: 5000, created: 0, updated: 0, unchanged: 5000, problems: [] });
    expect(await provisionsOfFixture()).toBe(before + 5000);
    expect(await count(t, 'audit_event')).toBe(auditAfterImport);
    expect((await t.dataSource.query(`SELECT evidence_revision FROM jurisdiction WHERE code = 'AR'`))[0].evidence_revision).toBe(revision);
  });

  it('two imports of the same new rows at once: one creates them, the other finds them or is told to retry; never half', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => provisionRow(i).map((c, k) => (k === 2 ? `race-${i}` : c)));
    const file = csv([PROVISION_HEADER, ...rows]);
    const send = () =>
      t.graphql<{ importData: { created: number; unchanged: number } }>(
        `mutation($input: ImportDataInput!) { importData(input: $input) { created unchanged } }`,
        { input: { kind: 'PROVISIONS', format: 'CSV', content: file } },
        ADMIN,
      );
    const answers = await Promise.all([send(), send()]);
    const outcomes = answers.map((a) => (a.errors ? a.errors[0].extensions?.code : a.data!.importData.created === 300 ? 'created' : a.data!.importData.unchanged === 300 ? 'unchanged' : 'partial'));
    expect(outcomes).toContain('created');
    expect(outcomes.every((o) => o === 'created' || o === 'unchanged' || o === 'CONFLICT')).toBe(true);
    expect(await count(t, 'provision', `key LIKE 'race-%' AND instrument_id IN (SELECT id FROM instrument WHERE key = 'fixture-code')`)).toBe(300);
  });

  it('updates a changed row (version + 1, an audit event with before and after) and leaves the others', async () => {
    const rows = [provisionRow(1), provisionRow(2)];
    rows[1][5] = 'Fixture text of article 2, as amended.';
    const report = await importData(t, 'PROVISIONS', csv([PROVISION_HEADER, ...rows]));
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1, problems: [] });
    const [p] = await t.dataSource.query(`SELECT id, version, text FROM provision WHERE key = 'art-2'`);
    expect(p).toMatchObject({ version: 2, text: 'Fixture text of article 2, as amended.' });
    const events = await t.dataSource.query(`SELECT operation, before, after FROM audit_event WHERE entity_id = '${p.id}' ORDER BY occurred_at`);
    expect(events).toHaveLength(2);
    const last = events[1];
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(last.operation).toBe('importData');
    expect(parse(last.before)).toMatchObject({ text: 'Fixture text of article 2.', version: 1 });
    expect(parse(last.after)).toMatchObject({ text: 'Fixture text of article 2, as amended.', version: 2 });
  });

  it('imports an XLSX saved by a spreadsheet program: serial dates, spaced headers, a trailing empty row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hoja1');
    sheet.addRow(['  Jurisdiction ', 'Instrument   Key', ' KEY', 'Citation', 'Heading', 'Text', 'In Force From ', 'in force to', 'Source URL']);
    sheet.addRow([
      'ar',
      'fixture-code',
      'art-x1',
      'Art. X1',
      { richText: [{ text: 'Rich ' }, { text: 'heading', font: { italic: true } }] },
      'Fixture text X1.',
      36526,
      41270,
      { text: 'https://example.org/x1', hyperlink: 'https://example.org/x1' },
    ]);
    const dated = sheet.addRow(['ARG', 'fixture-code', 'art-x1', 'Art. X1', null, 'Fixture text X1, second wording.', 41270, null, null]);
    dated.getCell(7).numFmt = 'dd/mm/yyyy';
    const asDate = sheet.addRow(['AR', 'fixture-code', 'art-x2', 'Art. X2', null, 'Fixture text X2.', new Date(Date.UTC(2015, 5, 30)), null, null]);
    asDate.getCell(7).numFmt = 'd-mmm-yy';
    sheet.addRow([null, null, null, null, null, null, null, null, null]);
    sheet.addRow(['', '', '']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const report = await importData(t, 'PROVISIONS', file);
    expect(report).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, problems: [] });
    const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
    const stored = (await t.dataSource.query(`SELECT key, heading, in_force_from, in_force_to, source_url FROM provision WHERE key IN ('art-x1', 'art-x2') ORDER BY key, in_force_from`)).map(
      (r: Record<string, unknown>) => ({ ...r, in_force_from: day(r.in_force_from), in_force_to: day(r.in_force_to) }),
    );
    expect(stored).toEqual([
      { key: 'art-x1', heading: 'Rich heading', in_force_from: '2000-01-01', in_force_to: '2012-12-27', source_url: 'https://example.org/x1' },
      { key: 'art-x1', heading: null, in_force_from: '2012-12-27', in_force_to: null, source_url: null },
      { key: 'art-x2', heading: null, in_force_from: '2015-06-30', in_force_to: null, source_url: null },
    ]);
    expect(await importData(t, 'PROVISIONS', file)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('reports every problem of a file at once: header, cells, references, overlaps, repeats', async () => {
    const file = csv([
      [...PROVISION_HEADER, 'in_forse_to', 'comment'],
      ['AR', 'fixture-code', 'art-y1', 'Art. Y1', null, 'x', '2010-01-01', '2009-01-01', null, null, null],
      ['AR', 'no-such-code', 'art-y2', 'Art. Y2', null, 'x', '2010-01-01', null, null, null, null],
      ['XQ', 'fixture-code', 'Art Y3', '', null, 'x', '03/04/2012', null, 'ftp://example.org', null, null],
      ['AR', 'fixture-code', 'art-1', 'Art. 1', null, 'overlapping wording', '2013-01-01', null, null, null, null],
      ['AR', 'fixture-code', 'art-y5', 'Art. Y5', null, 'x', '2010-01-01', null, null, null, null],
      ['AR', 'fixture-code', 'art-y5', 'Art. Y5', null, 'x', '2010-01-01', null, null, null, null],
    ]);
    const before = await snapshotTables(t.dataSource);
    const report = await importData(t, 'PROVISIONS', file);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'in_forse_to'],
      [1, 'comment'],
      [2, 'in_force_to'],
      [3, 'instrument_key'],
      [4, 'jurisdiction'],
      [4, 'key'],
      [4, 'citation'],
      [4, 'in_force_from'],
      [4, 'source_url'],
      [5, 'in_force_from'],
      [7, 'in_force_from'],
    ]);
    expect(report.problems[0].message).toMatch(/did you mean in_force_to/);
    expect(report.problems.find((p) => p.row === 5)!.message).toMatch(/overlaps the recorded one in force from 2012-12-27/);
    expect(report.problems.find((p) => p.row === 7)!.message).toMatch(/repeats row 6/);
    expect(report.problems.find((p) => p.row === 4 && p.column === 'key')!.message).toMatch(/e\.g\. art-y3/);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('refuses a file missing a required column without reading its rows', async () => {
    const report = await importData(
      t,
      'PROVISIONS',
      csv([
        ['jurisdiction', 'instrument_key', 'key', 'text', 'in_force_from'],
        ['AR', 'fixture-code', 'art-z', 'x', '2020-01-01'],
      ]),
    );
    expect(report.problems).toEqual([{ row: 1, column: 'citation', cell: null, message: 'the required column citation is missing' }]);
  });

  it('dry run checks and counts, and writes nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const rows = [provisionRow(1), provisionRow(9001), provisionRow(9002)];
    rows[0][5] = 'A changed text.';
    const report = await importData(t, 'PROVISIONS', csv([PROVISION_HEADER, ...rows]), { dryRun: true });
    expect(report).toEqual({ kind: 'PROVISIONS', dryRun: true, rows: 3, created: 2, updated: 1, unchanged: 0, problems: [] });
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('imports instruments as version histories, updating the whole history on change', async () => {
    const changed = INSTRUMENTS_CSV.replace('Fixture amendment', 'Fixture amendment (corrected)');
    expect(await importData(t, 'INSTRUMENTS', INSTRUMENTS_CSV)).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 1 });
    expect(await importData(t, 'INSTRUMENTS', changed)).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const versions = (
      await t.dataSource.query(`SELECT v.in_force_from, v.amended_by FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE i.key = 'fixture-code' ORDER BY v.in_force_from`)
    ).map((v: { in_force_from: unknown; amended_by: string | null }) => ({ ...v, in_force_from: v.in_force_from instanceof Date ? v.in_force_from.toISOString().slice(0, 10) : v.in_force_from }));
    expect(versions).toEqual([
      { in_force_from: '2000-01-01', amended_by: null },
      { in_force_from: '2012-12-27', amended_by: 'Fixture amendment (corrected)' },
    ]);
    const [{ version }] = await t.dataSource.query(`SELECT version FROM instrument WHERE key = 'fixture-code'`);
    expect(version).toBe(2);
    const refused = await importData(
      t,
      'INSTRUMENTS',
      csv([
        ['jurisdiction', 'key', 'kind', 'language', 'title_original', 'in_force_from', 'in_force_to', 'official_citation'],
        ['AR', 'fixture-two', 'LAW', 'es', 'Ley de prueba', '2000-01-01', '2010-01-01', 'Fixture'],
        ['AR', 'fixture-two', 'DECREE', 'es', 'Ley de prueba', '2009-01-01', null, 'Fixture'],
        ['AR', 'fixture-three', 'STATUTE', 'xx-', 'Ley', '2000-01-01', null, null],
      ]),
    );
    expect(refused.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'kind'],
      [3, 'in_force_from'],
      [4, 'kind'],
      [4, 'language'],
      [4, 'official_citation'],
    ]);
    expect(refused.problems[0].message).toMatch(/differs from row 2 for the same instrument \(AR\/fixture-two\)/);
  });

  it('imports legal facts with the penalty grammar and yes/no words, blank meaning not stated', async () => {
    const header = [
      'jurisdiction',
      'instrument_key',
      'provision_key',
      'provision_in_force_from',
      'as_of',
      'source_citation',
      'acts',
      'means',
      'consent_irrelevant',
      'border_crossing_required',
      'child_age_threshold',
      'forced_labour_imprisonment',
      'forced_labour_all_sectors',
      'penalties',
    ];
    const file = csv([
      header,
      ['AR', 'fixture-code', 'art-1', null, '2024-06-30', 'Fixture reading', 'recruitment; transfer', null, 'sí', 'no', '18', 'yes', 'non', 'TRAFFICKING 4-8; RAPE 6-15; TRAFFICKING fine-in-lieu'],
      ['AR', 'fixture-code', 'art-x1', null, '2024-06-30', 'Fixture reading', 'HARBOURING', 'FORCE', null, null, null, null, null, null],
      ['AR', 'fixture-code', 'art-x1', '2000-01-01', '2024-06-30', 'Fixture reading', 'HARBOURING', 'FORCE', null, null, null, null, null, null],
    ]);
    const refused = await importData(t, 'LEGAL_FACTS', file);
    expect(refused.problems).toEqual([{ row: 3, column: 'provision_in_force_from', cell: 'D3', message: expect.stringMatching(/is needed: art-x1 has 2 wordings/) }]);
    const fixedFile = file.replace('AR,fixture-code,art-x1,,2024', 'AR,fixture-code,art-x1,2012-12-27,2024');
    expect(await importData(t, 'LEGAL_FACTS', fixedFile)).toMatchObject({ created: 3, updated: 0, unchanged: 0, problems: [] });
    expect(await importData(t, 'LEGAL_FACTS', fixedFile)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const [row] = await t.dataSource.query(`SELECT f.facts FROM legal_fact_set f JOIN provision p ON p.id = f.provision_id WHERE p.key = 'art-1'`);
    const facts = typeof row.facts === 'string' ? JSON.parse(row.facts) : row.facts;
    expect(facts).toEqual({
      acts: ['RECRUITMENT', 'TRANSFER'],
      consentIrrelevant: true,
      borderCrossingRequired: false,
      childAgeThreshold: 18,
      forcedLabourOffence: { imprisonment: true, allSectors: false },
      penalties: [
        { offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8 },
        { offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 },
        { offence: 'TRAFFICKING', fineInLieuOfImprisonment: true },
      ],
    });
    expect(facts).not.toHaveProperty('means');

    const bad = await importData(
      t,
      'LEGAL_FACTS',
      csv([header, ['AR', 'fixture-code', 'art-2', null, '2024-06-30', 'Fixture reading', 'RECRUITMENT; KIDNAPPING', null, 'maybe', null, '40', 'yes', null, 'TRAFFICKING 9-3']]),
    );
    expect(bad.problems.map((p) => p.column)).toEqual(['acts', 'consent_irrelevant', 'child_age_threshold', 'forced_labour_all_sectors', 'penalties']);
    expect(bad.problems.find((p) => p.column === 'penalties')!.message).toMatch(/penalty 1.*imprisonmentMinYears/);
  });

  it('imports life imprisonment and the movement fact, and refuses life beside a maximum in years', async () => {
    const header = ['jurisdiction', 'instrument_key', 'provision_key', 'as_of', 'source_citation', 'movement_required', 'penalties'];
    const file = csv([header, ['AR', 'fixture-code', 'art-2', '2024-06-30', 'Fixture reading', 'no', 'TRAFFICKING 3-life; CHILD_TRAFFICKING life']]);
    expect(await importData(t, 'LEGAL_FACTS', file)).toMatchObject({ problems: [] });
    const [row] = await t.dataSource.query(`SELECT f.facts FROM legal_fact_set f JOIN provision p ON p.id = f.provision_id WHERE p.key = 'art-2'`);
    expect(typeof row.facts === 'string' ? JSON.parse(row.facts) : row.facts).toEqual({
      movementRequired: false,
      penalties: [
        { offence: 'TRAFFICKING', imprisonmentMinYears: 3, lifeImprisonment: true },
        { offence: 'CHILD_TRAFFICKING', lifeImprisonment: true },
      ],
    });
    const both = await importData(
      t,
      'LEGAL_FACTS',
      csv([header, ['AR', 'fixture-code', 'art-2', '2024-06-30', 'Fixture reading', null, '[{"offence":"TRAFFICKING","imprisonmentMaxYears":99,"lifeImprisonment":true}]']]),
    );
    expect(both.problems).toEqual([{ row: 2, column: 'penalties', cell: 'G2', message: expect.stringMatching(/^penalty 1: lifeImprisonment means the maximum is imprisonment for life/) }]);
  });

  it('imports treaty actions, and the scorecard reflects them at once', async () => {
    const pal1 = async () => {
      const body = await t.graphql<{ scorecard: { criteria: { criterion: { id: string }; status: string; score: number | null }[] } }>(
        `{ scorecard(jurisdiction: "XZ") { criteria { criterion { id } status score } } }`,
      );
      return body.data?.scorecard.criteria.find((c) => c.criterion.id === 'PAL-1');
    };
    const created = await t.graphql(`mutation { upsertJurisdiction(input: { code: "XZ", names: { en: "Fixture country" }, source: "test fixture" }) { code } }`, {}, ADMIN);
    expect(created.errors).toBeUndefined();
    expect(await pal1()).toMatchObject({ status: 'NOT_ASSESSED' });
    const header = ['jurisdiction', 'treaty', 'action', 'date', 'date_precision', 'reservations', 'source_url', 'source_citation', 'as_of', 'verified', 'note'];
    const file = csv([header, ['xz', 'palermo', 'ratification', '2005-03-01', 'DAY', null, null, 'Fixture source', '2024-01-01', 'yes', '=HYPERLINK("http://evil")']]);
    expect(await importData(t, 'TREATY_ACTIONS', file)).toMatchObject({ created: 1, problems: [] });
    expect(await pal1()).toMatchObject({ status: 'MET', score: 1 });
    expect(await importData(t, 'TREATY_ACTIONS', file)).toMatchObject({ created: 0, unchanged: 1 });

    const refused = await importData(
      t,
      'TREATY_ACTIONS',
      csv([
        header,
        ['AR', 'KYOTO', 'RATIFICATION', '2005-03-01', 'DAY', null, null, 'x source', '2024-01-01', 'yes', null],
        ['AR', 'PALERMO', 'SIGNATURE', '2005-03-15', 'MONTH', null, null, null, '2004-01-01', null, null],
        // A state is not a party: its country's status applies in it.
        ['US-CA', 'PALERMO', 'RATIFICATION', '2005-12-03', 'DAY', null, null, 'x source', '2024-01-01', 'yes', null],
      ]),
    );
    expect(refused.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'treaty'],
      [3, 'date'],
      [3, 'source_url'],
      [3, 'as_of'],
      [3, 'verified'],
      [4, 'jurisdiction'],
    ]);
    expect(refused.problems.at(-1)!.message).toMatch(/US-CA.*not a party to treaties.*record it under US/);
  });

  it('imports assessments as SUBMITTED by the importing key, never approved; an approved one is not changed', async () => {
    const editor = await createKey(t, 'Ana (editor)', 'EDITOR');
    const reviewer = await createKey(t, 'Carla (reviewer)', 'REVIEWER');
    const header = ['jurisdiction', 'rubric', 'rubric_version', 'criterion', 'result', 'not_applicable', 'rationale', 'confidence', 'provision_keys', 'urls'];
    const rationale = 'Fixture rationale: victims are shielded from punishment.';
    const file = csv([
      header,
      ['AR', null, null, 'PAL-9', '0,5', null, rationale, 'medium', 'fixture-code/art-1', 'https://example.org/a https://example.org/b'],
      ['AR', 'tip-legal-framework', '1', 'PAL-6', null, 'yes', rationale, 'HIGH', null, null],
    ]);
    expect(await importData(t, 'ASSESSMENTS', file, { headers: editor.headers })).toMatchObject({ created: 2, problems: [] });
    const stored = await t.dataSource.query(`SELECT id, criterion_id, status, result, not_applicable, author_name, version FROM assessment WHERE author_id = '${editor.id}' ORDER BY criterion_id`);
    expect(stored.map((a: { criterion_id: string; status: string; author_name: string }) => [a.criterion_id, a.status, a.author_name])).toEqual([
      ['PAL-6', 'SUBMITTED', 'Ana (editor)'],
      ['PAL-9', 'SUBMITTED', 'Ana (editor)'],
    ]);
    expect(await importData(t, 'ASSESSMENTS', file, { headers: editor.headers })).toMatchObject({ created: 0, updated: 0, unchanged: 2 });

    const pal9 = stored.find((a: { criterion_id: string }) => a.criterion_id === 'PAL-9');
    const approved = await t.graphql(
      `mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { status } }`,
      { input: { id: pal9.id, version: pal9.version, decision: 'APPROVE' } },
      reviewer.headers,
    );
    expect(approved.errors).toBeUndefined();
    expect(await importData(t, 'ASSESSMENTS', file, { headers: editor.headers })).toMatchObject({ unchanged: 2 });
    const changed = await importData(t, 'ASSESSMENTS', file.replace('0,5', '1'), { headers: editor.headers });
    expect(changed.problems).toEqual([{ row: 2, column: 'criterion', cell: 'D2', message: expect.stringMatching(/is APPROVED and can no longer be changed/) }]);

    const bad = await importData(t, 'ASSESSMENTS', csv([header, ['AR', null, null, 'PAL-99', '0.3', null, 'too short', 'sure', 'fixture-code/nope', 'not-a-url']]), { headers: editor.headers });
    expect(bad.problems.map((p) => p.column)).toEqual(['rationale', 'confidence', 'urls']);
    const unresolved = await importData(
      t,
      'ASSESSMENTS',
      csv([header, ['AR', null, null, 'PAL-9', '0.3', null, rationale, 'LOW', 'fixture-code/nope', null], ['AR', null, null, 'PAL-99', '1', null, rationale, 'LOW', null, null]]),
      { headers: reviewer.headers },
    );
    expect(unresolved.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'result'],
      [2, 'provision_keys'],
      [3, 'criterion'],
    ]);
  });
});
