import type { DatePrecision } from '@lexgap/legal-model';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';

/**
 * A consolidated text of an instrument in force over [inForceFrom, inForceTo): the end is
 * exclusive and open when null. Versions of one instrument never overlap.
 */
@Entity('instrument_version')
@Index('uq_instrument_version_start', ['instrumentId', 'inForceFrom'], { unique: true })
export class InstrumentVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  instrumentId: string;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'instrument_id', foreignKeyConstraintName: 'fk_instrument_version_instrument' })
  instrument?: InstrumentEntity;

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

  /** Citation of the amending act that produced this version (`Ley 26.842`). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  amendedBy: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
