import ExcelJS from 'exceljs';
import request from 'supertest';
import { ADMIN, TestApp } from '../support/test-app';

export const IMPORT_DATA = `mutation($input: ImportDataInput!) {
  importData(input: $input) { kind dryRun rows created updated unchanged problems { row column cell message } }
}`;

export interface Report {
  kind: string;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: { row: number; column: string | null; cell: string | null; message: string }[];
}

/** Imports through the GraphQL mutation; XLSX content goes as base64. */
export async function importData(t: TestApp, kind: string, content: string | Buffer, options: { dryRun?: boolean; headers?: Record<string, string> } = {}): Promise<Report> {
  const xlsx = Buffer.isBuffer(content);
  const body = await t.graphql<{ importData: Report }>(
    IMPORT_DATA,
    { input: { kind, format: xlsx ? 'XLSX' : 'CSV', content: xlsx ? content.toString('base64') : content, dryRun: options.dryRun ?? false } },
    options.headers ?? ADMIN,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.importData;
}

/** CSV text from rows of cells (quoted where needed). */
export function csv(rows: (string | number | null)[][]): string {
  return rows.map((r) => r.map((c) => (c === null ? '' : /[",\n;]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n') + '\n';
}

export async function count(t: TestApp, table: string, where = '1 = 1'): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`);
  return Number(row.n);
}

export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  return workbook;
}

/** A binary GET (supertest buffers it). */
export function download(t: TestApp, path: string, headers: Record<string, string> = {}) {
  return request(t.app.getHttpServer())
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** Placeholder fixtures, not statements of any country's law. */
export const INSTRUMENTS_CSV = csv([
  ['jurisdiction', 'key', 'kind', 'language', 'title_original', 'title_en', 'official_citation', 'source_url', 'in_force_from', 'in_force_to', 'amended_by'],
  ['AR', 'fixture-code', 'CODE', 'es', 'Código de prueba (fixture)', 'Fixture code', 'Fixture, not real law', null, '2000-01-01', '2012-12-27', null],
  ['AR', 'fixture-code', 'CODE', 'es', 'Código de prueba (fixture)', 'Fixture code', 'Fixture, not real law', null, '2012-12-27', null, 'Fixture amendment'],
]);
