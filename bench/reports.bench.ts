import { JurisdictionEntity } from '@lexgap/jurisdictions';
import { fileReportLinks, mapConcurrently, PRINT_CONCURRENCY, ReportService } from '@lexgap/reports';
import { ScorecardService } from '@lexgap/scoring';
import { DataSource } from 'typeorm';
import { TestEngine } from '../test/support/test-engines';
import { median, openBenchDatabase, timed } from './bench-database';
import { insertSyntheticEvidence } from './synthetic-evidence';

const RUNS = 3;
const ONE = 'GT';

export interface ReportsBenchResult {
  engine: TestEngine;
  /** Building the data model of one report (stored scorecards, cited records, treaty table, history, rank). */
  oneDataMs: number;
  oneHtmlMs: number;
  onePdfMs: number;
  /** The first PDF of a process: Chromium starts. */
  firstPdfMs: number;
  oasDataMs: number;
  oasHtmlMs: number;
  oasPdfMs: number;
  regionalHtmlMs: number;
  regionalPdfMs: number;
  pdfBytes: number;
  /** Heap growth after a full GC (run with --expose-gc) across the rounds: a leak shows here. */
  heapGrowthMb: number;
}

/**
 * Gap reports in Spanish on a seeded database with SYNTHETIC legislation for every country: one
 * country, and all 35 OAS states (data built in one batch; PDFs printed two pages at a time).
 */
export async function benchReports(engine: TestEngine): Promise<ReportsBenchResult | null> {
  const bench = await openBenchDatabase(engine);
  try {
    const dataSource = bench.app.get(DataSource);
    const reports = bench.app.get(ReportService);
    if (!reports.printer.available()) return null;
    await insertSyntheticEvidence(
      dataSource,
      (await dataSource.getRepository(JurisdictionEntity).find()).map((j) => j.code),
    );
    const links = fileReportLinks();
    const options = await reports.data.resolve({ lang: 'es' });
    const oas = await bench.app.get(ScorecardService).members('OAS');
    const one = oas.filter((j) => j.code === ONE);
    await reports.data.countryReports(oas, options); // stores the scorecards, as a running server has

    const firstPdfMs = (await timed(async () => reports.renderCountry((await reports.data.countryReports(one, options))[0], 'pdf', links))).ms;
    const heapBefore = heapAfterGc();
    const samples = {
      oneData: [] as number[],
      oneHtml: [] as number[],
      onePdf: [] as number[],
      oasData: [] as number[],
      oasHtml: [] as number[],
      oasPdf: [] as number[],
      regionalHtml: [] as number[],
      regionalPdf: [] as number[],
    };
    let pdfBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const single = await timed(() => reports.data.countryReports(one, options));
      samples.oneData.push(single.ms);
      samples.oneHtml.push((await timed(() => reports.renderCountry(single.value[0], 'html', links))).ms);
      const pdf = await timed(() => reports.renderCountry(single.value[0], 'pdf', links));
      samples.onePdf.push(pdf.ms);
      pdfBytes = pdf.value.body.length;

      const all = await timed(() => reports.data.countryReports(oas, options));
      samples.oasData.push(all.ms);
      samples.oasHtml.push(
        (
          await timed(async () => {
            for (const r of all.value) await reports.renderCountry(r, 'html', links);
          })
        ).ms,
      );
      samples.oasPdf.push((await timed(() => mapConcurrently(all.value, PRINT_CONCURRENCY, (r) => reports.renderCountry(r, 'pdf', links)))).ms);

      const regional = await reports.data.regionalReport('OAS', { lang: 'es' });
      samples.regionalHtml.push((await timed(() => reports.renderRegional(regional, 'html', links))).ms);
      samples.regionalPdf.push((await timed(() => reports.renderRegional(regional, 'pdf', links))).ms);
    }
    const heapGrowthMb = heapAfterGc() - heapBefore;
    return {
      engine,
      oneDataMs: median(samples.oneData),
      oneHtmlMs: median(samples.oneHtml),
      onePdfMs: median(samples.onePdf),
      firstPdfMs,
      oasDataMs: median(samples.oasData),
      oasHtmlMs: median(samples.oasHtml),
      oasPdfMs: median(samples.oasPdf),
      regionalHtmlMs: median(samples.regionalHtml),
      regionalPdfMs: median(samples.regionalPdf),
      pdfBytes,
      heapGrowthMb,
    };
  } finally {
    await bench.close();
  }
}

/** Heap in use after a full collection, in MB (npm run bench passes --expose-gc). */
function heapAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

export async function reportsBenchTable(engines: TestEngine[]): Promise<string> {
  const rows = [
    '| engine | one report: data | + HTML | + PDF (first PDF of the process) | 35 OAS: data (one batch) | + HTML | + PDF | per state: data + HTML / + PDF | regional: HTML / PDF |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const notes: string[] = [];
  for (const engine of engines) {
    const r = await benchReports(engine);
    if (!r) return '\nGap reports: skipped, no Chromium at LEXGAP_CHROMIUM_PATH or /usr/bin/chromium (apt-get install chromium)\n';
    const perStateHtml = (r.oasDataMs + r.oasHtmlMs) / 35;
    rows.push(
      `| ${r.engine} | ${r.oneDataMs.toFixed(1)} ms | ${r.oneHtmlMs.toFixed(1)} ms | ${r.onePdfMs.toFixed(0)} ms (${r.firstPdfMs.toFixed(0)} ms) | ${r.oasDataMs.toFixed(0)} ms | ${r.oasHtmlMs.toFixed(0)} ms | ${r.oasPdfMs.toFixed(0)} ms | ${perStateHtml.toFixed(1)} ms / ${(r.oasPdfMs / 35).toFixed(0)} ms | ${r.regionalHtmlMs.toFixed(1)} ms / ${r.regionalPdfMs.toFixed(0)} ms |`,
    );
    notes.push(
      `${r.engine}: batch data for 35 is ${((r.oneDataMs * 35) / r.oasDataMs).toFixed(1)}× faster than 35 single builds; a PDF costs ${(r.onePdfMs / (r.oneDataMs + r.oneHtmlMs)).toFixed(0)}× its HTML; one PDF ${(r.pdfBytes / 1e3).toFixed(0)} kB; heap after GC grew ${r.heapGrowthMb.toFixed(1)} MB over ${RUNS} rounds of 37 PDFs and 36 HTML reports.`,
    );
  }
  return `\nGap reports in Spanish, SYNTHETIC legislation for every country (median of ${RUNS}; PDFs two pages at a time)\n\n${rows.join('\n')}\n\n${notes.join('\n')}\n`;
}
