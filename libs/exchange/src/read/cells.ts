import { isIsoDate } from '@lexgap/legal-model';

/** A cell as read: CSV gives text; XLSX may also give numbers, booleans and dates. Blank is null. */
export type CellValue = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const ok = <T>(value: T | undefined): Parsed<T> => ({ ok: true, value });
const bad = <T>(message: string): Parsed<T> => ({ ok: false, message });

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Shown in messages: what the cell held, briefly. */
export function describeCell(cell: CellValue): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** The cell as text: numbers as written, dates as YYYY-MM-DD, booleans as TRUE/FALSE. */
export function cellText(cell: CellValue): string | undefined {
  if (isBlank(cell)) return undefined;
  if (cell instanceof Date) return isoOfDateCell(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  return (cell as string).trim();
}

// --- dates -------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A spreadsheet serial day number as an ISO date. The 1900 system counts 1900-01-01 as 1 and
 * keeps Lotus 1-2-3's non-existent 1900-02-29 as 60; the 1904 system (old Mac files) counts
 * 1904-01-01 as 0. A fraction is a time of day and is dropped.
 */
export function serialToIsoDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return undefined;
  const days = Math.floor(serial);
  if (date1904) return new Date(EXCEL_EPOCH_1904 + days * DAY_MS).toISOString().slice(0, 10);
  if (days === 60) return undefined; // 1900-02-29 never existed
  const ms = days < 60 ? Date.UTC(1899, 11, 31) + days * DAY_MS : EXCEL_EPOCH_1900 + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A date cell read by exceljs is the spreadsheet's wall-clock day at UTC midnight (plus any time
 * of day); rounding to the nearest minute first absorbs the float error of serial conversion.
 */
function isoOfDateCell(date: Date): string {
  return new Date(Math.round(date.getTime() / 60_000) * 60_000).toISOString().slice(0, 10);
}

const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)?$/;

/**
 * `YYYY-MM-DD`, a date cell, or (in XLSX) a serial day number. Day/month orders such as
 * 03/04/2012 are refused rather than guessed: the same text means March or April by country.
 */
export function parseDate(cell: CellValue, date1904 = false): Parsed<string> {
  if (cell === null || isBlank(cell)) return ok(undefined);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad('is not a valid date');
    return ok(isoOfDateCell(cell));
  }
  if (typeof cell === 'number') {
    const iso = serialToIsoDate(cell, date1904);
    return iso ? ok(iso) : bad(`(${cell}) is not a date: write YYYY-MM-DD or format the cell as a date`);
  }
  if (typeof cell === 'boolean') return bad('must be a date written YYYY-MM-DD');
  const text = cell.trim();
  const m = ISO_WITH_TIME.exec(text);
  if (m && isIsoDate(m[1])) return ok(m[1]);
  if (m || /^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return bad(`(${describeCell(text)}) is not a calendar date: write YYYY-MM-DD with two-digit month and day`);
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text)) return bad(`(${describeCell(text)}) is ambiguous (day/month order differs by country): write YYYY-MM-DD`);
  return bad(`(${describeCell(text)}) must be a date written YYYY-MM-DD`);
}

// --- yes / no -----------------------------------------------------------------------------------

/** Yes and no in the languages of the Americas (English, Spanish, Portuguese, French), and spreadsheet booleans. */
const YES = new Set(['yes', 'y', 'true', '1', 'sí', 'si', 'sim', 's', 'oui', 'verdadero', 'verdadeiro', 'vrai', 'x', '✓']);
const NO = new Set(['no', 'n', 'false', '0', 'não', 'nao', 'non', 'falso', 'faux']);

/** yes/no and their translations; blank is "not stated" (undefined), never "no". */
export function parseYesNo(cell: CellValue): Parsed<boolean> {
  if (cell === null || isBlank(cell)) return ok(undefined);
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return cell === 1 ? ok(true) : cell === 0 ? ok(false) : bad(`(${cell}) must be yes or no`);
  if (cell instanceof Date) return bad('must be yes or no');
  const word = cell.trim().toLowerCase().normalize('NFC').replace(/\.$/, '');
  if (YES.has(word)) return ok(true);
  if (NO.has(word)) return ok(false);
  return bad(`(${describeCell(cell)}) must be yes or no (also sí/si/sim/oui, non/não, true/false); leave it blank when not stated`);
}

// --- numbers ------------------------------------------------------------------------------------

/** A number, with a decimal point or a decimal comma (`0,5`). */
export function parseNumber(cell: CellValue): Parsed<number> {
  if (cell === null || isBlank(cell)) return ok(undefined);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : bad('must be a number');
  if (typeof cell !== 'string') return bad('must be a number');
  const text = cell.trim().replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return bad(`(${describeCell(cell)}) must be a number`);
  return ok(Number(text));
}

export function parseInteger(cell: CellValue): Parsed<number> {
  const n = parseNumber(cell);
  if (!n.ok || n.value === undefined) return n;
  return Number.isInteger(n.value) ? n : bad(`(${n.value}) must be a whole number`);
}

// --- lists --------------------------------------------------------------------------------------

/** `;`-separated texts (also one per line inside the cell); empty items are dropped. */
export function splitList(text: string, separators: RegExp = /[;\n]/): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A code as people type it: `forced labour`, `Forced-Labour` → `FORCED_LABOUR`. */
export function normaliseCode(raw: string): string {
  return raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/** A list of codes from a closed vocabulary, separated by `;`, `,` or new lines, in any letter case. Blank is "not stated". */
export function parseCodeList(cell: CellValue, allowed: readonly string[]): Parsed<string[]> {
  const text = cellText(cell);
  if (text === undefined) return ok(undefined);
  const codes = splitList(text, /[;,\n]/).map(normaliseCode);
  const unknown = codes.filter((c) => !allowed.includes(c));
  if (unknown.length) return bad(`${unknown.map((c) => JSON.stringify(c)).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not one of ${allowed.join(', ')}`);
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated) return bad(`repeats ${repeated}`);
  return ok(codes);
}
