import { JurisdictionEntity } from '@lexgap/jurisdictions';
import type { ConfidenceLevel } from '@lexgap/legal-model';
import { ConfidenceEnum } from '@lexgap/legislation';
import { RubricVersionEntity } from '@lexgap/rubric';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

/** How sure the expert is: the legal model's confidence levels (one list for fact sets and assessments). */
export const Confidence = ConfidenceEnum;
export type Confidence = ConfidenceLevel;

export interface AssessmentEvidence {
  provisionIds: string[];
  treatyActionIds: string[];
  urls: string[];
}

/**
 * An expert's result for one criterion of one jurisdiction under one rubric version.
 * DRAFT → SUBMITTED → APPROVED | CHANGES_REQUESTED (→ SUBMITTED again). Retired, never deleted.
 */
@Entity('assessment')
@Index('idx_assessment_target', ['jurisdictionCode', 'rubricId', 'rubricVersion', 'criterionId'])
// One author's live assessment of a criterion is unique (migration AssessmentUniqueness): races cannot store two.
@Index('uq_assessment_author_criterion', ['authorId', 'jurisdictionCode', 'rubricId', 'rubricVersion', 'criterionId'], { unique: true, where: '"retired_at" IS NULL' })
export class AssessmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_assessment_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  @Column({ type: 'varchar', length: 100 })
  rubricId: string;

  @Column({ type: 'integer' })
  rubricVersion: number;

  @ManyToOne(() => RubricVersionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn([
    { name: 'rubric_id', referencedColumnName: 'rubricId', foreignKeyConstraintName: 'fk_assessment_rubric' },
    { name: 'rubric_version', referencedColumnName: 'version', foreignKeyConstraintName: 'fk_assessment_rubric' },
  ])
  rubric?: RubricVersionEntity;

  @Column({ type: 'varchar', length: 20 })
  criterionId: string;

  @Column({ type: 'varchar', length: 100 })
  authorId: string;

  @Column({ type: 'varchar', length: 200 })
  authorName: string;

  @Column({ type: 'varchar', length: 20 })
  status: AssessmentStatus;

  /** On the criterion's scale, 0..1; null when not applicable. */
  @Column({ type: 'double precision', nullable: true })
  result: number | null;

  @Column({ type: 'boolean' })
  notApplicable: boolean;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'varchar', length: 6 })
  confidence: Confidence;

  @Column({ type: 'json' })
  evidence: AssessmentEvidence;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reviewerId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewerName: string | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ type: Date, nullable: true })
  submittedAt: Date | null;

  @Column({ type: Date, nullable: true })
  decidedAt: Date | null;

  /** The date from which an approved result counts in scorecards (its approval date). */
  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ type: Date, nullable: true })
  retiredAt: Date | null;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
