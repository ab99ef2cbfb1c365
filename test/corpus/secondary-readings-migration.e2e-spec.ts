import { DataSource } from 'typeorm';
import { SecondaryReadings1764633600000 } from '../../migrations/1764633600000-secondary-readings';
import { describeEachEngine } from '../support/each-engine';
import { databaseBeforeMigration } from '../support/database-before-migration';

const STAMPS = `1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'`;
const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

/**
 * A database migrated to the migration before SecondaryReadings, holding rows that reference each
 * other (test fixtures, not any country's law), then migrated up: the rebuilt tables keep their
 * rows, their indexes and the foreign keys into and out of them.
 */
describeEachEngine('the secondary-readings migration on a database with legislation', (engine) => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await databaseBeforeMigration(engine, SecondaryReadings1764633600000, async (before) => {
      await before.query(`INSERT INTO jurisdiction (code, kind, parent_code, name_en, source, version, created_at, updated_at) VALUES ('ZZ', 'COUNTRY', NULL, 'Fixture', 't', ${STAMPS})`);
      await before.query(
        `INSERT INTO instrument (id, jurisdiction_code, key, kind, language, title_original, title_en, official_citation, source_url, version, created_at, updated_at) VALUES ('${ID(1)}', 'ZZ', 'code', 'CODE', 'es', 'Código de prueba', NULL, 'Fixture 1/2010', NULL, ${STAMPS})`,
      );
      await before.query(
        `INSERT INTO instrument_version (id, instrument_id, in_force_from, in_force_to, amended_by, source_url, note) VALUES ('${ID(2)}', '${ID(1)}', '2010-01-01', '2015-01-01', NULL, NULL, NULL), ('${ID(3)}', '${ID(1)}', '2015-01-01', NULL, 'Fixture 2/2015', NULL, NULL)`,
      );
      await before.query(
        `INSERT INTO provision (id, instrument_id, key, citation, heading, text, in_force_from, in_force_to, source_url, version, created_at, updated_at) VALUES ('${ID(4)}', '${ID(1)}', 'art-1', 'Art. 1', NULL, 'Texto de prueba.', '2010-01-01', '2015-01-01', NULL, ${STAMPS})`,
      );
      await before.query(
        `INSERT INTO legal_fact_set (provision_id, facts, source_url, source_citation, as_of, note, version, created_at, updated_at) VALUES ('${ID(4)}', '{"acts":["RECRUITMENT"]}', NULL, 'Fixture', '2024-01-01', NULL, ${STAMPS})`,
      );
    }));
  });
  afterAll(() => close());

  const rows = (sql: string) => dataSource.query(sql);
  const last = async () => ((await rows(`SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`)) as { name: string }[])[0].name;
  const insertProvision = (id: string, text: string | null) =>
    rows(
      `INSERT INTO provision (id, instrument_id, key, citation, heading, text, in_force_from, in_force_to, source_url, version, created_at, updated_at) VALUES ('${id}', '${ID(1)}', 'art-2', 'Art. 2', NULL, ${text === null ? 'NULL' : `'${text}'`}, '2012-01-01', NULL, NULL, ${STAMPS})`,
    );

  /** The rows, indexes and foreign keys the fixture set up, whatever the migration did. */
  async function expectFixtureIntact() {
    expect(await rows(`SELECT id, title_original FROM instrument`)).toEqual([{ id: ID(1), title_original: 'Código de prueba' }]);
    expect((await rows(`SELECT id FROM instrument_version ORDER BY id`)).map((r: { id: string }) => r.id)).toEqual([ID(2), ID(3)]);
    expect(await rows(`SELECT id, text FROM provision WHERE id = '${ID(4)}'`)).toEqual([{ id: ID(4), text: 'Texto de prueba.' }]);
    expect(await rows(`SELECT provision_id, source_citation FROM legal_fact_set`)).toEqual([{ provision_id: ID(4), source_citation: 'Fixture' }]);
    // The foreign keys into the rebuilt tables still hold: their parents cannot go, orphans cannot come.
    await expect(rows(`DELETE FROM instrument WHERE id = '${ID(1)}'`)).rejects.toThrow(/foreign key/i);
    await expect(rows(`DELETE FROM provision WHERE id = '${ID(4)}'`)).rejects.toThrow(/foreign key/i);
    await expect(rows(`UPDATE provision SET instrument_id = '${ID(9)}' WHERE id = '${ID(4)}'`)).rejects.toThrow(/foreign key/i);
    await expect(rows(`UPDATE instrument SET jurisdiction_code = 'QQ' WHERE id = '${ID(1)}'`)).rejects.toThrow(/foreign key/i);
    // And so do their unique indexes.
    await expect(
      rows(
        `INSERT INTO instrument (id, jurisdiction_code, key, kind, language, title_original, title_en, official_citation, source_url, version, created_at, updated_at) VALUES ('${ID(8)}', 'ZZ', 'code', 'CODE', 'es', 'Otra', NULL, 'x', NULL, ${STAMPS})`,
      ),
    ).rejects.toThrow(/unique|duplicate/i);
    if (engine === 'sqlite') expect(await rows(`PRAGMA foreign_key_check`)).toEqual([]);
  }

  it('goes up keeping every row and foreign key, dates every row to the day and lets text and original title be unrecorded', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
    await expectFixtureIntact();
    expect(await rows(`SELECT id, in_force_from_precision, in_force_to_precision FROM instrument_version ORDER BY id`)).toEqual([
      { id: ID(2), in_force_from_precision: 'DAY', in_force_to_precision: 'DAY' },
      { id: ID(3), in_force_from_precision: 'DAY', in_force_to_precision: null },
    ]);
    expect(await rows(`SELECT in_force_from_precision, in_force_to_precision FROM provision`)).toEqual([{ in_force_from_precision: 'DAY', in_force_to_precision: 'DAY' }]);
    await insertProvision(ID(5), null);
    await rows(`UPDATE instrument SET title_original = NULL, title_en = 'Fixture Code' WHERE id = '${ID(1)}'`);
    expect(await rows(`SELECT text FROM provision WHERE id = '${ID(5)}'`)).toEqual([{ text: null }]);
  });

  it('refuses to go down while a row lacks its text or original title, changing nothing, and goes down and up again once none does', async () => {
    while ((await last()) !== SecondaryReadings1764633600000.name) await dataSource.undoLastMigration({ transaction: 'each' });
    await expect(dataSource.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/1 instruments known only by their English title .* and 1 provisions whose text is not recorded/);
    expect(await last()).toBe(SecondaryReadings1764633600000.name);
    expect(await rows(`SELECT text FROM provision WHERE id = '${ID(5)}'`)).toEqual([{ text: null }]);

    await rows(`DELETE FROM provision WHERE id = '${ID(5)}'`);
    await rows(`UPDATE instrument SET title_original = 'Código de prueba', title_en = NULL WHERE id = '${ID(1)}'`);
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await last()).not.toBe(SecondaryReadings1764633600000.name);
    await expectFixtureIntact();
    await expect(insertProvision(ID(6), null)).rejects.toThrow(/not[- ]null/i);
    expect(Object.keys((await rows(`SELECT * FROM provision`))[0])).not.toContain('in_force_from_precision');

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
    await expectFixtureIntact();
  });
});
