import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { portableTypes } from './portable-types';

/**
 * Honest scores: each legal fact set says where it was read (PRIMARY, SECONDARY, EXPERT), how
 * sure its reader is, and who verified it. Facts recorded before are the law's text read by an
 * expert (PRIMARY), with no confidence stated and not verified. Stored scorecards are cleared:
 * they are derived data, and the scorecards computed from now on carry exact scores, score ranges
 * and the age and kind of their evidence.
 */
export class EvidenceSources1764201600000 implements MigrationInterface {
  name = 'EvidenceSources1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const t = portableTypes(queryRunner);
    await queryRunner.addColumns('legal_fact_set', [
      new TableColumn({ name: 'source_kind', type: 'varchar', length: '10', default: "'PRIMARY'" }),
      new TableColumn({ name: 'confidence', type: 'varchar', length: '6', isNullable: true }),
      new TableColumn({ name: 'verified_by_id', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'verified_by_name', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'verified_at', type: t.timestamp, isNullable: true }),
    ]);
    await queryRunner.query('DELETE FROM scorecard_snapshot');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM scorecard_snapshot');
    for (const column of ['verified_at', 'verified_by_name', 'verified_by_id', 'confidence', 'source_kind']) await queryRunner.dropColumn('legal_fact_set', column);
  }
}
