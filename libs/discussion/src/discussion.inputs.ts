import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { COMMENT_SUBJECTS, CommentSubject } from './comment.entity';
import { CommentSubjectEnum } from './discussion.models';

/** The longest comment body, in characters (after trimming). */
export const COMMENT_BODY_MAX = 5_000;

@InputType('AddCommentInput', { description: 'One message in the discussion of a fact set (by its provision id) or an assessment (by its id).' })
export class AddCommentInput {
  @Field(() => CommentSubjectEnum)
  @IsIn(COMMENT_SUBJECTS)
  subjectType: CommentSubject;

  @Field(() => ID, { description: "The fact set's provision id, or the assessment's id." })
  @IsUUID('4', { message: 'must be the id of a fact set (its provision id) or of an assessment' })
  subjectId: string;

  @Field({ description: `What you have to say, 1 to ${COMMENT_BODY_MAX} characters.` })
  @IsString()
  @MaxLength(COMMENT_BODY_MAX + 1_000) // the limit is on the trimmed text (DiscussionService); this only stops a huge body early
  body: string;
}
