import type { ObservedTreatyStatus } from '@lexgap/legal-model';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { JurisdictionEntity } from '@lexgap/jurisdictions';
import { TreatyEntity } from './treaty.entity';

/**
 * A source's statement that on a date a state was (or was not) a party, where no dated action is
 * known: "verified: not a party as of 2022-06-13" differs from "nothing recorded".
 */
@Entity('treaty_status_observation')
@Index('uq_treaty_observation_natural', ['jurisdictionCode', 'treatyCode', 'observedOn', 'status'], { unique: true })
export class TreatyStatusObservationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_treaty_status_observation_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  @Column({ type: 'varchar', length: 20 })
  treatyCode: string;

  @ManyToOne(() => TreatyEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'treaty_code', foreignKeyConstraintName: 'fk_treaty_status_observation_treaty' })
  treaty?: TreatyEntity;

  @Column({ type: 'varchar', length: 10 })
  status: ObservedTreatyStatus;

  @Column({ type: 'date' })
  observedOn: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceCitation: string | null;

  @Column({ type: 'boolean' })
  verified: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
