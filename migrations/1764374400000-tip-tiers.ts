import { MigrationInterface, QueryRunner, Table, TableForeignKey } from 'typeorm';

/**
 * `tip_tier`: each OAS state's tier in the US State Department's Trafficking in Persons Report,
 * per report year, with its source: a comparator shown beside lexgap's score, never scored from.
 * One row per state and year (the primary key). The rows come from the `tip-tiers` reference data
 * set, which a database migrated here loads on its next `seed` or start.
 */
export class TipTiers1764374400000 implements MigrationInterface {
  name = 'TipTiers1764374400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'tip_tier',
        columns: [
          { name: 'jurisdiction_code', type: 'varchar', length: '10', isPrimary: true },
          { name: 'report_year', type: 'integer', isPrimary: true },
          { name: 'tier', type: 'varchar', length: '20' },
          { name: 'source', type: 'varchar', length: '500', isNullable: true },
          { name: 'source_url', type: 'varchar', length: '1000', isNullable: true },
          { name: 'verification', type: 'varchar', length: '500', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_tip_tier_jurisdiction',
            columnNames: ['jurisdiction_code'],
            referencedTableName: 'jurisdiction',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Forget the data set too, so that migrating up again and seeding loads the tiers again.
    await queryRunner.query(`DELETE FROM "seed_run" WHERE "name" = 'tip-tiers'`);
    await queryRunner.dropTable('tip_tier');
  }
}
