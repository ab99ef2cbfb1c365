import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JurisdictionEntity } from './jurisdiction.entity';
import { RegionEntity } from './region.entity';

/** A jurisdiction's membership of a region or group, with what the sources say about it. */
@Entity('region_membership')
@Index('idx_region_membership_jurisdiction', ['jurisdictionCode'])
export class RegionMembershipEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  regionCode: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_region_membership_region' })
  region?: RegionEntity;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_region_membership_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  /** Year the membership began, where a source gives it (OAS membership year). */
  @Column({ type: 'integer', nullable: true })
  sinceYear: number | null;

  /** What a reader must know, e.g. Cuba's exclusion from participation since 1962. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 500 })
  source: string;
}
