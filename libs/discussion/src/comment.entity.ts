import { JurisdictionEntity } from '@lexgap/jurisdictions';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** What a comment is about: the vocabulary, declared once (GraphQL enum and checks derive from it). */
export const COMMENT_SUBJECTS = ['LegalFactSet', 'Assessment'] as const;
export type CommentSubject = (typeof COMMENT_SUBJECTS)[number];

/**
 * One message in the discussion experts have on a fact set or an assessment before they agree.
 * Comments are never edited or deleted: the thread is the record of how the experts agreed.
 */
@Entity('comment')
@Index('ix_comment_subject', ['subjectType', 'subjectId', 'createdAt'])
export class CommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  subjectType: CommentSubject;

  /** The fact set's provision id, or the assessment's id. */
  @Column({ type: 'varchar', length: 36 })
  subjectId: string;

  /** The jurisdiction the subject belongs to (for the audit trail and for listing a country's discussions). */
  @Column({ type: 'varchar', length: 10 })
  jurisdictionCode: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'fk_comment_jurisdiction' })
  jurisdiction?: JurisdictionEntity;

  @Column({ type: 'varchar', length: 100 })
  authorId: string;

  @Column({ type: 'varchar', length: 200 })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @Column()
  createdAt: Date;
}
