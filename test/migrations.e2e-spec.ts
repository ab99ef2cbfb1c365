import { createDataSource, MIGRATIONS } from '@lexgap/composition';
import { DataSource } from 'typeorm';
import { describeEachEngine } from './support/each-engine';
import { createTestDatabase, TestDatabase } from './support/test-database';

describeEachEngine('migrations', (engine) => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    dataSource = createDataSource(database.target);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const tables = async (): Promise<string[]> => {
    const sql =
      engine === 'sqlite'
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        : "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'";
    return (await dataSource.query(sql)).map((r: { name: string }) => r.name).sort();
  };

  it('run up, all the way down, and up again', async () => {
    const up = await dataSource.runMigrations({ transaction: 'each' });
    expect(up.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const tablesAfterUp = await tables();
    // Rows that reference each other, as seeded data does, must not block the way down.
    await dataSource.query(
      `INSERT INTO region (code, kind, name_en, level, parent_code, source) VALUES ('019', 'M49', 'Americas', 'region', NULL, 't'), ('419', 'M49', 'Latin America', 'sub-region', '019', 't')`,
    );
    await dataSource.query(
      `INSERT INTO jurisdiction (code, kind, parent_code, name_en, source, version, created_at, updated_at) VALUES ('MX', 'COUNTRY', NULL, 'Mexico', 't', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'), ('MX-CHH', 'SUBDIVISION', 'MX', 'Chihuahua', 't', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')`,
    );
    await dataSource.query(`INSERT INTO seed_run (name, content_hash, records, applied_at) VALUES ('jurisdictions', 'x', 2, '2026-01-01 00:00:00')`);

    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect((await tables()).filter((t) => t !== 'schema_migrations')).toEqual([]);

    const again = await dataSource.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(MIGRATIONS.length);
    expect(await tables()).toEqual(tablesAfterUp);
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await dataSource.query('SELECT * FROM seed_run')).toEqual([]);
  });

  it('leave the schema exactly as the entities describe it (no drift)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
