import type { DatePrecision, TreatyActionType } from '@lexgap/legal-model';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { JurisdictionEntity } from '@lexgap/jurisdictions';
import { TreatyEntity } from './treaty.entity';

/**
 * A state's act under a treaty (signature, ratification, accession, ..., denunciation) on a date
 * known to a precision. A lower-precision date is stored as its first day.
 */
@Entity('treaty_action')
@Index('uq_treaty_action_natural', ['jurisdictionCode', 'treatyCode', 'type', 'date'], { unique: true })
export class TreatyActionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_treaty_action_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  @Column({ type: 'varchar', length: 20 })
  treatyCode: string;

  @ManyToOne(() => TreatyEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'treaty_code', foreignKeyConstraintName: 'fk_treaty_action_treaty' })
  treaty?: TreatyEntity;

  @Column({ type: 'varchar', length: 20 })
  type: TreatyActionType;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 5 })
  datePrecision: DatePrecision;

  @Column({ type: 'text', nullable: true })
  reservations: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceCitation: string | null;

  /** The date the source's information is current to. */
  @Column({ type: 'date' })
  asOf: string;

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
