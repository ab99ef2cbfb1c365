import { readFileSync } from 'node:fs';
import { ImportKind, templateXlsx } from '@lexgap/exchange';
import request from 'supertest';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { csv, download, importData, IMPORT_DATA, INSTRUMENTS_CSV, readWorkbook } from './exchange-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PROVISIONS = csv([
  ['jurisdiction', 'instrument_key', 'key', 'citation', 'text', 'in_force_from'],
  ['AR', 'fixture-code', 'art-h1', 'Art. H1', 'Fixture text.', '2013-01-01'],
  ['AR', 'fixture-code', 'art-h2', 'Art. H2', 'Fixture text.', '2013-01-01'],
]);
const AS_OF = '2024-06-30';
const INJECTION = '=HYPERLINK("http://evil.example","click") is how a fixture rationale would attack a spreadsheet.';

describeEachEngine('spreadsheet import and export over HTTP', (engine) => {
  let t: TestApp;
  let editor: Record<string, string>;
  let reviewer: Record<string, string>;
  let viewer: Record<string, string>;
  const post = (path: string, body: string | Buffer, type: string, headers: Record<string, string> = ADMIN) =>
    request(t.app.getHttpServer())
      .post(path)
      .set({ 'content-type': type, ...headers })
      .send(body);

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
    reviewer = (await createKey(t, 'Carla (reviewer)', 'REVIEWER')).headers;
    viewer = (await createKey(t, 'Dora (viewer)', 'VIEWER')).headers;
    expect(await importData(t, 'INSTRUMENTS', INSTRUMENTS_CSV)).toMatchObject({ created: 1, problems: [] });
  });
  afterAll(() => t.close());

  it('takes a raw CSV upload: 200 with the report, a dry run writing nothing, 422 with the report on a bad row', async () => {
    const before = await snapshotTables(t.dataSource);
    const dry = await post('/imports/provisions?dryRun=true', PROVISIONS, 'text/csv; charset=utf-8', editor);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ kind: 'provisions', dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0, problems: [] });
    expect(await snapshotTables(t.dataSource)).toEqual(before);

    const bad = await post('/imports/provisions', PROVISIONS.replace('2013-01-01\nAR', '2013-02-30\nAR'), 'text/csv', editor);
    expect(bad.status).toBe(422);
    expect(bad.body.problems).toEqual([{ row: 2, column: 'in_force_from', cell: 'F2', message: expect.stringContaining('2013-02-30') }]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);

    const done = await post('/imports/provisions', PROVISIONS, 'text/csv', editor);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ created: 2, problems: [] });
  });

  it('takes an XLSX upload by its media type', async () => {
    const workbook = await readWorkbook(await templateXlsx(ImportKind.PROVISIONS));
    const sheet = workbook.getWorksheet('provisions')!;
    sheet.addRow(['AR', 'fixture-code', 'art-h3', 'Art. H3', null, 'Fixture text.', '2013-01-01']);
    const res = await post('/imports/provisions', Buffer.from(await workbook.xlsx.writeBuffer()), XLSX, editor);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 1, created: 1 });
  });

  it('refuses anonymous callers (401), viewers (403), and reviewers importing the corpus (403), writing nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const anonymous = await post('/imports/provisions', PROVISIONS, 'text/csv', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
    const asViewer = await post('/imports/provisions', PROVISIONS, 'text/csv', viewer);
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.error.code).toBe('FORBIDDEN');
    const asReviewer = await post('/imports/provisions', PROVISIONS, 'text/csv', reviewer);
    expect(asReviewer.status).toBe(403);
    expect(asReviewer.body.error.message).toMatch(/EDIT_LEGISLATION/);

    const mutation = (headers: Record<string, string>) => t.graphql(IMPORT_DATA, { input: { kind: 'PROVISIONS', format: 'CSV', content: PROVISIONS } }, headers);
    expect((await mutation({})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await mutation(viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await mutation(reviewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('takes files far above the API body limit on the upload route, up to 20 MB', async () => {
    const long = 'Fixture text. '.repeat(1500);
    const rows = Array.from({ length: 120 }, (_, i) => ['AR', 'fixture-code', `art-big-${i}`, `Art. B${i}`, long, '2013-01-01']);
    const big = csv([['jurisdiction', 'instrument_key', 'key', 'citation', 'text', 'in_force_from'], ...rows]);
    expect(Buffer.byteLength(big)).toBeGreaterThan(2 * t.config.bodyLimitBytes);
    const res = await post('/imports/provisions?dryRun=1', big, 'text/csv', editor);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 120, created: 120 });
    const tooBig = await post('/imports/provisions', Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), 'text/csv', editor);
    expect(tooBig.status).toBe(413);
  });

  it('answers 404 for an unknown kind, 415 for a body that is not a file, 400 for a bad flag', async () => {
    expect((await post('/imports/statutes', PROVISIONS, 'text/csv')).status).toBe(404);
    const json = await post('/imports/provisions', JSON.stringify({ a: 1 }), 'application/json');
    expect(json.status).toBe(415);
    expect((await post('/imports/provisions?dryRun=perhaps', PROVISIONS, 'text/csv')).status).toBe(400);
  });

  it('serves the templates, to anyone', async () => {
    const res = await download(t, '/imports/templates/legal-facts.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.toString('utf8')).toBe(readFileSync('import-templates/legal-facts.csv', 'utf8'));
    const xlsx = await download(t, '/imports/templates/treaty-actions.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = await readWorkbook(xlsx.body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['treaty-actions', 'columns']);
    expect(workbook.getWorksheet('treaty-actions')!.getRow(1).values).toEqual([
      undefined,
      'jurisdiction',
      'treaty',
      'action',
      'date',
      'date_precision',
      'reservations',
      'source_url',
      'source_citation',
      'as_of',
      'verified',
      'note',
    ]);
    expect((await download(t, '/imports/templates/statutes.csv')).status).toBe(404);
  });

  it('exports scorecards as XLSX: About with rubric version, hash and as-of date, a summary, one sheet per category', async () => {
    const res = await download(t, `/exports/scorecards.xlsx?region=OAS&asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="scorecards-tip-legal-framework-v1-OAS-${AS_OF}.xlsx"`);
    const workbook = await readWorkbook(res.body);
    const [rubric] = await t.dataSource.query(`SELECT version, content_hash FROM rubric_version WHERE rubric_id = 'tip-legal-framework' ORDER BY version DESC`);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe('About');
    expect(names[1]).toBe('Summary');
    expect(names.slice(2, 6).map((n) => n.split(' ')[0])).toEqual(['PAL', 'ILO', 'PEN', 'CST']);
    const about = new Map<string, unknown>();
    workbook.getWorksheet('About')!.eachRow((row) => about.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(about.get('rubric_id')).toBe('tip-legal-framework');
    expect(about.get('rubric_version')).toBe(rubric.version);
    expect(about.get('rubric_hash')).toBe(rubric.content_hash);
    expect(about.get('as_of')).toBe(AS_OF);
    const summary = workbook.getWorksheet('Summary')!;
    expect(summary.getRow(1).values).toEqual([undefined, 'jurisdiction', 'name', 'score', 'band', 'coverage', 'PAL score', 'ILO score', 'PEN score', 'CST score']);
    expect(summary.actualRowCount).toBe(36); // 35 OAS states and the header
    const pal = workbook.worksheets[2];
    expect((pal.getRow(1).values as unknown[]).slice(1, 7)).toEqual(['jurisdiction', 'name', 'PAL score', 'PAL coverage', 'PAL-1 status', 'PAL-1 score']);
    const ar = summary.getColumn(1).values.indexOf('AR');
    expect(pal.getRow(ar).getCell(1).value).toBe('AR');
    expect(['MET', 'PARTIAL', 'UNMET', 'NOT_ASSESSED', 'NOT_APPLICABLE']).toContain(pal.getRow(ar).getCell(5).value);
  });

  it('exports scorecards as long CSV with the rubric and as-of date on every row, and rankings', async () => {
    const res = await download(t, `/exports/scorecards.csv?region=OAS&asOf=${AS_OF}&lang=es`);
    expect(res.status).toBe(200);
    const text: string = res.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines: string[] = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('rubric_id,rubric_version,rubric_hash,as_of,jurisdiction,name,score,band,coverage,category,category_score,category_coverage,criterion,status,criterion_score,method');
    expect(lines.length - 1).toBe(35 * 31);
    expect(lines.slice(1).every((l) => l.startsWith('tip-legal-framework,1,') && l.includes(`,${AS_OF},`))).toBe(true);
    expect(lines.some((l) => l.includes(',BR,Brasil,'))).toBe(true);

    const rankings = await download(t, `/exports/rankings.csv?region=OAS&asOf=${AS_OF}`);
    expect(rankings.status).toBe(200);
    const rows = rankings.body.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('rubric_id,rubric_version,as_of,region,rank,unranked_reason,jurisdiction,name,score,score_lower,score_upper,band,coverage,pal_score,ilo_score,pen_score,cst_score');
    expect(rows).toHaveLength(36);
    const rankingsXlsx = await readWorkbook((await download(t, `/exports/rankings.xlsx?region=OAS&asOf=${AS_OF}`)).body);
    expect(rankingsXlsx.worksheets.map((w) => w.name)).toEqual(['About', 'Rankings']);

    expect((await download(t, '/exports/scorecards.pdf')).status).toBe(400);
    expect((await download(t, '/exports/scorecards.csv?asOf=2999-01-01')).status).toBe(400);
    expect((await download(t, '/exports/rankings.csv?region=NOWHERE')).status).toBe(400);
  });

  it('exports assessments to READ_DRAFTS callers only, with text escaped against formula injection', async () => {
    const file = csv([
      ['jurisdiction', 'criterion', 'result', 'rationale', 'confidence', 'provision_keys'],
      ['AR', 'PAL-9', '0.5', INJECTION, 'LOW', 'fixture-code/art-h1'],
      ['AR', 'PEN-1', '1', '+1 is also a formula; fixture rationale of twenty characters', 'HIGH', null],
    ]);
    expect(await importData(t, 'ASSESSMENTS', file, { headers: editor })).toMatchObject({ created: 2, problems: [] });

    expect((await download(t, '/exports/assessments.csv')).status).toBe(401);
    const res = await download(t, '/exports/assessments.csv?jurisdiction=AR', viewer);
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") is how`);
    expect(text).toContain(`'+1 is also a formula`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(text).toContain('fixture-code/art-h1@2013-01-01');

    const xlsx = await readWorkbook((await download(t, '/exports/assessments.xlsx?jurisdiction=AR', viewer)).body);
    expect(xlsx.worksheets.map((w) => w.name.split(' ')[0])).toEqual(['About', 'PAL', 'ILO', 'PEN', 'CST']);
    const pal = xlsx.worksheets[1];
    const header = pal.getRow(1).values as unknown[];
    const rationale = pal.getRow(2).getCell(header.indexOf('rationale')).value;
    expect(rationale).toBe(`'${INJECTION}`);
    const formulas: unknown[] = [];
    xlsx.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.address))));
    expect(formulas).toEqual([]);
  });
});
