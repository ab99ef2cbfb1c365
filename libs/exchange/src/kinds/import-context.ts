import { randomUUID } from 'node:crypto';
import { Actor, AuditEventEntity } from '@lexgap/audit';
import { bumpEvidenceRevision, JurisdictionEntity } from '@lexgap/jurisdictions';
import type { RubricService } from '@lexgap/rubric';
import { EntityManager, In, ObjectLiteral } from 'typeorm';
import type { ImportProblem } from '../import/import-kind';
import type { HeaderCell } from '../read/table';
import type { RowReader } from './row-reader';

/** The audit operation of every write an import makes. */
export const IMPORT_OPERATION = 'importData';

/** A row that passed the checks that need no database, with what it says. */
export interface ReadRow<T> {
  row: number;
  value: T;
}

/** How one kind reads a row and turns the rows into a plan against the database. */
export interface KindHandler<T> {
  /** Reads one row; undefined when the reader recorded a problem. */
  read(r: RowReader): T | undefined;
  /** Checks the rows against the database (inside the import's transaction) and decides what to write. */
  plan(rows: ReadRow<T>[], ctx: PlanContext): Promise<ImportPlan>;
}

export interface ImportPlan {
  created: number;
  updated: number;
  unchanged: number;
  write(writer: ImportWriter): Promise<void>;
}

export class PlanContext {
  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
    readonly now: Date,
    readonly problems: ImportProblem[],
    private readonly columns: ReadonlyMap<string, HeaderCell>,
    readonly rubrics: RubricService,
  ) {}

  problem(row: number, column: string | null, message: string): void {
    const header = column ? this.columns.get(column) : undefined;
    this.problems.push({ row, column, cell: header ? `${header.letter}${row}` : null, message });
  }

  /** The recorded jurisdictions among `codes`; rows naming another one get a problem. */
  async requireJurisdictions<T extends { jurisdiction: string }>(rows: ReadRow<T>[]): Promise<ReadRow<T>[]> {
    const codes = [...new Set(rows.map((r) => r.value.jurisdiction))];
    const found = new Set((await findIn(this.manager, JurisdictionEntity, 'code', codes)).map((j) => j.code));
    return rows.filter((r) => {
      if (found.has(r.value.jurisdiction)) return true;
      this.problem(r.row, 'jurisdiction', `names no recorded jurisdiction (${r.value.jurisdiction})`);
      return false;
    });
  }

  /** Rows whose natural key repeats an earlier row are refused, naming that row. */
  unique<T>(rows: ReadRow<T>[], keyOf: (value: T) => string, column: string, what: string): ReadRow<T>[] {
    const first = new Map<string, number>();
    return rows.filter((r) => {
      const key = keyOf(r.value);
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, r.row);
        return true;
      }
      this.problem(r.row, column, `repeats row ${seen} (same ${what})`);
      return false;
    });
  }
}

/** Rows by a column's values, in chunks that stay under both engines' bound-parameter limits. */
export async function findIn<T extends ObjectLiteral>(manager: EntityManager, target: new () => T, column: keyof T & string, values: readonly unknown[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += IN_CHUNK) {
    out.push(...(await manager.getRepository(target).findBy({ [column]: In(values.slice(i, i + IN_CHUNK) as unknown[]) } as never)));
  }
  return out;
}

const IN_CHUNK = 500;
/** Bound parameters per INSERT: SQLite's historical limit is 999 and PostgreSQL's 65535. */
const SQLITE_PARAMETERS = 999;
const POSTGRES_PARAMETERS = 20_000;

/**
 * Writes a plan: inserts in multi-row chunks, queues audit events and inserts them in chunks too,
 * and bumps the evidence revision of every jurisdiction touched, all inside the import's
 * transaction.
 */
export class ImportWriter {
  private readonly audits: AuditEventEntity[] = [];
  private readonly touched = new Set<string>();
  private written = 0;

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
    readonly now: Date,
    private readonly progress: (written: number) => void = () => undefined,
  ) {}

  private get parameterLimit(): number {
    return this.manager.connection.options.type === 'postgres' ? POSTGRES_PARAMETERS : SQLITE_PARAMETERS;
  }

  async insert<T extends ObjectLiteral>(target: new () => T, rows: T[], countsAsRecords = true): Promise<void> {
    if (rows.length === 0) return;
    const columns = this.manager.connection.getMetadata(target).columns.length;
    const size = Math.max(1, Math.floor(this.parameterLimit / columns));
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      await this.manager.insert(target, chunk as never);
      if (countsAsRecords) this.tick(chunk.length);
    }
  }

  tick(records = 1): void {
    this.written += records;
    this.progress(this.written);
  }

  audit(entityType: string, entityId: string, before: object | null, after: object | null): void {
    this.audits.push({
      id: randomUUID(),
      occurredAt: this.now,
      actorId: this.actor.id,
      actorName: this.actor.name,
      operation: IMPORT_OPERATION,
      entityType,
      entityId,
      before: snapshot(before),
      after: snapshot(after),
      requestId: this.actor.requestId ?? null,
    });
  }

  /** The jurisdiction's stored scorecards must be recomputed. */
  touch(jurisdictionCode: string): void {
    this.touched.add(jurisdictionCode);
  }

  async finish(): Promise<void> {
    await this.insert(AuditEventEntity, this.audits, false);
    for (const code of [...this.touched].sort()) await bumpEvidenceRevision(this.manager, code);
  }
}

/** A plain JSON copy (dates as ISO strings), as the audit trail keeps records. */
function snapshot(value: object | null): Record<string, unknown> | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

/** JSON with object keys sorted: equal values give equal text whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** Whether two records agree on the given fields (null and undefined alike). */
export function sameFields<T extends object>(a: T, b: Partial<T>, fields: readonly (keyof T)[]): boolean {
  return fields.every((f) => canonical(a[f] ?? null) === canonical(b[f] ?? null));
}
