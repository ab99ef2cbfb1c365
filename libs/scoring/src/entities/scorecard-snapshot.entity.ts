import { JurisdictionEntity } from '@lexgap/jurisdictions';
import { RubricVersionEntity } from '@lexgap/rubric';
import type { ScorecardResult } from '@lexgap/scoring-engine';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A computed scorecard, kept so reads do not recompute. Valid while the jurisdiction's evidence
 * revision equals the one it was computed at (published rubric versions never change).
 */
@Entity('scorecard_snapshot')
@Index('idx_scorecard_snapshot_rubric', ['rubricId', 'rubricVersion', 'asOf'])
export class ScorecardSnapshotEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_scorecard_snapshot_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  rubricId: string;

  @PrimaryColumn({ type: 'integer' })
  rubricVersion: number;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn([
    { name: 'rubric_id', referencedColumnName: 'rubricId', foreignKeyConstraintName: 'fk_scorecard_snapshot_rubric' },
    { name: 'rubric_version', referencedColumnName: 'version', foreignKeyConstraintName: 'fk_scorecard_snapshot_rubric' },
  ])
  rubric?: RubricVersionEntity;

  @PrimaryColumn({ type: 'date' })
  asOf: string;

  @Column({ type: 'integer' })
  evidenceRevision: number;

  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Column({ type: 'double precision' })
  coverage: number;

  @Column({ type: 'json' })
  result: ScorecardResult;

  @Column()
  computedAt: Date;
}
