import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * `report_edition` and `report_edition_file`: citable editions of gap reports. An edition is one
 * report (content hash) in one language (`uq_report_edition`), frozen with the bytes of every
 * format it was published in (base64 text, the same on both engines and in backup bundles).
 * Editions are never updated or deleted by the application.
 */
export class ReportEditions1764806400000 implements MigrationInterface {
  name = 'ReportEditions1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'report_edition',
        columns: [
          { name: 'id', type: t.uuid, length: '36', isPrimary: true },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'lang', type: 'varchar', length: '2' },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'subject_code', type: 'varchar', length: '10' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'rubric_id', type: 'varchar', length: '100' },
          { name: 'rubric_version', type: 'integer' },
          { name: 'as_of', type: t.date },
          { name: 'generated_at', type: t.timestamp },
          { name: 'published_at', type: t.timestamp },
          { name: 'published_by', type: 'varchar', length: '100' },
          { name: 'pdf_unavailable', type: 'varchar', length: '1000', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_report_edition', columnNames: ['content_hash', 'lang'], isUnique: true }),
          new TableIndex({ name: 'idx_report_edition_subject', columnNames: ['kind', 'subject_code', 'published_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_edition_file',
        columns: [
          { name: 'edition_id', type: t.uuid, length: '36', isPrimary: true },
          { name: 'format', type: 'varchar', length: '4', isPrimary: true },
          { name: 'content_type', type: 'varchar', length: '60' },
          { name: 'byte_length', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'body', type: 'text' },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_report_edition_file_edition',
            columnNames: ['edition_id'],
            referencedTableName: 'report_edition',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('report_edition_file');
    await queryRunner.dropTable('report_edition');
  }
}
