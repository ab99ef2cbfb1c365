import { Actor, AuditedChange, AuditTrail } from '@lexgap/audit';
import { insertInChunks, updateWithVersion } from '@lexgap/platform';
import { EntityManager, ObjectLiteral } from 'typeorm';
import { markEvidenceChanged } from './evidence-revision';

/** How the writers store one kind of versioned record: its table, its audit name and its key. */
export interface RecordKind<T extends ObjectLiteral> {
  target: new () => T;
  /** The name the audit trail and error messages use (`Provision`). */
  entityType: string;
  /** The primary key columns of a row, as updateWithVersion matches them. */
  key(row: T): Record<string, string>;
}

/** A new record and the jurisdiction whose evidence it is (null when it is evidence of none). */
export interface Creation<T> {
  row: T;
  jurisdiction: string | null;
}

/**
 * One unit of work against the legal corpus: the only way GraphQL mutations, spreadsheet imports,
 * the CLI and seeding write a record. Every write it makes is versioned, audited (with the
 * operation that made it) and marks the jurisdiction's evidence changed; `finish` writes the
 * queued audit events and bumps each touched jurisdiction's evidence revision once, inside the
 * same transaction, so a change, its audit event and the end of its stale scorecards commit or
 * roll back together.
 */
export class WriteContext {
  private readonly changes: AuditedChange[] = [];
  private readonly touched = new Set<string>();
  private written = 0;
  readonly now = new Date();

  constructor(
    readonly manager: EntityManager,
    readonly actor: Actor,
    readonly operation: string,
    private readonly audit: AuditTrail,
    private readonly progress: (written: number) => void = () => undefined,
  ) {}

  /** Inserts new records (many per statement) with an audit event each. */
  async create<T extends ObjectLiteral>(kind: RecordKind<T>, creations: readonly Creation<T>[]): Promise<void> {
    await insertInChunks(
      this.manager,
      kind.target,
      creations.map((c) => c.row),
      (n) => this.tick(n),
    );
    for (const c of creations) this.record(kind.entityType, idOf(kind, c.row), null, c.row, c.jurisdiction);
  }

  /**
   * Updates one record if it still has the version the caller read (CONFLICT otherwise) and
   * returns it as stored: the record read before, with the changes and the next version.
   */
  async update<T extends ObjectLiteral>(kind: RecordKind<T>, before: T, expectedVersion: number, changes: Partial<T>, jurisdictions: readonly (string | null)[]): Promise<T> {
    const stamped = { ...changes, updatedAt: this.now } as Partial<T>;
    await updateWithVersion(this.manager, kind.target, kind.entityType, kind.key(before), expectedVersion, stamped);
    const after = { ...before, ...stamped, version: expectedVersion + 1 } as T;
    this.record(kind.entityType, idOf(kind, before), before, after, ...jurisdictions);
    this.tick();
    return after;
  }

  /** Queues the audit event of a change written otherwise (a record with its child rows), marking its jurisdictions' evidence changed. */
  record(entityType: string, entityId: string, before: object | null, after: object | null, ...jurisdictions: (string | null)[]): void {
    this.changes.push({ operation: this.operation, entityType, entityId, before, after });
    for (const code of jurisdictions) if (code) this.touched.add(code);
  }

  /** Marks a jurisdiction's evidence changed without a record of its own (an expert result approved or retired). */
  evidenceChanged(jurisdictionCode: string): void {
    this.touched.add(jurisdictionCode);
  }

  /** Counts records written, for progress bars. */
  tick(records = 1): void {
    this.written += records;
    this.progress(this.written);
  }

  /** Writes the queued audit events and ends the touched jurisdictions' stored scorecards. */
  async finish(): Promise<void> {
    await this.audit.recordAll(this.manager, this.actor, this.changes);
    await markEvidenceChanged(this.manager, [...this.touched]);
  }
}

function idOf<T extends ObjectLiteral>(kind: RecordKind<T>, row: T): string {
  return Object.values(kind.key(row)).join('/');
}
