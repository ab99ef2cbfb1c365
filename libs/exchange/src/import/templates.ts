import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@lexgap/platform';
import ExcelJS from 'exceljs';
import { KIND_COLUMNS } from '../kinds/columns';
import { ImportKind } from './import-kind';

/** The shipped header-only template, import-templates/<kind>.csv. */
export function templateCsv(kind: ImportKind): Buffer {
  return readFileSync(join(projectRoot(), 'import-templates', `${kind}.csv`));
}

/**
 * The same template as a workbook: a sheet named like the kind with the header row (dates,
 * numbers and codes as text so the spreadsheet does not reformat them), and a `columns` sheet
 * saying what each column holds, with an example.
 */
export async function templateXlsx(kind: ImportKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'lexgap';
  const sheet = workbook.addWorksheet(kind);
  const { columns, oneOf } = KIND_COLUMNS[kind];
  sheet.addRow(columns.map((c) => c.name)).font = { bold: true };
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(14, Math.min(40, c.name.length + 4));
    column.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('columns');
  help.addRow(['column', 'required', 'what it holds', 'example']).font = { bold: true };
  for (const c of columns) {
    const group = oneOf.find((g) => g.includes(c.name));
    help.addRow([c.name, c.required ? 'yes' : group ? `one of ${group.join(' / ')}` : '', c.help, c.example]);
  }
  help.getColumn(1).width = 30;
  help.getColumn(3).width = 90;
  help.getColumn(4).width = 50;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
