import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, Browser } from 'playwright-core';
import { reportCatalogues, Translator } from '@lexgap/reports';
import request from 'supertest';
import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';
import { FIXTURE_COUNTRY, FIXTURE_COUNTRY_ES, IMG_PAYLOAD, recordFixtureLaw, SCRIPT_PAYLOAD } from './report-fixture';

const CHROMIUM = process.env.LEXGAP_CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = join(process.cwd(), 'test-output', 'reports');

/** A gap report opened in real headless Chromium (Debian's chromium, which .ci/run installs). */
describeEachEngine('gap reports in a real browser', (engine) => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp(engine);
    await recordFixtureLaw(t);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    mkdirSync(OUTPUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the Spanish report with Spanish headings and name, the stored markup as text, never run', async () => {
    // Scripts enabled and the Content-Security-Policy bypassed, so only the templates' escaping stands between the payload and the page.
    const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1100, height: 1600 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${base}/reports/${FIXTURE_COUNTRY}.html?lang=es`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");

    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect((await page.locator('h1').innerText()).trim()).toBe(FIXTURE_COUNTRY_ES);
    const es = reportCatalogues().es;
    const headings = (await page.locator('h2').allInnerTexts()).map((h) => h.trim());
    expect(headings).toEqual(expect.arrayContaining(['Resumen', es['section.gaps'], es['section.treaties'], es['section.history'], es['section.provisions'], es['section.provenance']]));

    const law = await page.locator('blockquote.law').first().innerText();
    expect(law).toContain(SCRIPT_PAYLOAD);
    expect(law).toContain(IMG_PAYLOAD);
    expect(await page.locator('blockquote.law script, blockquote.law img').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.title()).toContain(FIXTURE_COUNTRY_ES);
    expect(await page.locator('body').innerText()).toContain('<b onmouseover=alert(2)>bold</b>');
    await page.mouse.move(10, 10);
    expect(dialogs).toEqual([]);

    const screenshot = join(OUTPUT, `${engine}-${FIXTURE_COUNTRY}-es.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    await context.close();
  });

  it('prints the country report as a PDF whose text holds the country name and the score', async () => {
    const json = await request(t.app.getHttpServer()).get(`/reports/${FIXTURE_COUNTRY}.json?lang=es`);
    expect(json.status).toBe(200);
    const score = new Translator('es').score(json.body.score);
    expect(json.body.score).not.toBeNull();

    const res = await request(t.app.getHttpServer())
      .get(`/reports/${FIXTURE_COUNTRY}.pdf?lang=es`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-hash']).toBe(json.body.provenance.contentHash);
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const path = join(OUTPUT, `${engine}-${FIXTURE_COUNTRY}-es.pdf`);
    writeFileSync(path, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain(FIXTURE_COUNTRY_ES);
    expect(text).toContain(score);
    expect(text).toContain(SCRIPT_PAYLOAD);
  });

  it('prints many PDFs at once through its two pages, each complete, in every language', async () => {
    const server = t.app.getHttpServer();
    const binary = (r: request.Response, done: (e: Error | null, b: Buffer) => void) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    };
    const paths = ['AR', 'BR', 'HT', 'CA', 'MX', FIXTURE_COUNTRY].map((code, i) => `/reports/${code}.pdf?lang=${['en', 'es', 'pt', 'fr'][i % 4]}`);
    const answers = await Promise.all(
      [...paths, '/reports/regions/OAS.pdf?lang=es'].map((path) =>
        request(server)
          .get(path)
          .buffer(true)
          .parse(binary as never),
      ),
    );
    for (const res of answers) {
      expect(res.status).toBe(200);
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF');
    }
  });
});
