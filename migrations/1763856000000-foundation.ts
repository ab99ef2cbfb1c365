import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { portableTypes } from './portable-types';

/** The ground: a ledger of the reference data sets loaded into this database. */
export class Foundation1763856000000 implements MigrationInterface {
  name = 'Foundation1763856000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'seed_run',
        columns: [
          { name: 'name', type: 'varchar', length: '100', isPrimary: true },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'records', type: 'integer' },
          { name: 'applied_at', type: t.timestamp },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('seed_run');
  }
}
