import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/** API keys (slow-hashed secrets) and expert assessments with their review. */
export class AssessmentsAndKeys1764115200000 implements MigrationInterface {
  name = 'AssessmentsAndKeys1764115200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    const stamps = [
      { name: 'version', type: 'integer' },
      { name: 'created_at', type: t.timestamp },
      { name: 'updated_at', type: t.timestamp },
    ];
    await queryRunner.createTable(
      new Table({
        name: 'api_key',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'role', type: 'varchar', length: '10' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'secret_hash', type: 'varchar', length: '300' },
          { name: 'expires_at', type: t.timestamp, isNullable: true },
          { name: 'revoked_at', type: t.timestamp, isNullable: true },
          { name: 'created_by', type: 'varchar', length: '100' },
          ...stamps,
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'assessment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'jurisdiction_code', type: 'varchar', length: '10' },
          { name: 'rubric_id', type: 'varchar', length: '100' },
          { name: 'rubric_version', type: 'integer' },
          { name: 'criterion_id', type: 'varchar', length: '20' },
          { name: 'author_id', type: 'varchar', length: '100' },
          { name: 'author_name', type: 'varchar', length: '200' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'result', type: 'double precision', isNullable: true },
          { name: 'not_applicable', type: 'boolean' },
          { name: 'rationale', type: 'text' },
          { name: 'confidence', type: 'varchar', length: '6' },
          { name: 'evidence', type: t.json },
          { name: 'reviewer_id', type: 'varchar', length: '100', isNullable: true },
          { name: 'reviewer_name', type: 'varchar', length: '200', isNullable: true },
          { name: 'review_comment', type: 'text', isNullable: true },
          { name: 'submitted_at', type: t.timestamp, isNullable: true },
          { name: 'decided_at', type: t.timestamp, isNullable: true },
          { name: 'effective_from', type: t.date, isNullable: true },
          { name: 'retired_at', type: t.timestamp, isNullable: true },
          ...stamps,
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_assessment_jurisdiction',
            columnNames: ['jurisdiction_code'],
            referencedTableName: 'jurisdiction',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            name: 'fk_assessment_rubric',
            columnNames: ['rubric_id', 'rubric_version'],
            referencedTableName: 'rubric_version',
            referencedColumnNames: ['rubric_id', 'version'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
        indices: [new TableIndex({ name: 'idx_assessment_target', columnNames: ['jurisdiction_code', 'rubric_id', 'rubric_version', 'criterion_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('assessment');
    await queryRunner.dropTable('api_key');
  }
}
