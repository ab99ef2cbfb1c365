import { Injectable } from '@nestjs/common';
import { Actor } from '@lexgap/audit';
import { WriteRunner } from '@lexgap/jurisdictions';
import { isMultilineField, readText } from '@lexgap/legal-model';
import { ConcurrentWriteError, DomainError, ErrorCode, ForbiddenError, TransactionRunner } from '@lexgap/platform';
import { Permission } from '@lexgap/auth';
import { RubricService } from '@lexgap/rubric';
import { assessmentsKind } from '../kinds/assessments.kind';
import { KIND_COLUMNS } from '../kinds/columns';
import { IMPORT_OPERATION, ImportPlan, KindHandler, PlanContext, ReadRow } from '../kinds/import-context';
import { instrumentsKind } from '../kinds/instruments.kind';
import { legalFactsKind } from '../kinds/legal-facts.kind';
import { provisionsKind } from '../kinds/provisions.kind';
import { RowReader } from '../kinds/row-reader';
import { treatyActionsKind } from '../kinds/treaty-actions.kind';
import { HeaderCell, looksLikeLegacyXls, looksLikeXlsx, RawTable, readCsv, readXlsx } from '../read/table';
import { ImportFormat, ImportKind, ImportProblem, ImportReport, permissionFor } from './import-kind';

const HANDLERS: Record<ImportKind, KindHandler<unknown>> = {
  [ImportKind.INSTRUMENTS]: instrumentsKind as KindHandler<unknown>,
  [ImportKind.PROVISIONS]: provisionsKind as KindHandler<unknown>,
  [ImportKind.LEGAL_FACTS]: legalFactsKind as KindHandler<unknown>,
  [ImportKind.TREATY_ACTIONS]: treatyActionsKind as KindHandler<unknown>,
  [ImportKind.ASSESSMENTS]: assessmentsKind as KindHandler<unknown>,
};

export interface ImportRequest {
  kind: ImportKind;
  format: ImportFormat;
  /** CSV text or bytes; XLSX bytes. */
  content: Buffer | string;
  dryRun?: boolean;
}

/** Progress of a long import: rows checked, then records written. */
export type ImportProgress = (phase: 'check' | 'write', done: number, total: number) => void;

/** Thrown inside the transaction to roll back a refused or dry-run import, carrying its report. */
class Rollback extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
  }
}

/**
 * Imports a spreadsheet of one kind: every row is checked (by itself, then against the database)
 * before anything is written, every problem is reported with its row and column, and the rows are
 * written all together in one transaction or not at all. Identical rows change nothing.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly writes: WriteRunner,
    private readonly rubrics: RubricService,
  ) {}

  async import(request: ImportRequest, actor: Actor, permissions: readonly Permission[], progress: ImportProgress = () => undefined): Promise<ImportReport> {
    const { kind } = request;
    const needed = permissionFor(kind);
    if (!permissions.includes(needed)) throw new ForbiddenError(`Importing ${kind} needs the ${needed} permission, which your role does not have`);
    const dryRun = request.dryRun ?? false;
    const table = await this.read(request);
    const report = (rows: number, problems: ImportProblem[], counts = { created: 0, updated: 0, unchanged: 0 }): ImportReport => ({
      kind,
      dryRun,
      rows,
      ...(problems.length ? { created: 0, updated: 0, unchanged: 0 } : counts),
      problems: sortProblems(problems, table.headers),
    });

    const problems = [...table.problems];
    const columns = this.checkHeader(kind, table.headers, problems);
    if (!columns) return report(table.rows.length, problems);

    applyTextRuleToCells(table, columns, listColumns(kind), problems);
    // A row with a cell the text rule refused is read (so its other cells' problems are named) but
    // never planned: its values do not reach a query (PostgreSQL refuses a NUL byte outright).
    const refusedByTextRule = new Set(problems.map((p) => p.row));
    const handler = HANDLERS[kind];
    const rows: ReadRow<unknown>[] = [];
    /** Rows refused already still have their jurisdiction checked, so one pass names every problem. */
    const refusedRows: ReadRow<{ jurisdiction: string }>[] = [];
    table.rows.forEach((data, i) => {
      const reader = new RowReader(data, columns, problems, table.date1904);
      const value = handler.read(reader);
      if (value !== undefined && !refusedByTextRule.has(data.row)) rows.push({ row: data.row, value });
      else if (reader.jurisdictionCode) refusedRows.push({ row: data.row, value: { jurisdiction: reader.jurisdictionCode } });
      if ((i + 1) % 500 === 0) progress('check', i + 1, table.rows.length);
    });
    progress('check', table.rows.length, table.rows.length);
    if (table.rows.length === 0) problems.push({ row: 2, column: null, cell: null, message: 'the file has a header but no data rows' });

    try {
      return await this.transactions.run(async (manager) => {
        const now = new Date();
        const ctx = new PlanContext(manager, actor, now, problems, columns, this.rubrics);
        await ctx.requireJurisdictions(refusedRows);
        const plan: ImportPlan = await handler.plan(rows, ctx);
        const counts = { created: plan.created, updated: plan.updated, unchanged: plan.unchanged };
        if (problems.length || dryRun) throw new Rollback(report(table.rows.length, problems, counts));
        const total = plan.created + plan.updated;
        await this.writes.within(
          manager,
          actor,
          IMPORT_OPERATION,
          (w) => plan.write(w),
          (done) => progress('write', done, total),
        );
        return report(table.rows.length, problems, counts);
      });
    } catch (error) {
      if (error instanceof Rollback) return error.report;
      if (error instanceof ConcurrentWriteError) {
        throw new DomainError(ErrorCode.CONFLICT, 'Someone else recorded some of these records while the import ran; nothing was written: import the file again', error.extensions);
      }
      throw error;
    }
  }

  private async read(request: ImportRequest): Promise<RawTable> {
    const bytes = typeof request.content === 'string' ? undefined : request.content;
    const refuse = (message: string): RawTable => ({ headers: [], rows: [], date1904: false, problems: [{ row: 1, column: null, cell: null, message }] });
    if (request.format === ImportFormat.XLSX) {
      if (!bytes) return refuse('an XLSX import takes the workbook bytes (base64 over GraphQL), not text');
      if (!looksLikeXlsx(bytes) && !looksLikeLegacyXls(bytes)) return refuse('is not an XLSX workbook; for a CSV file use the CSV format');
      return readXlsx(bytes, [request.kind, request.kind.replace(/-/g, ' ')]);
    }
    if (bytes && (looksLikeXlsx(bytes) || looksLikeLegacyXls(bytes))) return refuse('this is a spreadsheet workbook, not CSV text; import it with the XLSX format');
    return readCsv(request.content);
  }

  /** The header by column name, or undefined when a required column is missing. Unknown and repeated columns are problems too. */
  private checkHeader(kind: ImportKind, headers: HeaderCell[], problems: ImportProblem[]): Map<string, HeaderCell> | undefined {
    if (headers.length === 0) return undefined;
    const spec = KIND_COLUMNS[kind];
    const known = spec.columns.map((c) => c.name);
    const columns = new Map<string, HeaderCell>();
    for (const h of headers) {
      const at = { row: 1, column: h.name, cell: `${h.letter}1` };
      if (columns.has(h.name)) problems.push({ ...at, message: `repeats column ${columns.get(h.name)!.letter} (${h.name})` });
      else if (!known.includes(h.name)) {
        const near = closest(h.name, known);
        problems.push({ ...at, message: `${JSON.stringify(h.raw.trim())} is not a column of ${kind} imports${near ? ` (did you mean ${near}?)` : ''}; see import-templates/${kind}.csv` });
      } else columns.set(h.name, h);
    }
    let complete = true;
    for (const c of spec.columns) {
      if (c.required && !columns.has(c.name)) {
        problems.push({ row: 1, column: c.name, cell: null, message: `the required column ${c.name} is missing` });
        complete = false;
      }
    }
    for (const group of spec.oneOf) {
      if (!group.some((name) => columns.has(name))) {
        problems.push({ row: 1, column: group[0], cell: null, message: `one of the columns ${group.join(' or ')} is required` });
        complete = false;
      }
    }
    return complete ? columns : undefined;
  }
}

/** The columns of a kind that hold lists, whose entries may be one a line (line breaks separate them). */
function listColumns(kind: ImportKind): ReadonlySet<string> {
  return new Set(KIND_COLUMNS[kind].columns.filter((c) => c.list).map((c) => c.name));
}

/**
 * The legal model's text rule on every text cell, in place (NFC; blank for white space alone); a
 * refused cell is a problem at its address. Long texts and lists may hold tabs and line breaks.
 */
function applyTextRuleToCells(table: RawTable, columns: ReadonlyMap<string, HeaderCell>, lists: ReadonlySet<string>, problems: ImportProblem[]): void {
  for (const data of table.rows) {
    for (const [name, header] of columns) {
      const cell = data.values[header.index];
      if (typeof cell !== 'string') continue;
      const read = readText(cell, { multiline: isMultilineField(name) || lists.has(name) });
      if (read.ok) data.values[header.index] = read.value ?? null;
      else problems.push({ row: data.row, column: name, cell: `${header.letter}${data.row}`, message: read.message });
    }
  }
}

/** In spreadsheet order: by row, then by the column's place in the file (whole-row problems first). */
function sortProblems(problems: ImportProblem[], headers: HeaderCell[]): ImportProblem[] {
  const place = new Map<string, number>();
  headers.forEach((h) => place.has(h.name) || place.set(h.name, h.index));
  const at = (p: ImportProblem) => (p.column === null ? -1 : (place.get(p.column) ?? Number.MAX_SAFE_INTEGER));
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || at(a.p) - at(b.p) || a.i - b.i)
    .map(({ p }) => ({ row: p.row, column: p.column, cell: p.cell ?? null, message: p.message }));
}

/** The known column within two edits of a name, for "did you mean". */
function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d <= 2 && (!best || d < best.distance)) best = { name: c, distance: d };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
