import { Translator } from '@lexgap/reports';
import request from 'supertest';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { FIXTURE_COUNTRY, FIXTURE_COUNTRY_ES, recordFixtureLaw, SCRIPT_PAYLOAD } from './report-fixture';

const GAP_REPORT = `query($code: String!, $lang: String, $asOf: Date) {
  gapReport(jurisdiction: $code, lang: $lang, asOf: $asOf) {
    jurisdiction { code } lang score coverage band bandWithheld
    rank { regionCode regionName rank reason ranked members }
    categories { id title score coverage }
    gaps { id question status score severity method explanation recommendation expert { rationale } evidence { provisions treatyActions { treaty type date } } }
    notAssessed { id status }
    treaties { treaty name status since }
    history { date score }
    provisions { id citation text }
    provenance { contentHash untranslated sources { citation asOf usedFor } }
    links { html pdf markdown json }
  }
}`;

type GapReport = {
  jurisdiction: { code: string };
  score: number | null;
  rank: { regionCode: string; regionName: string; rank: number | null; ranked: number; members: number } | null;
  gaps: { id: string; severity: number; method: string; explanation: string; expert: { rationale: string } | null; evidence: { provisions: string[] } }[];
  notAssessed: { id: string; status: string }[];
  treaties: { treaty: string; status: string }[];
  provisions: { id: string; text: string }[];
  provenance: { contentHash: string; untranslated: string[]; sources: { usedFor: string }[] };
  links: Record<string, string>;
};

describeEachEngine('gap reports over HTTP and GraphQL', (engine) => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await startTestApp(engine);
    await recordFixtureLaw(t);
  });
  afterAll(() => t.close());

  it('serves a country report in every format and language, all with one content hash', async () => {
    const html = await get(`/reports/${FIXTURE_COUNTRY}.html?lang=es`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(html.text).toContain(`<h1>${FIXTURE_COUNTRY_ES}</h1>`);
    expect(html.text).toContain('&lt;script&gt;document.title&#x3D;&#x27;pwned&#x27;&lt;/script&gt;');
    expect(html.text).not.toContain(SCRIPT_PAYLOAD);
    expect(html.text).toMatch(/<svg[^>]+class="chart category-chart"/);

    const md = await get(`/reports/${FIXTURE_COUNTRY}.md?lang=fr`);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.text).toMatch(/^# Trinité-et-Tobago\n/);
    expect(md.text).toContain("> A person who recruits another for exploitation commits an offence. \\<script\\>document.title='pwned'\\</script\\>");
    expect(md.text).toContain('> \\- a line that looks like a list item');
    expect(md.text).not.toContain('<script>');
    expect(md.text).toContain('\\[not a link\\](javascript:alert(3))');
    expect(md.text).not.toMatch(/(?<!\\)\]\(javascript:/);

    const json = await get(`/reports/${FIXTURE_COUNTRY}.json`);
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ kind: 'country', lang: 'en', jurisdiction: { code: 'TT', name: 'Trinidad and Tobago' }, rubric: { id: 'tip-legal-framework', version: 1 } });
    const hashes = new Set([html, md, json].map((r) => r.headers['x-content-hash']));
    expect(hashes).toEqual(new Set([json.body.provenance.contentHash]));
    expect(html.text).toContain(json.body.provenance.contentHash);
    expect(md.text).toContain(json.body.provenance.contentHash);
  });

  it('reports what the recorded law lacks: PEN-1 from the fine-in-lieu provision, PAL-9 from the approved expert, the rest apart', async () => {
    const body = await t.graphql<{ gapReport: GapReport }>(GAP_REPORT, { code: 'tto', lang: 'es' });
    expect(body.errors).toBeUndefined();
    const report = body.data!.gapReport;
    expect(report.jurisdiction.code).toBe('TT');
    const pen1 = report.gaps.find((g) => g.id === 'PEN-1')!;
    const es = new Translator('es');
    expect(pen1).toMatchObject({ method: 'AUTOMATIC', explanation: es.t('expl.penalty.fineInLieu', { offences: es.t('offence.TRAFFICKING') }) });
    expect(pen1.evidence.provisions).toEqual([report.provisions[0].id]);
    const pal9 = report.gaps.find((g) => g.id === 'PAL-9')!;
    expect(pal9.method).toBe('EXPERT');
    expect(pal9.expert!.rationale).toContain('<b onmouseover=alert(2)>bold</b>');
    expect(report.gaps.map((g) => g.severity)).toEqual([...report.gaps.map((g) => g.severity)].sort((a, b) => b - a));
    expect(report.notAssessed.length).toBeGreaterThan(5);
    expect(report.notAssessed.every((c) => c.status === 'NOT_ASSESSED')).toBe(true);
    expect(report.treaties.map((x) => x.treaty)).toEqual(['PALERMO', 'UNTOC', 'OPSC', 'ILO-C029', 'ILO-P029', 'ILO-C105', 'ILO-C138', 'ILO-C182', 'ILO-C189']);
    // The OAS states' treaty records and this fixture law cover less than the rubric's minimum: no rank, and it says why.
    expect(report.rank).toMatchObject({ regionCode: 'OAS', regionName: 'Organización de los Estados Americanos', rank: null, reason: 'INSUFFICIENT_COVERAGE', ranked: 0, members: 35 });
    expect(report.provenance.untranslated).toEqual([]);
    expect(report.provenance.sources.map((s) => s.usedFor)).toEqual(expect.arrayContaining(['treaties', 'provisions', 'assessments']));
    expect(report.links.pdf).toBe('/reports/TT.pdf?lang=es');

    // The same data as the document: the JSON report of the same request carries the same hash.
    const json = await get('/reports/TT.json?lang=es');
    expect(json.body.provenance.contentHash).toBe(report.provenance.contentHash);
    expect(json.body.score).toBe(report.score);
  });

  it('answers 304 to a client holding the current copy, without rendering again; a change of data or language is a new copy', async () => {
    const first = await get('/reports/AR.html?lang=es');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]{32}-[0-9a-f]{16}"$/);
    const again = await get('/reports/AR.html?lang=es').set('if-none-match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const other = await get('/reports/AR.html?lang=pt').set('if-none-match', etag);
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
    const past = await get('/reports/AR.html?lang=es&asOf=2001-06-30').set('if-none-match', etag);
    expect(past.status).toBe(200);
  });

  it('reproduces the past: as of 2005 the fixture law is not yet in force and no expert result applies', async () => {
    const body = await t.graphql<{ gapReport: GapReport }>(GAP_REPORT, { code: 'TT', asOf: '2005-01-01' });
    expect(body.errors).toBeUndefined();
    const report = body.data!.gapReport;
    expect(report.provisions).toEqual([]);
    expect(report.gaps.find((g) => g.id === 'PEN-1')).toBeUndefined();
    expect(report.notAssessed.find((c) => c.id === 'PEN-1')).toBeDefined();
  });

  it('serves the regional report and the index of every report', async () => {
    const json = await get('/reports/regions/oas.json?lang=pt');
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ kind: 'regional', region: { code: 'OAS', name: 'Organização dos Estados Americanos' } });
    expect(json.body.ranking).toHaveLength(35);
    expect(json.body.ranking.map((r: { jurisdiction: { code: string } }) => r.jurisdiction.code)).toContain('TT');
    expect(json.body.sharedGaps.length).toBeGreaterThan(0);

    const html = await get('/reports/regions/OAS.html?lang=pt');
    expect(html.status).toBe(200);
    expect(html.text).toContain('<table class="heatmap">');
    // Handlebars writes = as &#x3D; in attributes; the browser reads it back as =.
    expect(html.text).toContain('href="/reports/TT.html?lang&#x3D;pt"');
    const md = await get('/reports/regions/419.md');
    expect(md.status).toBe(200);
    expect(md.text).toMatch(/^# Latin America and the Caribbean\n/);

    const index = await get('/reports?lang=fr');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.text).toContain('href="/reports/TT.pdf?lang&#x3D;fr"');
    expect(index.text).toContain('href="/reports/regions/OAS.html?lang&#x3D;fr"');
    expect((index.text.match(/<tr>\s*<th scope="row">/g) ?? []).length).toBeGreaterThanOrEqual(249);
    const oas = await get('/reports?region=OAS');
    expect((oas.text.match(/<tr>\s*<th scope="row">/g) ?? []).length).toBe(35);
  });

  it("ranks a sub-national unit among its country's units", async () => {
    for (const [code, name] of [
      ['US-ZZ', 'Test unit ZZ (fixture)'],
      ['US-ZY', 'Test unit ZY (fixture)'],
    ]) {
      const body = await t.graphql(
        'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }',
        { input: { code, names: { en: name }, source: 'test fixture' } },
        ADMIN,
      );
      expect(body.errors).toBeUndefined();
    }
    // A unit with no law of its own scores as its country (layered law), and ranks among all 57
    // shipped US subdivisions and the two fixtures, below the rubric's minimum coverage as the United States is.
    const body = await t.graphql<{ gapReport: GapReport }>(GAP_REPORT, { code: 'US-ZZ', lang: 'es' });
    const us = await t.graphql<{ gapReport: GapReport }>(GAP_REPORT, { code: 'US', lang: 'es' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.gapReport.score).toBe(us.data!.gapReport.score);
    expect(body.data!.gapReport.rank).toEqual({ regionCode: 'US', regionName: 'Estados Unidos', rank: null, reason: 'INSUFFICIENT_COVERAGE', ranked: 0, members: 59 });
    const html = await get('/reports/US-ZZ.html?lang=es');
    expect(html.status).toBe(200);
    expect(html.text).toContain('Test unit ZZ (fixture)');
  });

  it.each([
    ['/reports/ZZ.html', 404, 'NOT_FOUND', undefined],
    ['/reports/TT.docx', 400, 'BAD_USER_INPUT', 'format'],
    ['/reports/TT', 400, 'BAD_USER_INPUT', 'format'],
    ['/reports/TT.html?lang=de', 400, 'BAD_USER_INPUT', 'lang'],
    ['/reports/TT.html?asOf=2999-01-01', 400, 'BAD_USER_INPUT', 'asOf'],
    ['/reports/TT.html?asOf=30/06/2024', 400, 'BAD_USER_INPUT', 'asOf'],
    ['/reports/TT.html?version=two', 400, 'BAD_USER_INPUT', 'version'],
    ['/reports/TT.html?rubric=no-such-rubric', 404, 'NOT_FOUND', undefined],
    // A NUL byte never reaches the database: the text rule refuses it, naming the parameter.
    ['/reports/TT.html?rubric=bad%00id', 400, 'BAD_USER_INPUT', 'rubric'],
    ['/reports/regions/ATLANTIS.html', 404, 'NOT_FOUND', undefined],
    ['/reports?lang=xx', 400, 'BAD_USER_INPUT', 'lang'],
  ])('answers %s with %i %s naming the field', async (path, status, code, field) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(res.body.error.message).toEqual(expect.any(String));
  });

  it('answers a bad gapReport query with extensions.code and the field', async () => {
    const lang = await t.graphql(GAP_REPORT, { code: 'TT', lang: 'de' });
    expect(lang.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
    const missing = await t.graphql(GAP_REPORT, { code: 'ZZ' });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const code = await t.graphql(GAP_REPORT, { code: 'not a code' });
    expect(code.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jurisdiction' });
  });
});

describeEachEngine('PDF reports without a browser', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { LEXGAP_CHROMIUM_PATH: '/nonexistent/chromium' });
  });
  afterAll(() => t.close());

  it('answers 503 UNAVAILABLE naming the missing browser, and still serves the other formats', async () => {
    const pdf = await request(t.app.getHttpServer()).get('/reports/AR.pdf');
    expect(pdf.status).toBe(503);
    expect(pdf.body.error).toMatchObject({ code: 'UNAVAILABLE', format: 'pdf', browserPath: '/nonexistent/chromium' });
    expect(pdf.body.error.message).toContain('/nonexistent/chromium');
    expect(pdf.body.error.message).toContain('LEXGAP_CHROMIUM_PATH');
    expect((await request(t.app.getHttpServer()).get('/reports/AR.html')).status).toBe(200);
  });
});
