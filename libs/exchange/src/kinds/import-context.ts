import { Actor } from '@lexgap/audit';
import { JurisdictionEntity, notAStatePartyProblem, WriteContext } from '@lexgap/jurisdictions';
import type { RecordProblem } from '@lexgap/legal-model';
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
  /** Writes through the one writer every path shares (audit events and scorecard invalidation included). */
  write(w: WriteContext): Promise<void>;
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

  /**
   * Problems a domain rule found (with field paths relative to the record) put in their cells:
   * `columnOf` names the column of a field path (`sourceUrl` → source_url), null for the whole row.
   */
  problemsAt(row: number, problems: readonly RecordProblem[], columnOf: Readonly<Record<string, string>> | ((field: string) => string | null)): void {
    for (const p of problems) {
      const column = typeof columnOf === 'function' ? columnOf(p.field) : (columnOf[p.field] ?? null);
      this.problem(row, column, p.message);
    }
  }

  /**
   * The rows naming a recorded jurisdiction; rows naming another one get a problem, as do rows
   * naming a sub-national unit when `statesOnly` (treaty records: only a state is a party).
   */
  async requireJurisdictions<T extends { jurisdiction: string }>(rows: ReadRow<T>[], options: { statesOnly?: boolean } = {}): Promise<ReadRow<T>[]> {
    const codes = [...new Set(rows.map((r) => r.value.jurisdiction))];
    const found = new Map((await findIn(this.manager, JurisdictionEntity, 'code', codes)).map((j) => [j.code, j]));
    return rows.filter((r) => {
      const jurisdiction = found.get(r.value.jurisdiction);
      const problem = !jurisdiction ? `names no recorded jurisdiction (${r.value.jurisdiction})` : options.statesOnly ? notAStatePartyProblem(jurisdiction) : undefined;
      if (problem) this.problem(r.row, 'jurisdiction', problem);
      return !problem;
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
