import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The adoption date of each catalogued treaty, as TREATY_CATALOGUE (libs/treaties) had it when this
 * migration was written; the catalogue cites each date's source, and a spec checks the two agree.
 * A database seeded from now on gets the dates from the seed; one seeded before gets them here.
 */
export const TREATY_ADOPTION_DATES: Readonly<Record<string, string>> = {
  PALERMO: '2000-11-15',
  UNTOC: '2000-11-15',
  OPSC: '2000-05-25',
  'ILO-C029': '1930-06-28',
  'ILO-P029': '2014-06-11',
  'ILO-C105': '1957-06-25',
  'ILO-C138': '1973-06-26',
  'ILO-C182': '1999-06-17',
  'ILO-C189': '2011-06-16',
};

/**
 * `treaty.adopted_on`: nothing recorded under a treaty applies before it was adopted. Stored
 * scorecards are dropped (they are derived data, recomputed on the next read): those of dates
 * before an adoption were computed without it.
 *
 * Plain `ALTER TABLE … ADD/DROP COLUMN` on both engines: on SQLite TypeORM's `addColumn` rebuilds
 * the table, which its foreign keys (treaty actions and observations) would refuse once seeded.
 * The column is nullable for the same reason (SQLite adds no NOT NULL column without a default).
 */
export class TreatyAdoption1764288000000 implements MigrationInterface {
  name = 'TreatyAdoption1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "treaty" ADD COLUMN "adopted_on" date`);
    // Constants of this file, not input: written as untyped literals, the same SQL on both engines.
    for (const [code, adoptedOn] of Object.entries(TREATY_ADOPTION_DATES)) {
      await queryRunner.query(`UPDATE "treaty" SET "adopted_on" = '${adoptedOn}' WHERE "code" = '${code}'`);
    }
    await queryRunner.query(`DELETE FROM "scorecard_snapshot"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "treaty" DROP COLUMN "adopted_on"`);
  }
}
