import ExcelJS from 'exceljs';

/** A value of an exported cell. Text is escaped against formula injection; numbers stay numbers. */
export type OutCell = string | number | boolean | null | undefined;

/**
 * Text starting with = + - @ (or a tab or carriage return) is what spreadsheets run as a formula
 * (CSV injection): such text gets a leading apostrophe, which spreadsheets show as text.
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: OutCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' ? escapeFormula(cell) : String(cell);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF, quotes doubled) with a UTF-8 byte order mark so spreadsheets read accents right. */
export function toCsv(header: readonly string[], rows: readonly OutCell[][]): Buffer {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export interface SheetSpec {
  name: string;
  header: readonly string[];
  rows: readonly OutCell[][];
  /** Column widths in characters, by position; default from the header. */
  widths?: readonly number[];
}

/** A sheet name spreadsheets accept: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}

/** A workbook of plain tables: bold frozen header, filters on, values only (never formulas). */
export async function toXlsx(sheets: readonly SheetSpec[], creator = 'lexgap'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(sheetName(spec.name));
    sheet.addRow(spec.header.map((h) => escapeFormula(h))).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row.map((c) => (typeof c === 'string' ? escapeFormula(c) : (c ?? null))));
    spec.header.forEach((h, i) => {
      sheet.getColumn(i + 1).width = spec.widths?.[i] ?? Math.max(10, Math.min(40, h.length + 2));
    });
    if (spec.header.length > 1 && spec.rows.length > 0) {
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.header.length } };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
