import type { TipTier } from '@lexgap/legal-model';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JurisdictionEntity } from './jurisdiction.entity';

/**
 * A state's tier in one year's US State Department Trafficking in Persons Report: the
 * Department's judgement of the government's whole anti-trafficking effort, not of its law
 * alone. Comparator data shown beside lexgap's score; nothing is scored from it. One row per
 * state and report (publication) year, each naming where it was read.
 */
@Entity('tip_tier')
export class TipTierEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_tip_tier_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  /** The TIP Report's year of publication. */
  @PrimaryColumn({ type: 'integer' })
  reportYear: number;

  @Column({ type: 'varchar', length: 20 })
  tier: TipTier;

  /** What the tier was read from (report, copy of it, or a restatement). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  source: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  /** How far the source can be trusted (the report itself, a copy, a restatement). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  verification: string | null;
}
