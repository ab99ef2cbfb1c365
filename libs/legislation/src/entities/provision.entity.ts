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

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'date' })
  inForceFrom: string;

  @Column({ type: 'date', nullable: true })
  inForceTo: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
