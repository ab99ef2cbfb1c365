import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * `source_finding`: a source's own judgement of one wording of the law, on one rubric criterion
 * (the US TIP Report finds the penalties "commensurate with those for rape": PEN-3). It is not a
 * fact read from the law: the engine uses it where the criterion's automatic result is not
 * assessed, and an approved expert assessment overrides it. One finding per wording, rubric,
 * criterion and as-of date (`uq_source_finding`). Stored scorecards are cleared: they are derived
 * data, and from now on every result lists the findings it rests on.
 */
export class SourceFindings1764720000000 implements MigrationInterface {
  name = 'SourceFindings1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'source_finding',
        columns: [
          { name: 'id', type: t.uuid, length: '36', isPrimary: true },
          { name: 'provision_id', type: t.uuid, length: '36' },
          { name: 'rubric_id', type: 'varchar', length: '100' },
          { name: 'criterion_id', type: 'varchar', length: '20' },
          { name: 'judgement', type: 'varchar', length: '60' },
          { name: 'holds', type: 'boolean' },
          { name: 'result', type: 'double precision' },
          { name: 'source_kind', type: 'varchar', length: '10', default: "'SECONDARY'" },
          { name: 'source_citation', type: 'varchar', length: '500' },
          { name: 'source_url', type: 'varchar', length: '1000', isNullable: true },
          { name: 'as_of', type: t.date },
          { name: 'confidence', type: 'varchar', length: '6', isNullable: true },
          { name: 'version', type: 'integer' },
          { name: 'created_at', type: t.timestamp },
          { name: 'updated_at', type: t.timestamp },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_source_finding_provision',
            columnNames: ['provision_id'],
            referencedTableName: 'provision',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
        indices: [new TableIndex({ name: 'uq_source_finding', columnNames: ['provision_id', 'rubric_id', 'criterion_id', 'as_of'], isUnique: true })],
      }),
    );
    await queryRunner.query('DELETE FROM scorecard_snapshot');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM scorecard_snapshot');
    await queryRunner.dropTable('source_finding');
  }
}
