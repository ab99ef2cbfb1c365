import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * Layered law. A country records how its criminal law is divided (national only, or national and
 * sub-national), with the source of that reading and its as-of date. Stored scorecards are cleared:
 * a sub-national unit's scorecard now counts its country's law and treaty status too.
 */
export class LayeredLaw1764979200000 implements MigrationInterface {
  name = 'LayeredLaw1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.addColumns('jurisdiction', [
      new TableColumn({ name: 'criminal_law_division', type: 'varchar', length: '30', isNullable: true }),
      new TableColumn({ name: 'criminal_law_division_source', type: 'varchar', length: '1000', isNullable: true }),
      new TableColumn({ name: 'criminal_law_division_as_of', type: t.date, isNullable: true }),
    ]);
    await queryRunner.query('DELETE FROM scorecard_snapshot');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A plain DROP COLUMN on both engines (SQLite ≥ 3.35): TypeORM's dropColumn rebuilds the table
    // on SQLite, which the foreign keys referencing jurisdiction refuse.
    for (const column of ['criminal_law_division_as_of', 'criminal_law_division_source', 'criminal_law_division']) {
      await queryRunner.query(`ALTER TABLE "jurisdiction" DROP COLUMN "${column}"`);
    }
    await queryRunner.query('DELETE FROM scorecard_snapshot');
  }
}
