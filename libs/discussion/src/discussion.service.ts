import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssessmentEntity } from '@lexgap/assessment';
import { Actor } from '@lexgap/audit';
import { WriteRunner } from '@lexgap/jurisdictions';
import { InstrumentEntity, LegalFactSetEntity, ProvisionEntity } from '@lexgap/legislation';
import { BadUserInputError } from '@lexgap/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { CommentEntity, CommentSubject } from './comment.entity';
import { AddCommentInput, COMMENT_BODY_MAX } from './discussion.inputs';
import { COMMENT_RECORD } from './discussion.writes';

@Injectable()
export class DiscussionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteRunner,
  ) {}

  /**
   * Adds a comment to the thread of a fact set or an assessment, as the actor, audited. The text rule
   * (NFC, no control characters, white space alone is no text) has run on the input already.
   */
  async addComment(input: AddCommentInput, actor: Actor): Promise<CommentEntity> {
    const body = (input.body ?? '').trim();
    if (body.length === 0) throw BadUserInputError.field('input.body', 'is required: say something');
    if (body.length > COMMENT_BODY_MAX) throw BadUserInputError.field('input.body', `holds ${body.length} characters; at most ${COMMENT_BODY_MAX}`);
    return this.writes.run(actor, 'addComment', async (w) => {
      const jurisdictionCode = await this.subjectJurisdiction(w.manager, input.subjectType, input.subjectId);
      if (!jurisdictionCode)
        throw BadUserInputError.field(
          'input.subjectId',
          `names no ${input.subjectType === 'LegalFactSet' ? 'recorded fact set (give its provision id)' : 'assessment in force (not retired)'}: ${JSON.stringify(input.subjectId)}`,
        );
      // Oldest first must hold within a thread even for two comments in the same millisecond: a comment is never older than the last one.
      const last = await w.manager.getRepository(CommentEntity).findOne({ where: { subjectType: input.subjectType, subjectId: input.subjectId }, order: { createdAt: 'DESC' } });
      const createdAt = last && last.createdAt.getTime() >= w.now.getTime() ? new Date(last.createdAt.getTime() + 1) : w.now;
      const comment: CommentEntity = {
        id: randomUUID(),
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        jurisdictionCode,
        authorId: actor.id,
        authorName: actor.name,
        body,
        createdAt,
      };
      // A comment is no evidence: no scorecard rests on it, so no jurisdiction is marked changed.
      await w.create(COMMENT_RECORD, [{ row: comment, jurisdiction: null }]);
      return comment;
    });
  }

  /** The threads of these subjects, each oldest first. */
  commentsFor(subjectType: CommentSubject, subjectIds: readonly string[]): Promise<CommentEntity[]> {
    if (subjectIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(CommentEntity).find({ where: { subjectType, subjectId: In([...subjectIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The jurisdiction of the subject, or null when there is no such subject. */
  private async subjectJurisdiction(manager: EntityManager, subjectType: CommentSubject, subjectId: string): Promise<string | null> {
    if (subjectType === 'Assessment') {
      const assessment = await manager.getRepository(AssessmentEntity).findOneBy({ id: subjectId });
      return assessment && !assessment.retiredAt ? assessment.jurisdictionCode : null;
    }
    const row = await manager
      .createQueryBuilder(LegalFactSetEntity, 'f')
      .innerJoin(ProvisionEntity, 'p', 'p.id = f.provisionId')
      .innerJoin(InstrumentEntity, 'i', 'i.id = p.instrumentId')
      .select('i.jurisdictionCode', 'code')
      .where('f.provisionId = :id', { id: subjectId })
      .getRawOne<{ code: string }>();
    return row?.code ?? null;
  }
}
