import type { AddressInfo } from 'node:net';
import { chromium, Browser } from 'playwright-core';
import request from 'supertest';
import { describeEachEngine } from '../support/each-engine';
import { recordFixtureLaw } from '../support/fixture-law';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { expectPdfResponse } from '../support/pdf';

const CHROMIUM = process.env.LEXGAP_CHROMIUM_PATH ?? '/usr/bin/chromium';

type Difference = { criterion: { id: string }; national: { status: string }; unit: { status: string } };
type Unit = { jurisdiction: { code: string; name: string }; below: Difference[]; further: Difference[]; notAssessedHere: string[] };
type UnitsReport = { kind: string; country: { code: string; name: string }; criminalLaw: unknown; units: Unit[]; summary: { units: number; below: number; further: number } };

/**
 * A country's sub-national report over HTTP and in a real browser: a fictional federation XF (a
 * user-assigned ISO code; test fixture, not real law) with national law, XF-N1 with no law of its
 * own and XF-S1 with a stricter state law.
 */
describeEachEngine('the sub-national report of a country', (engine) => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const [code, en] of [
      ['XF', 'Fixture Federation (test)'],
      ['XF-N1', 'Fixture North (test)'],
      ['XF-S1', 'Fixture South (test)'],
    ]) {
      const body = await t.graphql('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', { input: { code, names: { en }, source: 'test fixture' } }, ADMIN);
      expect(body.errors).toBeUndefined();
    }
    const law = { kind: 'CODE' as const, factsAsOf: '2024-01-01', sourceCitation: 'test fixture' };
    await recordFixtureLaw(t, { ...law, jurisdiction: 'XF', key: 'national-code', inForceFrom: '2010-01-01', facts: { means: ['THREAT', 'FORCE'], legalPersonLiability: false } });
    await recordFixtureLaw(t, { ...law, jurisdiction: 'XF-S1', key: 'state-code', inForceFrom: '2015-01-01', facts: { means: ['FRAUD', 'DECEPTION'], legalPersonLiability: true } });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('compares each unit with the national result (JSON)', async () => {
    const res = await get('/reports/units/XF.json?asOf=2024-06-01');
    expect(res.status).toBe(200);
    const report = JSON.parse(res.text) as UnitsReport;
    expect(report.kind).toBe('units');
    expect(report.criminalLaw).toBeNull();
    expect(report.units.map((u) => u.jurisdiction.code).sort()).toEqual(['XF-N1', 'XF-S1']);
    const [north, south] = ['XF-N1', 'XF-S1'].map((code) => report.units.find((u) => u.jurisdiction.code === code)!);
    expect([north.below, north.further, north.notAssessedHere]).toEqual([[], [], []]);
    expect(south.further.map((d) => [d.criterion.id, d.national.status, d.unit.status])).toEqual([
      ['PAL-4', 'PARTIAL', 'PARTIAL'],
      ['PEN-6', 'UNMET', 'MET'],
    ]);
    expect(report.summary).toEqual({ units: 2, below: 0, further: 1 });
  });

  it('writes Markdown in the reader’s language', async () => {
    const res = await get('/reports/units/XF.md?lang=es&asOf=2024-06-01');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain('units-XF.es.md');
    expect(res.text).toContain('Su propia legislación va más allá');
    expect(res.text).toContain('No está registrado cómo se reparte el derecho penal');
  });

  it('lists its units when opened in Chromium', async () => {
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(`${base}/reports/units/XF.html?asOf=2024-06-01`);
    expect(response?.status()).toBe(200);
    expect((await page.locator('h1').innerText()).trim()).toBe('Fixture Federation (test)');
    const rows = (await page.locator('#units tbody th').allInnerTexts()).map((r) => r.trim()).sort();
    expect(rows).toEqual(['Fixture North (test)', 'Fixture South (test)']);
    expect(await page.locator('#unit-XF-S1 h4').allInnerTexts()).toEqual(['Its own law goes further']);
    const pdf = await get('/reports/units/XF.pdf?lang=pt&asOf=2024-06-01').buffer(true);
    expectPdfResponse(pdf);
  });

  it('links the country report to it, and says in a unit’s report that national law counts there', async () => {
    expect((await get('/reports/XF.html?asOf=2024-06-01')).text).toContain('href="/reports/units/XF.html?lang&#x3D;en&amp;asOf&#x3D;2024-06-01"');
    const unit = await get('/reports/XF-N1.md?lang=es&asOf=2024-06-01');
    expect(unit.text).toContain('Como unidad de Fixture Federation (test), su puntuación cuenta la legislación nacional vigente');
    // A country with no units recorded has no link.
    expect((await get('/reports/TT.html')).text).not.toContain('/reports/units/');
  });

  it('lists the shipped US subdivisions in the United States’ report', async () => {
    const report = JSON.parse((await get('/reports/units/US.json?lang=fr')).text) as UnitsReport;
    expect(report.units).toHaveLength(57);
    expect(report.units.find((u) => u.jurisdiction.code === 'US-CA')!.jurisdiction.name).toBe('Californie');
  });

  it.each([
    ['/reports/units/XF-N1.html', 400, 'BAD_USER_INPUT', 'code'],
    ['/reports/units/QQ.html', 404, 'NOT_FOUND', undefined],
    ['/reports/units/XF.docx', 400, 'BAD_USER_INPUT', 'format'],
  ])('answers %s with %i %s', async (path, status, code, field) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatchObject({ code, ...(field ? { field } : {}) });
  });
});
