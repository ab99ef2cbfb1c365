import { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError } from '../errors/domain-error';
import { ConcurrentWriteError, isForeignKeyViolation, isUniqueViolation, violatedConstraint } from './database-errors';

/**
 * Runs a unit of work in one database transaction.
 *
 * TypeORM's better-sqlite3 driver shares a single connection, so two overlapping
 * `dataSource.transaction()` calls would interleave as nested savepoints of one transaction.
 * On SQLite, units of work are therefore queued one at a time; on PostgreSQL each gets its own
 * pooled connection and the database arbitrates.
 */
export class TransactionRunner {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  /**
   * A unique violation (a race for a natural key) ends the unit as CONFLICT, and a foreign-key
   * violation (a record named that is not recorded) as BAD_USER_INPUT naming the field, in one
   * place for every writer: never as an internal error.
   */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const transaction = () =>
      this.dataSource.transaction(work).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new ConcurrentWriteError(violatedConstraint(error));
        if (isForeignKeyViolation(error)) throw this.missingReference(error);
        throw error;
      });
    if (!this.isSqlite) return transaction();
    const next = this.queue.then(transaction);
    // Keep the queue alive whatever this unit's outcome; the caller still sees its own error.
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The field whose value names no record: the foreign key's column where the engine names the constraint (PostgreSQL does, SQLite does not). */
  private missingReference(error: unknown): BadUserInputError {
    const constraint = (error as { driverError?: { constraint?: string }; constraint?: string })?.driverError?.constraint ?? (error as { constraint?: string })?.constraint;
    const column = constraint ? this.dataSource.entityMetadatas.flatMap((m) => m.foreignKeys).find((fk) => fk.name === constraint)?.columns[0]?.propertyName : undefined;
    return BadUserInputError.field(column ? `input.${column}` : 'input', 'names a record that is not recorded (or was removed while this write ran); nothing was written: check it and try again');
  }
}
