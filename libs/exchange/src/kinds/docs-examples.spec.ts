import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportKind, ImportProblem } from '../import/import-kind';
import { readCsv } from '../read/table';
import { assessmentsKind } from './assessments.kind';
import { KIND_COLUMNS } from './columns';
import { KindHandler } from './import-context';
import { instrumentsKind } from './instruments.kind';
import { legalFactsKind } from './legal-facts.kind';
import { provisionsKind } from './provisions.kind';
import { RowReader } from './row-reader';
import { treatyActionsKind } from './treaty-actions.kind';

const HANDLERS: Record<ImportKind, KindHandler<unknown>> = {
  [ImportKind.INSTRUMENTS]: instrumentsKind as KindHandler<unknown>,
  [ImportKind.PROVISIONS]: provisionsKind as KindHandler<unknown>,
  [ImportKind.LEGAL_FACTS]: legalFactsKind as KindHandler<unknown>,
  [ImportKind.TREATY_ACTIONS]: treatyActionsKind as KindHandler<unknown>,
  [ImportKind.ASSESSMENTS]: assessmentsKind as KindHandler<unknown>,
};

/** Every ```csv example of docs/import-export.md, with the kind of the section it is in. */
function examples(): { kind: ImportKind; text: string }[] {
  const docs = readFileSync(join(__dirname, '../../../../docs/import-export.md'), 'utf8');
  const found: { kind: ImportKind; text: string }[] = [];
  let kind: ImportKind | undefined;
  const lines = docs.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^### (\S+)$/.exec(lines[i]);
    if (heading) kind = Object.values(ImportKind).find((k) => k === heading[1]);
    if (lines[i] === '```csv' && kind) {
      const end = lines.indexOf('```', i + 1);
      found.push({ kind, text: `${lines.slice(i + 1, end).join('\n')}\n` });
    }
  }
  return found;
}

describe('the examples of docs/import-export.md', () => {
  const all = examples();
  it('cover every kind', () => {
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(Object.values(ImportKind)));
  });

  it.each(all.map((e) => [e.kind, e] as const))('%s: the example reads without a problem', (_kind, { kind, text }) => {
    const table = readCsv(text);
    const problems: ImportProblem[] = [...table.problems];
    const known = KIND_COLUMNS[kind].columns.map((c) => c.name);
    expect(table.headers.map((h) => h.name).filter((n) => !known.includes(n))).toEqual([]);
    const columns = new Map(table.headers.map((h) => [h.name, h]));
    const values = table.rows.map((row) => HANDLERS[kind].read(new RowReader(row, columns, problems, false)));
    expect(problems).toEqual([]);
    expect(values.every((v) => v !== undefined)).toBe(true);
  });
});
