import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * The legal expert's workbench.
 * - `instrument.status`: ENACTED (every instrument so far) or DRAFT, a bill before parliament, with
 *   its parliamentary reference and the date it was introduced. A DRAFT never counts in official
 *   scores; a projection reads it as if it were in force.
 * - `provision.replaces_provision_id`: the article a bill's provision would replace.
 * - `legal_fact_set`: who recorded the facts (a second expert verifies them, never the recorder),
 *   the verifier's comment, and `carried_forward_from`: facts copied from the previous wording by an
 *   amendment, a draft that counts nowhere until an expert confirms it for the new wording.
 * - `comment`: the discussion experts have on a fact set or an assessment before they agree.
 * Stored scorecards are cleared: drafts and carried-forward facts no longer count.
 */
export class ExpertWorkbench1765065600000 implements MigrationInterface {
  name = 'ExpertWorkbench1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.addColumns('instrument', [
      new TableColumn({ name: 'status', type: 'varchar', length: '10', default: "'ENACTED'" }),
      new TableColumn({ name: 'parliamentary_reference', type: 'varchar', length: '300', isNullable: true }),
      new TableColumn({ name: 'introduced_on', type: t.date, isNullable: true }),
    ]);
    await queryRunner.addColumns('provision', [new TableColumn({ name: 'replaces_provision_id', type: t.uuid, length: '36', isNullable: true })]);
    await queryRunner.addColumns('legal_fact_set', [
      new TableColumn({ name: 'recorded_by_id', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'recorded_by_name', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'verification_comment', type: 'text', isNullable: true }),
      new TableColumn({ name: 'carried_forward_from', type: t.uuid, length: '36', isNullable: true }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'comment',
        columns: [
          { name: 'id', type: t.uuid, length: '36', isPrimary: true },
          { name: 'subject_type', type: 'varchar', length: '20' },
          { name: 'subject_id', type: 'varchar', length: '36' },
          { name: 'jurisdiction_code', type: 'varchar', length: '10' },
          { name: 'author_id', type: 'varchar', length: '100' },
          { name: 'author_name', type: 'varchar', length: '200' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: t.timestamp },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_comment_jurisdiction',
            columnNames: ['jurisdiction_code'],
            referencedTableName: 'jurisdiction',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_comment_subject', columnNames: ['subject_type', 'subject_id', 'created_at'] })],
      }),
    );
    await queryRunner.query('DELETE FROM scorecard_snapshot');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('comment');
    // A plain DROP COLUMN on both engines (SQLite ≥ 3.35): TypeORM's dropColumn rebuilds the table
    // on SQLite, which the foreign keys referencing these tables refuse.
    for (const column of ['carried_forward_from', 'verification_comment', 'recorded_by_name', 'recorded_by_id']) {
      await queryRunner.query(`ALTER TABLE "legal_fact_set" DROP COLUMN "${column}"`);
    }
    await queryRunner.query('ALTER TABLE "provision" DROP COLUMN "replaces_provision_id"');
    for (const column of ['introduced_on', 'parliamentary_reference', 'status']) {
      await queryRunner.query(`ALTER TABLE "instrument" DROP COLUMN "${column}"`);
    }
    await queryRunner.query('DELETE FROM scorecard_snapshot');
  }
}
