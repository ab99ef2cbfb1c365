import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ReportFormat } from '../render/report-view';

export type ReportEditionKind = 'COUNTRY' | 'REGIONAL';
export const REPORT_EDITION_KINDS: readonly ReportEditionKind[] = ['COUNTRY', 'REGIONAL'];

/**
 * A published edition of a gap report: one report (its content hash) in one language, frozen with
 * every format it was published in. Immutable: nothing updates or deletes it, so its bytes are
 * what a citation of its hash finds, whatever the data later says. One edition per content hash
 * and language (`uq_report_edition`).
 */
@Entity('report_edition')
@Index('uq_report_edition', ['contentHash', 'lang'], { unique: true })
@Index('idx_report_edition_subject', ['kind', 'subjectCode', 'publishedAt'])
export class ReportEditionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The report's language-neutral content hash (`provenance.contentHash`). */
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 2 })
  lang: string;

  @Column({ type: 'varchar', length: 8 })
  kind: ReportEditionKind;

  /** The jurisdiction (COUNTRY) or region (REGIONAL) code the report is of. */
  @Column({ type: 'varchar', length: 10 })
  subjectCode: string;

  /** The jurisdiction's or region's name in the edition's language, as the report shows it. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 100 })
  rubricId: string;

  @Column({ type: 'integer' })
  rubricVersion: number;

  @Column({ type: 'date' })
  asOf: string;

  /** When the report was built (`provenance.generatedAt`). */
  @Column()
  generatedAt: Date;

  @Column()
  publishedAt: Date;

  /** The actor who published it (an API key id, or `cli:operator`). */
  @Column({ type: 'varchar', length: 100 })
  publishedBy: string;

  /** Why the edition has no PDF (no browser on the publishing deployment); null when it has one. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  pdfUnavailable: string | null;
}

/** One format of an edition, its bytes stored as base64 text (the same on every engine and in backups). */
@Entity('report_edition_file')
export class ReportEditionFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  editionId: string;

  @ManyToOne(() => ReportEditionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'fk_report_edition_file_edition' })
  edition?: ReportEditionEntity;

  @PrimaryColumn({ type: 'varchar', length: 4 })
  format: ReportFormat;

  @Column({ type: 'varchar', length: 60 })
  contentType: string;

  @Column({ type: 'integer' })
  byteLength: number;

  /** sha256 of the bytes: the file's strong ETag. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'text' })
  body: string;
}
