import { criteriaOf } from '@lexgap/scoring-engine';
import { ComparisonReport, Translator } from '@lexgap/reports';
import request from 'supertest';
import { loadShippedRubric } from '../../libs/scoring-engine/testing/shipped-rubric';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { expectPdfResponse } from '../support/pdf';

/** A test jurisdiction whose name holds markup (test fixture: not a real place). */
const HOSTILE_CODE = 'GT-ZZ';
const HOSTILE_NAME = '<script>alert(1)</script><img src=x onerror=alert(2)> | *Zeta* [x](javascript:alert(3))';

const es = new Translator('es');
const CRITERIA = criteriaOf(loadShippedRubric()).map((d) => d.criterion.id);
const STATUSES = ['MET', 'PARTIAL', 'UNMET', 'NOT_ASSESSED', 'NOT_APPLICABLE'] as const;

/** The cells of one criterion's row in the comparison's HTML, each as [jurisdiction, status class, inner HTML]. */
function cellsOf(html: string, criterion: string): [string, string, string][] {
  const row = html.match(new RegExp(`<tr class="criterion" id="criterion-${criterion}">(.*?)</tr>`))?.[1] ?? '';
  return [...row.matchAll(/<td class="cell status-(\w+)" data-jurisdiction="([\w-]+)">(.*?)<\/td>/g)].map((m) => [m[2], m[1], m[3]]);
}

describeEachEngine('the comparison page', (engine) => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await startTestApp(engine);
    const body = await t.graphql(
      'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }',
      { input: { code: HOSTILE_CODE, names: { en: HOSTILE_NAME }, source: 'test fixture' } },
      ADMIN,
    );
    expect(body.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('sets Guatemala, Honduras and El Salvador side by side in Spanish: every criterion a row, each cell a status in Spanish with its evidence date', async () => {
    const json = await get('/reports/compare.json?codes=GT,HN,SV&lang=es');
    expect(json.status).toBe(200);
    const report = json.body as ComparisonReport;
    expect(report).toMatchObject({ kind: 'comparison', lang: 'es', rubric: { id: 'tip-legal-framework', version: 1 } });
    expect(report.jurisdictions.map((j) => [j.jurisdiction.code, j.jurisdiction.name])).toEqual([
      ['GT', 'Guatemala'],
      ['HN', 'Honduras'],
      ['SV', 'El Salvador'],
    ]);

    const html = await get('/reports/compare.html?codes=GT,HN,SV&lang=es');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(html.headers['content-disposition']).toBe('inline; filename="compare-GT-HN-SV.es.html"');
    expect(html.headers['x-content-hash']).toBe(report.provenance.contentHash);
    expect(html.text).toContain('<html lang="es">');
    expect(html.text).toContain('<h1>Legislación contra la trata de personas: comparación entre jurisdicciones</h1>');
    expect(html.text).toContain('Guatemala, Honduras y El Salvador');

    // Every criterion of the rubric is a row, once, with one cell per jurisdiction in the order asked.
    expect((html.text.match(/<tr class="criterion" id="criterion-/g) ?? []).length).toBe(CRITERIA.length);
    const spanish = new Set(STATUSES.map((s) => es.t(`status.${s}`)));
    let dated = 0;
    for (const id of CRITERIA) {
      const cells = cellsOf(html.text, id);
      expect({ id, columns: cells.map((c) => c[0]) }).toEqual({ id, columns: ['GT', 'HN', 'SV'] });
      const row = report.categories.flatMap((c) => c.rows).find((r) => r.criterion.id === id)!;
      cells.forEach(([code, status, inner], i) => {
        expect(row.cells[i]).toMatchObject({ code, status });
        const label = inner.match(/^<strong>(.*?)<\/strong>/)![1];
        expect(spanish).toContain(label);
        expect(label).toBe(es.t(`status.${status}`));
        // The evidence's date in Spanish, or that there is none.
        const age = row.cells[i].evidenceAge;
        if (age) {
          dated++;
          expect(inner).toContain(`${es.t('label.evidenceAsOf')} <time datetime="${age.asOf}">${es.date(age.asOf)}</time>`);
          expect(inner.includes(`<span class="stale">${es.t('compare.stale')}</span>`)).toBe(age.stale);
          expect(inner.includes(`<span class="secondary">${es.t('compare.secondary')}</span>`)).toBe(age.secondary);
        } else expect(inner).toContain(es.t('compare.noEvidence'));
      });
    }
    // The seeded treaty records date results for each of the three.
    expect(dated).toBeGreaterThanOrEqual(3);
    for (const j of report.jurisdictions) expect(j.evidenceAge).not.toBeNull();
    expect(html.text).not.toMatch(/>(?:Met|Not met|Partly met|Not assessed)</);

    // The headline figures, and why a band or rank is not given, as the country report says it.
    for (const j of report.jurisdictions) {
      expect(html.text).toContain(es.percent(j.coverage));
      if (j.bandWithheld) expect(html.text).toContain(es.t('summary.bandWithheld', { coverage: es.percent(j.coverage), minimum: es.percent(report.minimumCoverage) }));
      if (j.rank?.reason === 'INSUFFICIENT_COVERAGE') {
        expect(html.text).toContain(es.t('rank.insufficientCoverage', { region: j.rank.region.name, coverage: es.percent(j.coverage), minimum: es.percent(report.minimumCoverage) }));
      }
      expect(html.text).toContain(`href="/reports/${j.jurisdiction.code}.html?lang&#x3D;es"`);
    }
    expect(report.jurisdictions[0].rank).toMatchObject({ region: { code: 'OAS', name: 'Organización de los Estados Americanos' }, members: 35 });
    // The other languages and formats of the same comparison.
    expect(html.text).toContain('href="/reports/compare.html?codes&#x3D;GT,HN,SV&amp;lang&#x3D;pt"');
    expect(html.text).toContain('href="/reports/compare.md?codes&#x3D;GT,HN,SV&amp;lang&#x3D;es"');
    expect(html.text).toContain(`<span class="hash" id="content-hash">${report.provenance.contentHash}</span>`);
  });

  it('serves the same comparison as Markdown, with the same content hash, and 304 to a client holding it', async () => {
    const md = await get('/reports/compare.md?codes=gtm,HN,SV&lang=es');
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.text).toMatch(/^# Legislación contra la trata de personas: comparación entre jurisdicciones\n/);
    expect(md.text).toContain(`| ${es.t('label.criterion')} | Guatemala | Honduras | El Salvador |`);
    for (const id of CRITERIA) expect(md.text).toMatch(new RegExp(`^\\| ${id.replace('-', '\\-')} .*(?: \\|.*){3}$`, 'm'));
    expect(md.text).toMatch(new RegExp(`${es.t('label.evidenceAsOf')} \\d{1,2} de \\w+ de \\d{4}`));
    const json = await get('/reports/compare.json?codes=GT,HN,SV&lang=fr');
    expect(md.headers['x-content-hash']).toBe(json.body.provenance.contentHash);
    const again = await get('/reports/compare.md?codes=gtm,HN,SV&lang=es').set('if-none-match', md.headers.etag as string);
    expect(again.status).toBe(304);
  });

  it('shows a name that holds markup as text, in HTML and in Markdown', async () => {
    const html = await get(`/reports/compare.html?codes=GT,${HOSTILE_CODE}&lang=es`);
    expect(html.status).toBe(200);
    expect(html.text).not.toContain('<script>');
    expect(html.text).not.toContain('<img');
    expect(html.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt; | *Zeta*');
    const md = await get(`/reports/compare.md?codes=GT,${HOSTILE_CODE}&lang=es`);
    expect(md.status).toBe(200);
    expect(md.text).toContain('\\<script\\>alert(1)\\</script\\>\\<img src=x onerror=alert(2)\\> \\| \\*Zeta\\* \\[x\\](javascript:alert(3))');
    expect(md.text).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md.text).not.toContain('<script>');
  });

  it('serves a PDF of it when a browser is installed', async () => {
    const pdf = await get('/reports/compare.pdf?codes=GT,HN&lang=es');
    if (pdf.status === 503) {
      expect(pdf.body.error).toMatchObject({ code: 'UNAVAILABLE', format: 'pdf' });
      return;
    }
    expectPdfResponse(pdf);
  });

  const thirteen = ['GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'MX', 'BZ', 'CO', 'VE', 'EC', 'PE', 'BO'].join(',');
  it.each([
    ['/reports/compare.html?codes=GT', 'codes'],
    ['/reports/compare.html?codes=GT,gtm', 'codes'],
    ['/reports/compare.html', 'codes'],
    ['/reports/compare.html?codes=', 'codes'],
    [`/reports/compare.html?codes=${thirteen}`, 'codes'],
    ['/reports/compare.html?codes=GT,ZZ', 'codes'],
    ['/reports/compare.html?codes=GT,not%20a%20code', 'codes'],
    ['/reports/compare.html?codes=GT,HN&lang=de', 'lang'],
    ['/reports/compare.html?codes=GT,HN&asOf=2999-01-01', 'asOf'],
    ['/reports/compare.html?codes=GT,HN&version=two', 'version'],
    ['/reports/compare.docx?codes=GT,HN', 'format'],
    ['/reports/compare?codes=GT,HN', 'format'],
  ])('answers %s with 400 BAD_USER_INPUT naming %s', async (path, field) => {
    const res = await get(path);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.body.error.message).toEqual(expect.any(String));
  });
});
