import { createDataSource, MIGRATIONS } from '@lexgap/composition';
import { buildDataSourceOptions } from '@lexgap/platform';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from './test-database';
import type { TestEngine } from './test-engines';

/**
 * A fresh database migrated up to (not including) `migration`, filled by `fill` as a database of
 * that time would be, then opened with today's entities and migrations so the test can run the
 * rest (`dataSource.runMigrations()`). `close()` closes and drops it.
 */
export async function databaseBeforeMigration(
  engine: TestEngine,
  migration: (typeof MIGRATIONS)[number],
  fill: (before: DataSource) => Promise<void>,
): Promise<{ database: TestDatabase; dataSource: DataSource; close(): Promise<void> }> {
  const database = await createTestDatabase(engine);
  const index = MIGRATIONS.indexOf(migration);
  if (index < 0) throw new Error(`${migration.name} is not among the registered migrations`);
  const before = new DataSource(buildDataSourceOptions(database.target, { entities: [], migrations: MIGRATIONS.slice(0, index) }));
  await before.initialize();
  await before.runMigrations({ transaction: 'each' });
  await fill(before);
  await before.destroy();
  const dataSource = createDataSource(database.target);
  await dataSource.initialize();
  return {
    database,
    dataSource,
    async close() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}
