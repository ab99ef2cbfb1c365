import { Options as CsvOptions, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { LONE_SURROGATES } from '@lexgap/legal-model';
import type { ImportProblem } from '../import/import-kind';
import { CellValue, isBlank } from './cells';

/** One column of the header row: as written, as matched (snake_case), where it sits. */
export interface HeaderCell {
  /** The header as written in the file. */
  raw: string;
  /** Trimmed, spaces collapsed, lower-case, spaces and dashes as `_`: `In Force  From` → `in_force_from`. */
  name: string;
  /** 0-based position. */
  index: number;
  /** The spreadsheet's column letter (A, B, …, AA). */
  letter: string;
}

export interface DataRow {
  /** As the spreadsheet shows it: the header is row 1. */
  row: number;
  /** By header position. */
  values: CellValue[];
}

/** A sheet read from a file: its header, its non-blank rows, and problems of the file itself. */
export interface RawTable {
  headers: HeaderCell[];
  rows: DataRow[];
  /** XLSX files of old Mac spreadsheets count days from 1904. */
  date1904: boolean;
  problems: ImportProblem[];
}

export function normaliseHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function headersOf(cells: CellValue[]): HeaderCell[] {
  return cells.map((cell, index) => {
    const raw = cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
    return { raw, name: normaliseHeader(raw), index, letter: columnLetter(index) };
  });
}

/**
 * The first non-blank row is the header. Blank rows (anywhere, trailing ones included) are skipped;
 * a value under no header is a problem.
 */
function buildTable(records: { row: number; cells: CellValue[] }[], date1904: boolean, problems: ImportProblem[]): RawTable {
  const headerRecord = records.find((r) => r.cells.some((c) => !isBlank(c)));
  if (!headerRecord) return { headers: [], rows: [], date1904, problems: [...problems, { row: 1, column: null, message: 'the file is empty: the first row must name the columns' }] };
  const headers = headersOf(headerRecord.cells);
  // Columns without a header are dropped: trailing formatted-but-empty columns are common.
  const named = headers.filter((h) => h.name !== '');
  const rows: DataRow[] = [];
  for (const record of records) {
    if (record.row <= headerRecord.row) continue;
    if (record.cells.every((c) => isBlank(c))) continue;
    record.cells.forEach((c, index) => {
      if (!isBlank(c) && (index >= headers.length || headers[index].name === '')) {
        problems.push({ row: record.row, column: null, cell: `${columnLetter(index)}${record.row}`, message: `column ${columnLetter(index)} has a value but no header` });
      }
    });
    rows.push({ row: record.row, values: record.cells });
  }
  return { headers: named, rows, date1904, problems };
}

// --- CSV ----------------------------------------------------------------------------------------

/** UTF-8 (with or without BOM); files that are not valid UTF-8 are read as Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(content: Buffer | string): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('windows-1252').decode(content);
  }
}

/** The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ',';
}

/**
 * Reads CSV as a spreadsheet shows it: BOM dropped, `,` `;` or tab detected from the header,
 * quoted fields may hold new lines (one record is one spreadsheet row), stray quotes inside a
 * field are kept, every value is text.
 */
export function readCsv(content: Buffer | string): RawTable {
  const text = decodeText(content).replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parseKeepingLoneSurrogates(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const e = error as Error & { lines?: number };
    return { headers: [], rows: [], date1904: false, problems: [{ row: e.lines ?? 1, column: null, message: `the file is not readable CSV (${e.message.replace(/^[A-Za-z ]+:\s*/, '')})` }] };
  }
  return buildTable(
    records.map((cells, i) => ({ row: i + 1, cells })),
    false,
    [],
  );
}

/**
 * U+FDD0, a noncharacter, holds each lone surrogate's place while csv-parse splits the text (it reads
 * UTF-8 bytes, where half a character would silently become U+FFFD); each is then put back in its
 * cell, where the text rule refuses it at that cell's address.
 */
const SURROGATE_MARK = '\uFDD0';

function parseKeepingLoneSurrogates(text: string, options: CsvOptions): string[][] {
  const lone = text.match(LONE_SURROGATES) ?? [];
  if (lone.length === 0) return parse(text, options);
  if (text.includes(SURROGATE_MARK)) throw new Error('the file holds half a character (a lone surrogate); re-enter the text');
  const records = parse(text.replace(LONE_SURROGATES, SURROGATE_MARK), options);
  let next = 0;
  return records.map((cells) => cells.map((cell) => (cell.includes(SURROGATE_MARK) ? cell.replace(/\uFDD0/g, () => lone[next++]) : cell)));
}

// --- XLSX ---------------------------------------------------------------------------------------

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export function looksLikeXlsx(content: Buffer): boolean {
  return ZIP_MAGIC.every((b, i) => content[i] === b);
}

export function looksLikeLegacyXls(content: Buffer): boolean {
  return OLE_MAGIC.every((b, i) => content[i] === b);
}

/** A cell's value as text, number, boolean or date: rich text joined, formulas by their result, links by their text. */
function cellValueOf(value: ExcelJS.CellValue, where: string, problems: ImportProblem[], row: number): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) {
    problems.push({ row, column: null, cell: where, message: `cell ${where} holds the spreadsheet error ${value.error}` });
    return null;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result !== null && typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      problems.push({ row, column: null, cell: where, message: `cell ${where} holds a formula whose result is the error ${result.error}` });
      return null;
    }
    return (result as CellValue | undefined) ?? null;
  }
  if ('hyperlink' in value) {
    const link = value as ExcelJS.CellHyperlinkValue;
    const text = typeof link.text === 'string' ? link.text : (link.text as unknown as { richText?: { text: string }[] })?.richText?.map((r) => r.text).join('');
    return text || link.hyperlink;
  }
  return String(value);
}

/**
 * Reads the sheet named like the kind (`provisions`, `Legal facts`…) or else the first one.
 * Header names are trimmed with spaces collapsed; blank rows, trailing ones included, are skipped.
 */
export async function readXlsx(content: Buffer, sheetNames: readonly string[]): Promise<RawTable> {
  if (looksLikeLegacyXls(content)) {
    return { headers: [], rows: [], date1904: false, problems: [{ row: 1, column: null, message: 'this is a legacy .xls workbook; save it as .xlsx (Excel Workbook) or as CSV UTF-8' }] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as never);
  } catch (error) {
    return { headers: [], rows: [], date1904: false, problems: [{ row: 1, column: null, message: `the file is not a readable XLSX workbook (${(error as Error).message})` }] };
  }
  const wanted = new Set(sheetNames.map(normaliseHeader));
  const sheet = workbook.worksheets.find((w) => wanted.has(normaliseHeader(w.name))) ?? workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [], date1904: false, problems: [{ row: 1, column: null, message: 'the workbook has no worksheet' }] };
  const problems: ImportProblem[] = [];
  const records: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellValueOf(cell.value, cell.address, problems, rowNumber);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    records.push({ row: rowNumber, cells });
  });
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  return buildTable(records, date1904, problems);
}
