import { ImportFormat, ImportKind, ImportService } from '@lexgap/exchange';
import { Permission } from '@lexgap/auth';
import ExcelJS from 'exceljs';
import { TestEngine } from '../test/support/test-engines';
import { median, openBenchDatabase, timed } from './bench-database';

const ROWS = 10_000;
const RUNS = 3;
const ACTOR = { id: 'bench:import', name: 'import benchmark' };
const ALL = Object.values(Permission);
const PROVISION_HEADER = 'jurisdiction,instrument_key,key,citation,heading,text,in_force_from,in_force_to,source_url';

export interface ImportBenchResult {
  engine: TestEngine;
  rows: number;
  /** 10,000 new provisions from CSV, checked and written in one transaction. */
  createMs: number;
  /** The same file again: every row found unchanged, nothing written. */
  unchangedMs: number;
  /** The same file as a dry run (checked and counted, nothing written). */
  dryRunMs: number;
  /** 10,000 new provisions from an XLSX workbook. */
  xlsxMs: number;
}

/** A synthetic provision file (not any country's law) for a fresh instrument key. */
function provisionsCsv(instrument: string): string {
  const lines = [PROVISION_HEADER];
  for (let i = 1; i <= ROWS; i++)
    lines.push(`AR,${instrument},art-${i},Art. ${i},Synthetic heading ${i},"Synthetic benchmark text of article ${i}, not law; ${'x'.repeat(200)}",2012-12-27,,https://example.org/bench/${i}`);
  return `${lines.join('\n')}\n`;
}

async function provisionsXlsx(instrument: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('provisions');
  sheet.addRow(PROVISION_HEADER.split(','));
  for (let i = 1; i <= ROWS; i++)
    sheet.addRow([
      'AR',
      instrument,
      `art-${i}`,
      `Art. ${i}`,
      `Synthetic heading ${i}`,
      `Synthetic benchmark text of article ${i}, not law; ${'x'.repeat(200)}`,
      41270,
      null,
      `https://example.org/bench/${i}`,
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function instrumentCsv(key: string): string {
  return `jurisdiction,key,kind,language,title_original,official_citation,in_force_from\nAR,${key},LAW,es,Synthetic benchmark instrument,Synthetic,2000-01-01\n`;
}

/** Imports 10,000 provisions into a fresh instrument per run (median of RUNS), on a seeded database of the engine. */
export async function benchImport(engine: TestEngine): Promise<ImportBenchResult> {
  const bench = await openBenchDatabase(engine);
  try {
    const imports = bench.app.get(ImportService);
    const run = async (kind: ImportKind, format: ImportFormat, content: string | Buffer, dryRun = false) => {
      const report = await imports.import({ kind, format, content, dryRun }, ACTOR, ALL);
      if (report.problems.length) throw new Error(`benchmark import refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
      return report;
    };
    const create: number[] = [];
    const unchanged: number[] = [];
    const dry: number[] = [];
    const xlsx: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const key = `bench-csv-${i}`;
      await run(ImportKind.INSTRUMENTS, ImportFormat.CSV, instrumentCsv(key));
      const file = provisionsCsv(key);
      const created = await timed(() => run(ImportKind.PROVISIONS, ImportFormat.CSV, file));
      if (created.value.created !== ROWS) throw new Error(`created ${created.value.created} of ${ROWS}`);
      create.push(created.ms);
      const again = await timed(() => run(ImportKind.PROVISIONS, ImportFormat.CSV, file));
      if (again.value.unchanged !== ROWS) throw new Error(`unchanged ${again.value.unchanged} of ${ROWS}`);
      unchanged.push(again.ms);
      dry.push((await timed(() => run(ImportKind.PROVISIONS, ImportFormat.CSV, file, true))).ms);
      const xlsxKey = `bench-xlsx-${i}`;
      await run(ImportKind.INSTRUMENTS, ImportFormat.CSV, instrumentCsv(xlsxKey));
      const workbook = await provisionsXlsx(xlsxKey);
      xlsx.push((await timed(() => run(ImportKind.PROVISIONS, ImportFormat.XLSX, workbook))).ms);
    }
    return { engine, rows: ROWS, createMs: median(create), unchangedMs: median(unchanged), dryRunMs: median(dry), xlsxMs: median(xlsx) };
  } finally {
    await bench.close();
  }
}

/** The import figures of each engine, as the table `npm run bench` prints. */
export async function importBenchTable(engines: TestEngine[]): Promise<string> {
  const rows = ['| engine | rows | CSV import (new) | rows/s | CSV again (all unchanged) | CSV dry run | XLSX import (new) | rows/s |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const engine of engines) {
    const r = await benchImport(engine);
    const perSecond = (ms: number) => Math.round((r.rows / ms) * 1000).toLocaleString('en');
    rows.push(
      `| ${r.engine} | ${r.rows.toLocaleString('en')} | ${r.createMs.toFixed(0)} ms | ${perSecond(r.createMs)} | ${r.unchangedMs.toFixed(0)} ms | ${r.dryRunMs.toFixed(0)} ms | ${r.xlsxMs.toFixed(0)} ms | ${perSecond(r.xlsxMs)} |`,
    );
  }
  return `\nImport of 10,000 provisions into one instrument, one transaction with audit events (median of ${RUNS})\n\n${rows.join('\n')}\n`;
}
