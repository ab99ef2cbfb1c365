/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';
import request from 'supertest';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';

const CHROMIUM = process.env.LEXGAP_CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for this machine's headless Chromium, as the PDF printer launches it (libs/reports/src/render/pdf-printer.ts). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * The width of an A4 page less the printer's 14 mm side margins (210 − 28 = 182 mm), in CSS pixels
 * (96 per inch): the width every printed block has. A page of that width with the print media
 * lays the report out as the printer does, so its boxes can be measured.
 */
const PRINTABLE_PX = (182 / 25.4) * 96;

/** The state given an approved expert result here, and the long unbroken address its reasoning quotes. */
const OVERRIDE_STATE = 'MX';
const LONG_URL = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en&fixture=' + 'x'.repeat(120);

/**
 * Every kind of printable report, by its HTML address; the PDF is the same address ending in
 * `.pdf`. Another kind of report is one more line here.
 */
const REPORTS: { name: string; html: string }[] = [
  { name: 'country report with an approved expert result', html: `/reports/${OVERRIDE_STATE}.html?lang=es` },
  { name: 'country report below minimum coverage', html: '/reports/GT.html?lang=es' },
  { name: 'regional report', html: '/reports/regions/OAS.html?lang=es' },
  { name: 'comparison page', html: '/reports/compare.html?codes=GT,HN,SV&lang=es' },
];

interface Layout {
  pageWidth: number;
  documentWidth: number;
  widest: Record<string, number>;
  /** Boxes reaching past the printable width, or whose content is wider than the box (a clipped cell). */
  overflowing: string[];
  tables: { id: string; width: number; columns: number[] }[];
  /** Each heading's text, with the note that introduces what follows it (its next sibling p.note), if any. */
  headings: { text: string; note: string }[];
  footer: string;
}

/** Measures the rendered boxes in the page (print media, printable width). */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const html = document.documentElement;
    const pageWidth = html.clientWidth;
    const widest: Record<string, number> = {};
    const overflowing: string[] = [];
    const where = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${text(el).slice(0, 50)}"`;
    for (const el of Array.from(document.querySelectorAll('main table, main svg, main th, main td, main h2, main h3, main p, main li, main dd, main blockquote, header h1, footer'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const kind = el.tagName.toLowerCase();
      widest[kind] = Math.max(widest[kind] ?? 0, Math.round(box.right * 10) / 10);
      if (box.left < -0.5 || box.right > pageWidth + 0.5) overflowing.push(`${where(el)} spans ${box.left.toFixed(1)}–${box.right.toFixed(1)}px`);
      if ((kind === 'td' || kind === 'th') && el.scrollWidth > el.clientWidth + 1) overflowing.push(`${where(el)} holds ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    const tables = Array.from(document.querySelectorAll('main table')).map((table) => {
      const row = table.querySelector('thead tr') ?? table.querySelector('tr');
      return {
        id: table.closest('section')?.id ?? '',
        width: Math.round(table.getBoundingClientRect().width * 10) / 10,
        columns: Array.from(row?.children ?? []).map((cell) => Math.round(cell.getBoundingClientRect().width * 10) / 10),
      };
    });
    const headingElements = Array.from(document.querySelectorAll('h1, h2, h3')).filter((h) => h.getBoundingClientRect().height > 0);
    const headings = headingElements.map((h) => ({ text: text(h), note: h.nextElementSibling?.matches('p.note') ? text(h.nextElementSibling) : '' }));
    return { pageWidth, documentWidth: html.scrollWidth, widest, overflowing, tables, headings, footer: text(document.querySelector('body > footer')) };
  });
}

/** Text as pdftotext gives it and as the DOM gives it, compared word by word. */
const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * A printed report read back one page at a time (pdftotext -layout). Each page's last line is the
 * running footer the printer adds (title, as-of date, content hash, page number); the rest is the
 * page's body text. Read this way, a page break is where the body text of one page ends: a heading
 * stranded at a page foot is a page whose body text ends with that heading, or with the heading and
 * the start of the note that introduces its table (Chromium, left alone, broke inside that note);
 * a page that holds only a heading, or only the report's closing line, is one whose whole body text
 * is that. The headings and notes come from the same HTML's DOM, so nothing is matched by guess.
 */
function pdfPages(path: string): { body: string; footer: string }[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: count }, (_, i) => {
    const lines = execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '');
    return { body: normalise(lines.slice(0, -1).join(' ')), footer: normalise(lines.at(-1) ?? '') };
  });
}

const binary = (r: request.Response, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => done(null, Buffer.concat(chunks)));
};

/** Printed reports in real headless Chromium: nothing wider than the page, no heading left alone at a page foot. */
describeEachEngine('gap reports laid out for print', (engine) => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const output = join(tmpdir(), `lexgap-print-layout-${engine}`);
  const measured: Record<string, unknown> = {};

  beforeAll(async () => {
    t = await startTestApp(engine);
    // An approved expert result for a real state, its reasoning quoting a long unbroken address (test fixture).
    const editor = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
    const reviewer = (await createKey(t, 'Carla (reviewer)', 'REVIEWER')).headers;
    const submitted = await t.graphql<{ submitAssessment: { id: string; version: number } }>(
      'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version } }',
      { input: { jurisdiction: OVERRIDE_STATE, criterionId: 'PAL-9', result: 1, rationale: `Test fixture, not an assessment of the law: see ${LONG_URL} for the record.`, confidence: 'LOW' } },
      editor,
    );
    expect(submitted.errors).toBeUndefined();
    const { id, version } = submitted.data!.submitAssessment;
    const approved = await t.graphql('mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { status } }', { input: { id, version, decision: 'APPROVE' } }, reviewer);
    expect(approved.errors).toBeUndefined();

    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    rmSync(output, { recursive: true, force: true });
    mkdirSync(output, { recursive: true });
  });
  afterAll(async () => {
    writeFileSync(join(output, 'layout.json'), JSON.stringify(measured, null, 2));
    await browser?.close();
    await t?.close();
  });

  it('serves the reports the layout is checked on: an approved expert result, and a real state below minimum coverage', async () => {
    const expert = await request(t.app.getHttpServer()).get(`/reports/${OVERRIDE_STATE}.json?lang=es`);
    expect(expert.status).toBe(200);
    expect(expert.body.met).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'PAL-9', method: 'EXPERT' })]));
    const below = await request(t.app.getHttpServer()).get('/reports/GT.json?lang=es');
    expect(below.status).toBe(200);
    expect(below.body.coverage).toBeLessThan(below.body.minimumCoverage);
  });

  describe.each(REPORTS)('$name', ({ name, html }) => {
    let layout: Layout;
    let page: Page;

    beforeAll(async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: Math.round(PRINTABLE_PX), height: 1123 } });
      page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      const response = await page.goto(`${base}${html}`);
      expect(response?.status()).toBe(200);
      layout = await measure(page);
      measured[name] = layout;
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it('fits every table, chart, cell and paragraph within the printable width of an A4 page', () => {
      expect(Math.abs(layout.pageWidth - PRINTABLE_PX)).toBeLessThan(1);
      expect(layout.overflowing).toEqual([]);
      expect(layout.documentWidth).toBeLessThanOrEqual(layout.pageWidth);
      expect(layout.widest.table).toBeLessThanOrEqual(layout.pageWidth + 0.5);
      for (const table of layout.tables) expect({ table: table.id, fits: table.width <= layout.pageWidth + 0.5 }).toEqual({ table: table.id, fits: true });
    });

    it('writes a non-empty PNG screenshot of the printed layout', async () => {
      const path = join(output, `${name.replace(/\W+/g, '-')}.png`);
      await page.screenshot({ path, fullPage: true });
      const png = readFileSync(path);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.readUInt32BE(16)).toBe(Math.round(PRINTABLE_PX));
      expect(statSync(path).size).toBeGreaterThan(10_000);
    });

    it('prints no page holding only a heading, no heading at a page foot and no near-empty last page', async () => {
      const res = await request(t.app.getHttpServer())
        .get(html.replace('.html', '.pdf'))
        .buffer(true)
        .parse(binary as never);
      expect(res.status).toBe(200);
      const pdfPath = join(output, `${name.replace(/\W+/g, '-')}.pdf`);
      writeFileSync(pdfPath, res.body as Buffer);
      const pages = pdfPages(pdfPath);
      expect(pages.length).toBeGreaterThan(1);
      const hash = String(res.headers['x-content-hash']).slice(0, 16);
      const headings = layout.headings.map((h) => ({ text: normalise(h.text), note: normalise(h.note) }));
      /** A heading at the foot of a page: the page's text ends with it, or with it and some of its introducing note. */
      const strandedAtFoot = (body: string) =>
        headings.find(({ text, note }) => {
          const at = body.lastIndexOf(text);
          if (at < 0) return false;
          const rest = body.slice(at + text.length).trim();
          return rest === '' || (note !== '' && note.startsWith(rest));
        });
      const footer = normalise(layout.footer);
      const problems = pages.flatMap(({ body, footer: running }, i) => {
        const at = `page ${i + 1}/${pages.length}`;
        const found: string[] = [];
        if (!running.includes(hash)) found.push(`${at}: no running footer with the content hash (last line "${running}")`);
        if (body === '') found.push(`${at}: blank`);
        if (headings.some((h) => h.text === body)) found.push(`${at}: holds only the heading "${body}"`);
        if (i < pages.length - 1) {
          const stranded = strandedAtFoot(body);
          if (stranded) found.push(`${at}: ends with the heading "${stranded.text}"`);
        } else if (normalise(body.replace(footer, '')) === '') found.push(`${at}: holds only the closing line "${footer}"`);
        return found;
      });
      expect(problems).toEqual([]);
      measured[`${name} (pages)`] = pages.length;
    });
  });

  it('keeps the treaty names readable and prints links by their host, the whole address kept in the link', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: Math.round(PRINTABLE_PX), height: 1123 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${base}/reports/GT.html?lang=es`);
    const treaties = await page.evaluate(() => {
      const table = document.querySelector('#treaties table')!;
      const link = table.querySelector('tbody th a.source')!;
      return {
        columns: Array.from(table.querySelectorAll('thead th')).map((th) => th.getBoundingClientRect().width),
        href: link.getAttribute('href'),
        host: link.getAttribute('data-host'),
      };
    });
    await context.close();
    measured['treaty table columns (px)'] = treaties.columns.map((w) => Math.round(w * 10) / 10);
    // The name column holds a treaty's name a few words to the line (it was one word wide, beside the whole URL).
    expect(treaties.columns[0]).toBeGreaterThan(PRINTABLE_PX * 0.3);
    expect(treaties.href).toMatch(/^https:\/\/treaties\.un\.org\/Pages\/ViewDetails\.aspx\?src=TREATY&mtdsg_no=/);
    expect(treaties.host).toBe('treaties.un.org');

    const pdf = await request(t.app.getHttpServer())
      .get('/reports/GT.pdf?lang=es')
      .buffer(true)
      .parse(binary as never);
    const pdfPath = join(output, 'GT-es.pdf');
    writeFileSync(pdfPath, pdf.body as Buffer);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Protocolo de Palermo (treaties.un.org)');
    expect(text).not.toContain('https://treaties.un.org');
  });

  it('scales the regional heat map to the page: every category column is shown whole', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: Math.round(PRINTABLE_PX), height: 1123 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${base}/reports/regions/OAS.html?lang=es`);
    const heat = await page.evaluate(() => {
      const table = document.querySelector('table.heatmap')!;
      const headers = Array.from(table.querySelectorAll('thead th'));
      return {
        right: table.getBoundingClientRect().right,
        headers: headers.map((th) => ({ right: th.getBoundingClientRect().right, width: th.getBoundingClientRect().width, fits: th.scrollWidth <= th.clientWidth + 1 })),
      };
    });
    await context.close();
    measured['heat map columns (px)'] = heat.headers.map((h) => Math.round(h.width * 10) / 10);
    expect(heat.headers.length).toBeGreaterThan(2);
    expect(heat.right).toBeLessThanOrEqual(PRINTABLE_PX + 0.5);
    expect(heat.headers.at(-1)!.right).toBeLessThanOrEqual(PRINTABLE_PX + 0.5);
    expect(heat.headers.every((h) => h.fits)).toBe(true);
  });
});
