import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKey, TableIndex } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * The legal corpus: jurisdictions and regions, treaties and treaty actions, instruments with their
 * versions and provisions, structured legal facts, and the audit trail of every write.
 */
export class LegalCorpus1763942400000 implements MigrationInterface {
  name = 'LegalCorpus1763942400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    const id = (name = 'id'): TableColumnOptions => ({ name, type: t.uuid, length: '36', isPrimary: true });
    const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
    const text = (name: string, isNullable = true): TableColumnOptions => ({ name, type: 'text', isNullable });
    const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: t.date, isNullable });
    const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean' });
    const stamps: TableColumnOptions[] = [
      { name: 'version', type: 'integer' },
      { name: 'created_at', type: t.timestamp },
      { name: 'updated_at', type: t.timestamp },
    ];
    const fk = (name: string, column: string, table: string, refColumn: string) =>
      new TableForeignKey({ name, columnNames: [column], referencedTableName: table, referencedColumnNames: [refColumn], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });
    const unique = (name: string, columnNames: string[]) => new TableIndex({ name, columnNames, isUnique: true });
    const index = (name: string, columnNames: string[]) => new TableIndex({ name, columnNames });

    await queryRunner.createTable(
      new Table({
        name: 'jurisdiction',
        columns: [
          { ...str('code', 10), isPrimary: true },
          str('kind', 12),
          str('parent_code', 10, true),
          str('alpha3', 3, true),
          str('numeric_code', 3, true),
          str('name_en', 200),
          str('name_es', 200, true),
          str('name_pt', 200, true),
          str('name_fr', 200, true),
          str('source', 500),
          ...stamps,
        ],
        foreignKeys: [fk('fk_jurisdiction_parent', 'parent_code', 'jurisdiction', 'code')],
        indices: [index('idx_jurisdiction_parent', ['parent_code'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'region',
        columns: [{ ...str('code', 20), isPrimary: true }, str('kind', 10), str('name_en', 200), str('level', 30, true), str('parent_code', 20, true), str('source', 500)],
        foreignKeys: [fk('fk_region_parent', 'parent_code', 'region', 'code')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'region_membership',
        columns: [
          { ...str('region_code', 20), isPrimary: true },
          { ...str('jurisdiction_code', 10), isPrimary: true },
          { name: 'since_year', type: 'integer', isNullable: true },
          text('note'),
          str('source', 500),
        ],
        foreignKeys: [fk('fk_region_membership_region', 'region_code', 'region', 'code'), fk('fk_region_membership_jurisdiction', 'jurisdiction_code', 'jurisdiction', 'code')],
        indices: [index('idx_region_membership_jurisdiction', ['jurisdiction_code'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'treaty',
        columns: [{ ...str('code', 20), isPrimary: true }, str('organisation', 10), str('reference', 20), str('short_title', 120), str('title', 400), str('url', 500)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'treaty_action',
        columns: [
          id(),
          str('jurisdiction_code', 10),
          str('treaty_code', 20),
          str('type', 20),
          date('date'),
          str('date_precision', 5),
          text('reservations'),
          str('source_url', 1000, true),
          str('source_citation', 500, true),
          date('as_of'),
          bool('verified'),
          text('note'),
          ...stamps,
        ],
        foreignKeys: [fk('fk_treaty_action_jurisdiction', 'jurisdiction_code', 'jurisdiction', 'code'), fk('fk_treaty_action_treaty', 'treaty_code', 'treaty', 'code')],
        indices: [unique('uq_treaty_action_natural', ['jurisdiction_code', 'treaty_code', 'type', 'date'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'treaty_status_observation',
        columns: [
          id(),
          str('jurisdiction_code', 10),
          str('treaty_code', 20),
          str('status', 10),
          date('observed_on'),
          str('source_url', 1000, true),
          str('source_citation', 500, true),
          bool('verified'),
          text('note'),
          ...stamps,
        ],
        foreignKeys: [fk('fk_treaty_status_observation_jurisdiction', 'jurisdiction_code', 'jurisdiction', 'code'), fk('fk_treaty_status_observation_treaty', 'treaty_code', 'treaty', 'code')],
        indices: [unique('uq_treaty_observation_natural', ['jurisdiction_code', 'treaty_code', 'observed_on', 'status'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'instrument',
        columns: [
          id(),
          str('jurisdiction_code', 10),
          str('key', 100),
          str('kind', 12),
          str('language', 12),
          str('title_original', 500),
          str('title_en', 500, true),
          str('official_citation', 300, true),
          str('source_url', 1000, true),
          ...stamps,
        ],
        foreignKeys: [fk('fk_instrument_jurisdiction', 'jurisdiction_code', 'jurisdiction', 'code')],
        indices: [unique('uq_instrument_key', ['jurisdiction_code', 'key'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'instrument_version',
        columns: [id(), str('instrument_id', 36), date('in_force_from'), date('in_force_to', true), str('amended_by', 300, true), str('source_url', 1000, true), text('note')],
        foreignKeys: [fk('fk_instrument_version_instrument', 'instrument_id', 'instrument', 'id')],
        indices: [unique('uq_instrument_version_start', ['instrument_id', 'in_force_from'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'provision',
        columns: [
          id(),
          str('instrument_id', 36),
          str('key', 100),
          str('citation', 100),
          str('heading', 500, true),
          text('text', false),
          date('in_force_from'),
          date('in_force_to', true),
          str('source_url', 1000, true),
          ...stamps,
        ],
        foreignKeys: [fk('fk_provision_instrument', 'instrument_id', 'instrument', 'id')],
        indices: [unique('uq_provision_key_start', ['instrument_id', 'key', 'in_force_from'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'legal_fact_set',
        columns: [
          { ...str('provision_id', 36), isPrimary: true },
          { name: 'facts', type: t.json },
          str('source_url', 1000, true),
          str('source_citation', 500, true),
          date('as_of'),
          text('note'),
          ...stamps,
        ],
        foreignKeys: [fk('fk_legal_fact_set_provision', 'provision_id', 'provision', 'id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          id(),
          { name: 'occurred_at', type: t.timestamp },
          str('actor_id', 100),
          str('actor_name', 200),
          str('operation', 60),
          str('entity_type', 60),
          str('entity_id', 100),
          { name: 'before', type: t.json, isNullable: true },
          { name: 'after', type: t.json, isNullable: true },
          str('request_id', 128, true),
        ],
        indices: [index('idx_audit_event_entity', ['entity_type', 'entity_id', 'occurred_at'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Self-references first, so that dropping a table never deletes a parent before its children;
    // and forget the reference data these tables held, so a later `seed` loads it again.
    await queryRunner.query(`UPDATE "jurisdiction" SET "parent_code" = NULL`);
    await queryRunner.query(`UPDATE "region" SET "parent_code" = NULL`);
    await queryRunner.query(`DELETE FROM "seed_run" WHERE "name" IN ('jurisdictions', 'treaties')`);
    for (const table of [
      'audit_event',
      'legal_fact_set',
      'provision',
      'instrument_version',
      'instrument',
      'treaty_status_observation',
      'treaty_action',
      'treaty',
      'region_membership',
      'region',
      'jurisdiction',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
