import { EntityManager, ObjectLiteral } from 'typeorm';

/** Bound parameters per INSERT: SQLite's historical limit is 999 and PostgreSQL's 65535. */
const SQLITE_PARAMETERS = 999;
const POSTGRES_PARAMETERS = 20_000;

/**
 * Inserts rows in multi-row statements that stay under the engine's bound-parameter limit;
 * `onChunk` hears how many rows each statement wrote (for progress bars).
 */
export async function insertInChunks<T extends ObjectLiteral>(manager: EntityManager, target: new () => T, rows: readonly T[], onChunk: (written: number) => void = () => undefined): Promise<void> {
  if (rows.length === 0) return;
  const limit = manager.connection.options.type === 'postgres' ? POSTGRES_PARAMETERS : SQLITE_PARAMETERS;
  const size = Math.max(1, Math.floor(limit / manager.connection.getMetadata(target).columns.length));
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    await manager.insert(target, chunk as never);
    onChunk(chunk.length);
  }
}
