import { MigrationInterface, QueryRunner } from 'typeorm';

/** The column of each table that becomes nullable, and why a row may now lack it. */
const NULLABLE = [
  { table: 'instrument', column: 'title_original', why: 'instruments known only by their English title' },
  { table: 'provision', column: 'text', why: 'provisions whose text is not recorded' },
] as const;

/** The tables whose in-force dates get a precision. */
const DATED = ['instrument_version', 'provision'] as const;

/**
 * A baseline read from a secondary source (the US TIP Report) names a law and its articles
 * without their text, sometimes by an English title only, and dates them to the month or year:
 *
 * - `provision.text` and `instrument.title_original` become nullable;
 * - `instrument_version` and `provision` get `in_force_from_precision` (DAY, MONTH or YEAR; DAY
 *   for every row recorded before) and `in_force_to_precision` (DAY where a row has an end, null
 *   where it has none).
 *
 * PostgreSQL takes plain ALTERs. SQLite adds columns with a plain `ALTER TABLE … ADD COLUMN`, but
 * drops a NOT NULL only by rebuilding the table, which SQLite allows for a table other tables
 * reference (instrument_version and provision reference instrument; legal_fact_set references
 * provision) only with foreign keys off, and `PRAGMA foreign_keys` is ignored inside a
 * transaction. So this migration runs outside TypeORM's transaction (`transaction = false`), turns
 * the foreign keys off, rebuilds in a transaction of its own that checks every foreign key before
 * it commits, and turns them on again whatever happens. TypeORM's addColumn/changeColumn are not
 * used on SQLite: they rebuild with the foreign keys on, which the references refuse.
 */
export class SecondaryReadings1764633600000 implements MigrationInterface {
  name = 'SecondaryReadings1764633600000';
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await inTransaction(queryRunner, async () => {
        for (const { table, column } of NULLABLE) await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" DROP NOT NULL`);
        for (const table of DATED) {
          await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "in_force_from_precision" varchar(5) NOT NULL DEFAULT 'DAY', ADD COLUMN "in_force_to_precision" varchar(5)`);
          await queryRunner.query(`UPDATE "${table}" SET "in_force_to_precision" = 'DAY' WHERE "in_force_to" IS NOT NULL`);
        }
      });
      return;
    }
    await withoutForeignKeys(queryRunner, async () => {
      for (const table of DATED) {
        // Written as TypeORM writes a column default on SQLite, so the schema matches the entities.
        await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "in_force_from_precision" varchar(5) NOT NULL DEFAULT ('DAY')`);
        await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "in_force_to_precision" varchar(5)`);
        await queryRunner.query(`UPDATE "${table}" SET "in_force_to_precision" = 'DAY' WHERE "in_force_to" IS NOT NULL`);
      }
      for (const { table, column } of NULLABLE) await rebuildSqliteTable(queryRunner, table, (sql) => withoutNotNull(sql, column));
    });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await refuseNullRows(queryRunner);
    if (isPostgres(queryRunner)) {
      await inTransaction(queryRunner, async () => {
        for (const table of DATED) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "in_force_to_precision", DROP COLUMN "in_force_from_precision"`);
        for (const { table, column } of NULLABLE) await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET NOT NULL`);
      });
      return;
    }
    // TypeORM reverts a migration inside a transaction whatever the migration says; the foreign
    // keys can be turned off only outside one, so that (still empty) transaction is committed
    // first and a new one handed back for TypeORM to record the revert in.
    const reopen = queryRunner.isTransactionActive;
    if (reopen) await queryRunner.commitTransaction();
    try {
      await withoutForeignKeys(queryRunner, async () => {
        for (const table of DATED) {
          await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "in_force_to_precision"`);
          await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "in_force_from_precision"`);
        }
        for (const { table, column } of NULLABLE) await rebuildSqliteTable(queryRunner, table, (sql) => withNotNull(sql, column));
      });
    } finally {
      if (reopen) await queryRunner.startTransaction();
    }
  }
}

function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}

/** Runs `work` in a transaction: the caller's when one is open (TypeORM reverting), else one of its own. */
async function inTransaction(queryRunner: QueryRunner, work: () => Promise<void>): Promise<void> {
  if (queryRunner.isTransactionActive) return work();
  await queryRunner.startTransaction();
  try {
    await work();
    await queryRunner.commitTransaction();
  } catch (error) {
    await queryRunner.rollbackTransaction();
    throw error;
  }
}

/**
 * SQLite: `work` in a transaction of its own with the foreign keys off, checked before it
 * commits (a rebuild that lost a referenced row fails and rolls back), and on again after.
 */
async function withoutForeignKeys(queryRunner: QueryRunner, work: () => Promise<void>): Promise<void> {
  await queryRunner.query(`PRAGMA foreign_keys = OFF`);
  try {
    await inTransaction(queryRunner, async () => {
      await work();
      const broken: { table: string; parent: string }[] = await queryRunner.query(`PRAGMA foreign_key_check`);
      if (broken.length) {
        throw new Error(`the rebuild would break ${broken.length} foreign key(s), e.g. ${broken[0].table} → ${broken[0].parent}; nothing was changed`);
      }
    });
  } finally {
    await queryRunner.query(`PRAGMA foreign_keys = ON`);
  }
}

/**
 * SQLite's way to change a column's constraint: a copy of the table made from its own CREATE
 * statement (changed by `change`), its rows copied, the old table dropped and the copy renamed,
 * then its indexes made again. The columns keep their order, so rows copy with `SELECT *`.
 */
async function rebuildSqliteTable(queryRunner: QueryRunner, table: string, change: (sql: string) => string): Promise<void> {
  const [found]: { sql: string }[] = await queryRunner.query(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`, [table]);
  if (!found) throw new Error(`table ${table} does not exist`);
  const indexes: { sql: string }[] = await queryRunner.query(`SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`, [table]);
  const created = `CREATE TABLE "${table}" `;
  if (!found.sql.startsWith(created)) throw new Error(`table ${table} is not written as lexgap's migrations write it: ${found.sql.slice(0, 60)}…`);
  const copy = `${table}_new`;
  await queryRunner.query(`CREATE TABLE "${copy}" ${change(found.sql).slice(created.length)}`);
  await queryRunner.query(`INSERT INTO "${copy}" SELECT * FROM "${table}"`);
  await queryRunner.query(`DROP TABLE "${table}"`);
  await queryRunner.query(`ALTER TABLE "${copy}" RENAME TO "${table}"`);
  for (const index of indexes) await queryRunner.query(index.sql);
}

/** The column definition `"column" type NOT NULL` in a CREATE TABLE statement, found exactly once. */
function columnDefinition(sql: string, column: string, notNull: boolean): RegExp {
  const pattern = new RegExp(`"${column}" ([a-z]+(?:\\(\\d+\\))?)${notNull ? ' NOT NULL' : ''}(?=[,)])`, 'g');
  const matches = sql.match(pattern) ?? [];
  if (matches.length !== 1) throw new Error(`expected one ${notNull ? 'NOT NULL ' : 'nullable '}definition of column ${column}, found ${matches.length}: ${sql}`);
  return new RegExp(pattern.source);
}

function withoutNotNull(sql: string, column: string): string {
  return sql.replace(columnDefinition(sql, column, true), `"${column}" $1`);
}

function withNotNull(sql: string, column: string): string {
  return sql.replace(columnDefinition(sql, column, false), `"${column}" $1 NOT NULL`);
}

/** The way down makes the columns NOT NULL again: refused, naming the rows, while any row lacks one. */
async function refuseNullRows(queryRunner: QueryRunner): Promise<void> {
  const found: string[] = [];
  for (const { table, column, why } of NULLABLE) {
    const [{ n }]: { n: string | number }[] = await queryRunner.query(`SELECT COUNT(*) AS n FROM "${table}" WHERE "${column}" IS NULL`);
    if (Number(n) > 0) found.push(`${n} ${why} (${table}.${column} is null)`);
  }
  if (found.length) {
    throw new Error(
      `cannot revert SecondaryReadings1764633600000: the schema before it requires ${NULLABLE.map((n) => `${n.table}.${n.column}`).join(' and ')}, and the database holds ${found.join(' and ')}; record them or delete them first`,
    );
  }
}
