import { PdfPrinter, ReportService } from '@lexgap/reports';
import request from 'supertest';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const PUBLISH = `mutation($input: PublishReportInput!) {
  publishReport(input: $input) {
    created pdfUnavailable
    edition { id contentHash lang kind jurisdiction region title rubricId rubricVersion asOf publishedAt pdfUnavailable urls { html markdown pdf json } files { format url contentType byteLength sha256 } }
  }
}`;
const EDITIONS = `query($jurisdiction: String, $region: String, $first: Int, $after: String) {
  reportEditions(jurisdiction: $jurisdiction, region: $region, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id contentHash lang jurisdiction region } }
  }
}`;

interface Edition {
  id: string;
  contentHash: string;
  lang: string;
  kind: string;
  jurisdiction: string | null;
  region: string | null;
  title: string;
  asOf: string;
  pdfUnavailable: string | null;
  urls: { html: string; markdown: string; pdf: string | null; json: string };
  files: { format: string; url: string; contentType: string; byteLength: number; sha256: string }[];
}
type Published = { publishReport: { created: boolean; pdfUnavailable: string | null; edition: Edition } };

/** A fixed date, so that the report does not depend on the day the test runs. */
const AS_OF = '2025-06-30';
/** Attribute values as a browser reads them (Handlebars escapes `=` and `&`). */
const unescaped = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
const EDITION_TABLES = ['report_edition', 'report_edition_file', 'audit_event'];

describeEachEngine('citable report editions', (engine) => {
  let t: TestApp;
  let editor: { id: string; headers: Record<string, string> };
  let viewer: { id: string; headers: Record<string, string> };
  let pdfAvailable: boolean;
  let first: Edition;
  /** Every format of the first edition as first fetched. */
  const firstBytes = new Map<string, Buffer>();

  const get = (path: string) =>
    request(t.app.getHttpServer())
      .get(path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const publish = async (input: Record<string, unknown>, headers = editor.headers) => {
    const body = await t.graphql<Published>(PUBLISH, { input }, headers);
    expect(body.errors).toBeUndefined();
    return body.data!.publishReport;
  };
  const liveHash = async (lang: string) => (await get(`/reports/GT.json?lang=${lang}&asOf=${AS_OF}`)).headers['x-content-hash'] as string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await createKey(t, 'Ana (editor)', 'EDITOR');
    viewer = await createKey(t, 'Vera (viewer)', 'VIEWER');
    pdfAvailable = t.app.get(ReportService).printer.available();
  });
  afterAll(() => t.close());

  it('publishes a country report in every format, each served by its hash with immutable caching', async () => {
    const result = await publish({ jurisdiction: 'gtm', lang: 'es', asOf: AS_OF });
    first = result.edition;
    expect(result.created).toBe(true);
    expect(first).toMatchObject({ lang: 'es', kind: 'COUNTRY', jurisdiction: 'GT', region: null, title: 'Guatemala', asOf: AS_OF, rubricId: 'tip-legal-framework' });
    expect(first.contentHash).toBe(await liveHash('es'));
    expect(first.urls.html).toBe(`/reports/editions/${first.contentHash}.es.html`);
    expect(first.files.map((f) => f.format)).toEqual(pdfAvailable ? ['html', 'md', 'pdf', 'json'] : ['html', 'md', 'json']);
    expect(result.pdfUnavailable).toBe(pdfAvailable ? null : expect.stringContaining('Chromium'));

    for (const file of first.files) {
      const res = await get(file.url);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-type']).toBe(file.contentType);
      expect(res.headers['x-content-hash']).toBe(first.contentHash);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers.etag).toBe(`"${file.sha256}"`);
      expect((res.body as Buffer).length).toBe(file.byteLength);
      firstBytes.set(file.format, res.body as Buffer);
    }
    const html = firstBytes.get('html')!.toString('utf8');
    expect(html).toContain('<h1>Guatemala</h1>');
    expect(html).toContain(first.contentHash);
    // Its own formats link to the edition; the other languages to the live report of the same date.
    expect(html).toContain(`href="/reports/editions/${first.contentHash}.es.md"`);
    expect(unescaped(html)).toContain(`href="/reports/GT.html?lang=en&rubric=tip-legal-framework&version=1&asOf=${AS_OF}"`);
    expect(JSON.parse(firstBytes.get('json')!.toString('utf8'))).toMatchObject({ kind: 'country', lang: 'es', asOf: AS_OF, provenance: { contentHash: first.contentHash } });
    expect(firstBytes.get('md')!.toString('utf8')).toMatch(/^# Guatemala\n/);
    if (pdfAvailable) expect(firstBytes.get('pdf')!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('serves /reports/editions/{hash}.html itself (not the live reports route), with the live reports’ document headers', async () => {
    const res = await get(`/reports/editions/${first.contentHash}.html`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(res.headers['content-disposition']).toBe(`inline; filename="GT.es.${first.contentHash.slice(0, 12)}.html"`);
    expect((res.body as Buffer).equals(firstBytes.get('html')!)).toBe(true);
    const held = await get(`/reports/editions/${first.contentHash}.es.html`).set('if-none-match', res.headers.etag as string);
    expect(held.status).toBe(304);

    const index = await request(t.app.getHttpServer()).get('/reports/editions?jurisdiction=GT');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/^application\/json/);
    expect(index.body).toMatchObject({ totalCount: 1, editions: [{ id: first.id, contentHash: first.contentHash, urls: first.urls }] });
  });

  it('answers an unknown or malformed hash with 404 and a bad format with 400, as JSON errors', async () => {
    const unknown = await request(t.app.getHttpServer()).get(`/reports/editions/${'0'.repeat(64)}.html`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'NOT_FOUND', entity: 'ReportEdition' });
    expect((await request(t.app.getHttpServer()).get('/reports/editions/not-a-hash.html')).status).toBe(404);
    expect((await request(t.app.getHttpServer()).get(`/reports/editions/${first.contentHash.toUpperCase().slice(0, 10)}.html`)).status).toBe(404);
    const format = await request(t.app.getHttpServer()).get(`/reports/editions/${first.contentHash}.docx`);
    expect(format.status).toBe(400);
    expect(format.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
    const otherLang = await request(t.app.getHttpServer()).get(`/reports/editions/${first.contentHash}.fr.html`);
    expect(otherLang.status).toBe(404);
  });

  it('returns the existing edition when the same report is published again in the same language', async () => {
    const before = await snapshotTables(t.dataSource, EDITION_TABLES);
    const again = await publish({ jurisdiction: 'GT', lang: 'es', asOf: AS_OF });
    expect(again.created).toBe(false);
    expect(again.edition).toMatchObject({ id: first.id, contentHash: first.contentHash, files: first.files });
    expect(await snapshotTables(t.dataSource, EDITION_TABLES)).toEqual(before);
  });

  it('refuses a VIEWER key (FORBIDDEN) and a call without a key, writing nothing', async () => {
    const before = await snapshotTables(t.dataSource, EDITION_TABLES);
    const refused = await t.graphql(PUBLISH, { input: { jurisdiction: 'HN', lang: 'en', asOf: AS_OF } }, viewer.headers);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.graphql(PUBLISH, { input: { jurisdiction: 'HN', lang: 'en', asOf: AS_OF } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const neither = await t.graphql(PUBLISH, { input: { lang: 'en' } }, editor.headers);
    expect(neither.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.jurisdiction' });
    expect(await snapshotTables(t.dataSource, EDITION_TABLES)).toEqual(before);
  });

  it('keeps an edition byte for byte when the data under it changes; publishing again makes a second edition, both listed', async () => {
    const recorded = await t.graphql(
      'mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }',
      {
        input: {
          jurisdiction: 'GT',
          treaty: 'ILO-P029',
          type: 'RATIFICATION',
          date: '2020-01-01',
          datePrecision: 'YEAR',
          asOf: '2024-01-01',
          verified: false,
          sourceCitation: 'Test fixture, not a real ratification',
        },
      },
      editor.headers,
    );
    expect(recorded.errors).toBeUndefined();
    const changed = await liveHash('es');
    expect(changed).not.toBe(first.contentHash);
    const live = await get(`/reports/GT.html?lang=es&asOf=${AS_OF}`);
    expect((live.body as Buffer).equals(firstBytes.get('html')!)).toBe(false);

    for (const file of first.files) {
      const res = await get(file.url);
      expect(res.status).toBe(200);
      expect(res.headers['x-content-hash']).toBe(first.contentHash);
      expect((res.body as Buffer).equals(firstBytes.get(file.format)!)).toBe(true);
    }

    const second = await publish({ jurisdiction: 'GT', lang: 'es', asOf: AS_OF });
    expect(second.created).toBe(true);
    expect(second.edition.contentHash).toBe(changed);
    expect(second.edition.id).not.toBe(first.id);

    const listed = await t.graphql<{ reportEditions: { totalCount: number; edges: { node: { id: string; contentHash: string } }[] } }>(EDITIONS, { jurisdiction: 'GTM' });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.reportEditions.totalCount).toBe(2);
    expect(listed.data!.reportEditions.edges.map((e) => e.node.contentHash)).toEqual([changed, first.contentHash]);

    // One at a time, by cursor.
    const page1 = await t.graphql<{ reportEditions: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(EDITIONS, { jurisdiction: 'GT', first: 1 });
    expect(page1.data!.reportEditions.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.graphql<{ reportEditions: { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] } }>(EDITIONS, {
      jurisdiction: 'GT',
      first: 1,
      after: page1.data!.reportEditions.pageInfo.endCursor,
    });
    expect([...page1.data!.reportEditions.edges, ...page2.data!.reportEditions.edges].map((e) => e.node.id)).toEqual([second.edition.id, first.id]);
    expect(page2.data!.reportEditions.pageInfo.hasNextPage).toBe(false);

    const http = await request(t.app.getHttpServer()).get('/reports/editions?jurisdiction=GT');
    expect(http.body.editions.map((e: Edition) => e.id)).toEqual([second.edition.id, first.id]);
    expect((await t.graphql<{ reportEditions: { totalCount: number } }>(EDITIONS, { jurisdiction: 'HN' })).data!.reportEditions.totalCount).toBe(0);
  });

  it('records each publication in the audit trail, with who published it', async () => {
    const trail = await t.graphql<{ auditLog: { operation: string; actorId: string; actorName: string; after: { contentHash: string; lang: string; files: { format: string }[] } }[] }>(
      'query($id: ID!) { auditLog(entity: "ReportEdition", id: $id) { operation actorId actorName after } }',
      { id: first.id },
      viewer.headers,
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditLog).toHaveLength(1);
    expect(trail.data!.auditLog[0]).toMatchObject({ operation: 'publishReport', actorId: editor.id, actorName: 'Ana (editor)', after: { contentHash: first.contentHash, lang: 'es' } });
    expect(trail.data!.auditLog[0].after.files.map((f) => f.format)).toEqual(first.files.map((f) => f.format));
  });

  it('publishes without a PDF where there is no browser, and says so', async () => {
    const reports = t.app.get(ReportService);
    const printer = reports.printer;
    Object.defineProperty(reports, 'printer', { value: new PdfPrinter('/nonexistent/chromium'), configurable: true });
    let result: Published['publishReport'];
    try {
      result = await publish({ jurisdiction: 'GT', lang: 'pt', asOf: AS_OF });
    } finally {
      Object.defineProperty(reports, 'printer', { value: printer, configurable: true });
    }
    expect(result.created).toBe(true);
    expect(result.pdfUnavailable).toContain('/nonexistent/chromium');
    expect(result.edition.pdfUnavailable).toBe(result.pdfUnavailable);
    expect(result.edition.urls.pdf).toBeNull();
    expect(result.edition.files.map((f) => f.format)).toEqual(['html', 'md', 'json']);
    const pdf = await request(t.app.getHttpServer()).get(`/reports/editions/${result.edition.contentHash}.pt.pdf`);
    expect(pdf.status).toBe(404);
    expect(pdf.body.error.pdfUnavailable).toContain('/nonexistent/chromium');
    // The HTML's PDF link goes to the live report of the same date instead.
    const html = (await get(result.edition.urls.html)).body.toString('utf8');
    expect(unescaped(html)).toContain(`href="/reports/GT.pdf?lang=pt&rubric=tip-legal-framework&version=1&asOf=${AS_OF}"`);
    // The same hash in Portuguese and Spanish: two editions; the hash alone serves the first published.
    const byHash = await get(`/reports/editions/${result.edition.contentHash}.json`);
    expect(JSON.parse((byHash.body as Buffer).toString('utf8')).lang).toBe('es');
  });

  it('publishes a regional report, listed under its region', async () => {
    const result = await publish({ region: 'oas', lang: 'en', asOf: AS_OF }, ADMIN);
    expect(result.created).toBe(true);
    expect(result.edition).toMatchObject({ kind: 'REGIONAL', region: 'OAS', jurisdiction: null, title: 'Organization of American States' });
    const md = await get(result.edition.urls.markdown);
    expect(md.status).toBe(200);
    expect((md.body as Buffer).toString('utf8')).toMatch(/^# Organization of American States\n/);
    const listed = await t.graphql<{ reportEditions: { edges: { node: { id: string } }[] } }>(EDITIONS, { region: 'OAS' });
    expect(listed.data!.reportEditions.edges.map((e) => e.node.id)).toEqual([result.edition.id]);
  });
});
