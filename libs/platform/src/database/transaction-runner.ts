import { DataSource, EntityManager } from 'typeorm';
import { ConcurrentWriteError, isUniqueViolation, violatedConstraint } from './database-errors';

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

  /** A unique violation (a race for a natural key) ends the unit as CONFLICT, in one place for every writer. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const transaction = () =>
      this.dataSource.transaction(work).catch((error: unknown) => {
        throw isUniqueViolation(error) ? new ConcurrentWriteError(violatedConstraint(error)) : error;
      });
    if (!this.isSqlite) return transaction();
    const next = this.queue.then(transaction);
    // Keep the queue alive whatever this unit's outcome; the caller still sees its own error.
    this.queue = next.catch(() => undefined);
    return next;
  }
}
