import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { IMPORT_KINDS } from '../import/import-kind';
import { columnDocsTable, KIND_COLUMNS, templateHeader } from '../kinds/columns';
import { columnLetter, detectDelimiter, normaliseHeader, readCsv, readXlsx } from './table';

describe('reading CSV as a spreadsheet shows it', () => {
  it('drops the BOM, detects ; and counts a quoted multi-line field as one row', () => {
    const table = readCsv(Buffer.from('\uFEFFJurisdiction ; Instrument  Key;text\nAR;cp;"line one\nline two"\n\n\nAR;cp;x\n;;\n', 'utf8'));
    expect(table.headers.map((h) => h.name)).toEqual(['jurisdiction', 'instrument_key', 'text']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(table.rows[0].values[2]).toBe('line one\nline two');
    expect(table.problems).toEqual([]);
  });

  it('reads Windows-1252 files (Excel "CSV" on Windows) and tab-separated ones', () => {
    const latin = Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0x43, 0xf3, 0x64, 0x69, 0x67, 0x6f, 0x2c, 0x31, 0x0a]); // "Código" in cp1252
    expect(readCsv(latin).rows[0].values[0]).toBe('Código');
    expect(detectDelimiter('a\tb\tc\n1,2\t3')).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n')).toBe(',');
  });

  it('names a value without a header and an unreadable file', () => {
    expect(readCsv('a,b\n1,2,3\n').problems).toEqual([{ row: 2, column: null, cell: 'C2', message: 'column C has a value but no header' }]);
    expect(readCsv('a,b\n1,"2\n').problems[0].message).toMatch(/not readable CSV/);
  });

  it('normalises headers and letters columns', () => {
    expect(normaliseHeader('  In Force   From ')).toBe('in_force_from');
    expect(normaliseHeader('Title-EN')).toBe('title_en');
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('reading XLSX', () => {
  it('reads serial and date cells, rich text, formulas and links, skipping trailing blank rows', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('notes').addRow(['ignored']);
    const sheet = workbook.addWorksheet('Provisions');
    sheet.addRow(['  Jurisdiction ', 'In  force from', 'heading', 'source_url', 'n']);
    sheet.addRow([
      'AR',
      41270,
      { richText: [{ text: 'Trata ' }, { text: 'de personas', font: { bold: true } }] },
      { text: 'https://example.org/x', hyperlink: 'https://example.org/x' },
      { formula: '1+1', result: 2 },
    ]);
    sheet.addRow(['AR', new Date(Date.UTC(2012, 11, 27)), null, null, null]);
    sheet.addRow([]);
    sheet.addRow(['', '', '']);
    const table = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), ['provisions']);
    expect(table.headers.map((h) => h.name)).toEqual(['jurisdiction', 'in_force_from', 'heading', 'source_url', 'n']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(table.rows[0].values).toEqual(['AR', 41270, 'Trata de personas', 'https://example.org/x', 2]);
    expect(table.rows[1].values[1]).toEqual(new Date(Date.UTC(2012, 11, 27)));
  });

  it('refuses a legacy .xls and a file that is not a workbook', async () => {
    expect((await readXlsx(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), ['x'])).problems[0].message).toMatch(/legacy \.xls/);
    expect((await readXlsx(Buffer.from('PK\u0003\u0004garbage'), ['x'])).problems[0].message).toMatch(/not a readable XLSX/);
  });
});

describe('the shipped templates and docs', () => {
  const root = join(__dirname, '../../../..');
  const docsPath = join(root, 'docs/import-export.md');
  /** `UPDATE_IMPORT_DOCS=1 npx jest table.spec` rewrites the templates and the docs' column tables from KIND_COLUMNS. */
  const update = process.env.UPDATE_IMPORT_DOCS === '1';

  it.each(IMPORT_KINDS)('import-templates/%s.csv is the header of its kind, and docs/import-export.md shows its columns exactly', (kind) => {
    const templatePath = join(root, 'import-templates', `${kind}.csv`);
    if (update) writeFileSync(templatePath, `${templateHeader(kind)}\n`);
    expect(readFileSync(templatePath, 'utf8')).toBe(`${templateHeader(kind)}\n`);

    const docs = readFileSync(docsPath, 'utf8');
    const start = docs.indexOf(`### ${kind}\n`);
    expect(start).toBeGreaterThan(-1);
    const tableStart = docs.indexOf('| column | required | holds | example |', start);
    const tableEnd = docs.indexOf('\n\n', tableStart);
    const table = docs.slice(tableStart, tableEnd);
    if (update && table !== columnDocsTable(kind)) writeFileSync(docsPath, docs.slice(0, tableStart) + columnDocsTable(kind) + docs.slice(tableEnd));
    for (const column of KIND_COLUMNS[kind].columns) expect(column.name).toMatch(/^[a-z_]+$/);
    expect(update ? columnDocsTable(kind) : table).toBe(columnDocsTable(kind));
  });
});
