import type { DatePrecision } from '@lexgap/legal-model';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';

/**
 * One article or section of an instrument, in one wording in force over [inForceFrom, inForceTo).
 * Successive wordings of the same article share its `key` and have separate rows.
 */
@Entity('provision')
@Index('uq_provision_key_start', ['instrumentId', 'key', 'inForceFrom'], { unique: true })
export class ProvisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'instrument_id', foreignKeyConstraintName: 'fk_provision_instrument' })
  instrument?: InstrumentEntity;

  /** Stable identifier of the article within the instrument (`art-145-bis`). */
  @Column({ type: 'varchar', length: 100 })
  key: string;

  /** The citation as the law writes it (`Art. 145 bis`, `Art. 202 Ter`, `s. 279.01`). */
  @Column({ type: 'varchar', length: 100 })
  citation: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  heading: string | null;

  /**
   * The wording; null when it is not recorded, as for a provision known only through a report
   * that describes it (its legal fact set names that source).
   */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'date' })
  inForceFrom: string;

  @Column({ type: 'date', nullable: true })
  inForceTo: string | null;

  /** How much of inForceFrom is known; a MONTH or YEAR date is written as its first day (2012 → 2012-01-01). */
  @Column({ type: 'varchar', length: 5, default: 'DAY' })
  inForceFromPrecision: DatePrecision;

  /** How much of inForceTo is known; null when inForceTo is. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  inForceToPrecision: DatePrecision | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  /**
   * For a provision of a bill (a DRAFT instrument): the enacted wording it would replace, which a
   * projection then leaves out. Null for enacted law, and for a bill's new articles.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  replacesProvisionId: string | null;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
