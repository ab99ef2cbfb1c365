import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * Rubrics and stored scorecards. Each jurisdiction gets an evidence revision, bumped by every write
 * its scores rest on, so a stored scorecard is served only while its evidence is unchanged.
 */
export class Scoring1764028800000 implements MigrationInterface {
  name = 'Scoring1764028800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    // Plain ADD COLUMN (both engines support it with a constant default): no table rebuild.
    await queryRunner.query(`ALTER TABLE "jurisdiction" ADD COLUMN "evidence_revision" integer NOT NULL DEFAULT 0`);
    await queryRunner.createTable(
      new Table({
        name: 'rubric_version',
        columns: [
          { name: 'rubric_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'version', type: 'integer', isPrimary: true },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'content', type: t.json },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'published_at', type: t.timestamp },
          { name: 'published_by', type: 'varchar', length: '100' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scorecard_snapshot',
        columns: [
          { name: 'jurisdiction_code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'rubric_id', type: 'varchar', length: '100', isPrimary: true },
          { name: 'rubric_version', type: 'integer', isPrimary: true },
          { name: 'as_of', type: t.date, isPrimary: true },
          { name: 'evidence_revision', type: 'integer' },
          { name: 'score', type: 'double precision', isNullable: true },
          { name: 'coverage', type: 'double precision' },
          { name: 'result', type: t.json },
          { name: 'computed_at', type: t.timestamp },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_scorecard_snapshot_jurisdiction',
            columnNames: ['jurisdiction_code'],
            referencedTableName: 'jurisdiction',
            referencedColumnNames: ['code'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'fk_scorecard_snapshot_rubric',
            columnNames: ['rubric_id', 'rubric_version'],
            referencedTableName: 'rubric_version',
            referencedColumnNames: ['rubric_id', 'version'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
        indices: [new TableIndex({ name: 'idx_scorecard_snapshot_rubric', columnNames: ['rubric_id', 'rubric_version', 'as_of'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scorecard_snapshot');
    await queryRunner.dropTable('rubric_version');
    await queryRunner.query(`DELETE FROM "seed_run" WHERE "name" = 'rubrics'`);
    // Plain DROP COLUMN (SQLite ≥ 3.35): a table rebuild would trip the foreign keys that point at it.
    await queryRunner.query(`ALTER TABLE "jurisdiction" DROP COLUMN "evidence_revision"`);
  }
}
