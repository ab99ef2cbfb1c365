import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { JurisdictionEntity } from '@lexgap/jurisdictions';

export enum InstrumentKind {
  CONSTITUTION = 'CONSTITUTION',
  CODE = 'CODE',
  LAW = 'LAW',
  DECREE = 'DECREE',
  REGULATION = 'REGULATION',
  OTHER = 'OTHER',
}

/**
 * Whether an instrument is law (ENACTED) or a bill before parliament (DRAFT). A DRAFT never counts
 * in official scores, rankings, exports or reports; a projection reads it as if it were in force.
 */
export enum InstrumentStatus {
  ENACTED = 'ENACTED',
  DRAFT = 'DRAFT',
}

/** A legal instrument of one jurisdiction: its constitution, a code, a law, a decree... */
@Entity('instrument')
@Index('uq_instrument_key', ['jurisdictionCode', 'key'], { unique: true })
export class InstrumentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_instrument_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  /** Stable identifier chosen by the editor, unique within the jurisdiction (`codigo-penal`). */
  @Column({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'varchar', length: 12 })
  kind: InstrumentKind;

  /** BCP 47 language of the official text (`es`, `pt-BR`, `fr`, `en`). */
  @Column({ type: 'varchar', length: 12 })
  language: string;

  /**
   * Title in the official language; null when only an English title is known (a report that
   * names the law in English only): lexgap does not translate a title back.
   */
  @Column({ type: 'varchar', length: 500, nullable: true })
  titleOriginal: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  titleEn: string | null;

  /** Official citation (`Ley 26.364`, `Decreto 1234/2012`). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  officialCitation: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'varchar', length: 10, default: InstrumentStatus.ENACTED })
  status: InstrumentStatus;

  /** A bill's reference in parliament (`Expediente 5678-D-2026`); required for a DRAFT. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  parliamentaryReference: string | null;

  /** The date a bill was introduced; required for a DRAFT. */
  @Column({ type: 'date', nullable: true })
  introducedOn: string | null;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
