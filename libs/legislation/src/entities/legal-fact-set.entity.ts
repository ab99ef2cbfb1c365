import type { ConfidenceLevel, LegalFacts, SourceKind } from '@lexgap/legal-model';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { ProvisionEntity } from './provision.entity';

/** The structured legal facts an expert read from one provision (RUBRIC.md), with their source. */
@Entity('legal_fact_set')
export class LegalFactSetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  provisionId: string;

  @ManyToOne(() => ProvisionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'provision_id', foreignKeyConstraintName: 'fk_legal_fact_set_provision' })
  provision?: ProvisionEntity;

  @Column({ type: 'json' })
  facts: LegalFacts;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sourceCitation: string | null;

  /** The date the expert's reading of the law is current to. */
  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Where the facts were read: the law's text (PRIMARY), a report describing it (SECONDARY), an expert (EXPERT). */
  @Column({ type: 'varchar', length: 10, default: 'PRIMARY' })
  sourceKind: SourceKind;

  /** How sure the reader is of the facts; null when not recorded. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  confidence: ConfidenceLevel | null;

  /** The API key of the expert who recorded (or last replaced) the facts: they cannot verify them. Null for facts recorded before this was kept. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  recordedById: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  recordedByName: string | null;

  /**
   * The earlier wording whose facts an amendment copied here: a draft for an expert to confirm
   * against the new wording, counted nowhere until confirmed (or replaced). Null for facts read
   * from this wording.
   */
  @Column({ type: 'varchar', length: 36, nullable: true })
  carriedForwardFrom: string | null;

  /** The API key of the second expert who verified the facts against their source, and when; null until then. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  verifiedById: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  verifiedByName: string | null;

  @Column({ type: Date, nullable: true })
  verifiedAt: Date | null;

  /** What the verifier said of the facts and their source. */
  @Column({ type: 'text', nullable: true })
  verificationComment: string | null;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
