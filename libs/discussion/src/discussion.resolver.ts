import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@lexgap/audit';
import { Allow, CurrentActor, Permission } from '@lexgap/auth';
import { CommentEntity, CommentSubject } from './comment.entity';
import { AddCommentInput } from './discussion.inputs';
import { CommentModel, CommentSubjectEnum } from './discussion.models';
import { DiscussionService } from './discussion.service';

const toModel = (c: CommentEntity): CommentModel => ({ id: c.id, subjectType: c.subjectType, subjectId: c.subjectId, authorName: c.authorName, body: c.body, createdAt: c.createdAt });

/**
 * The discussion is unpublished work: reading it needs READ_DRAFTS. The project checks permissions
 * per operation (@Allow on queries and mutations, not on object fields), so the thread is a query
 * of its own rather than a field of LegalFactSet or Assessment, which published queries also reach.
 */
@Resolver(() => CommentModel)
export class DiscussionResolver {
  constructor(private readonly discussion: DiscussionService) {}

  @Allow(Permission.ASSESS)
  @Mutation(() => CommentModel, { nullable: true, description: 'Adds your comment to the discussion of a fact set or an assessment.' })
  async addComment(@Args('input') input: AddCommentInput, @CurrentActor() actor: Actor): Promise<CommentModel> {
    return toModel(await this.discussion.addComment(input, actor));
  }

  @Allow(Permission.READ_DRAFTS)
  @Query(() => [CommentModel], { description: 'The discussion of a fact set (by its provision id) or an assessment, oldest first.' })
  async comments(@Args('subjectType', { type: () => CommentSubjectEnum }) subjectType: CommentSubject, @Args('subjectId', { type: () => ID }) subjectId: string): Promise<CommentModel[]> {
    return (await this.discussion.commentsFor(subjectType, [subjectId])).map(toModel);
  }
}
