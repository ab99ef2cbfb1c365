import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@lexgap/platform';
import { COMMENT_SUBJECTS, CommentSubject } from './comment.entity';

export const CommentSubjectEnum = graphqlEnum(COMMENT_SUBJECTS, { name: 'CommentSubject', description: 'What a comment is about: a fact set (by its provision id) or an assessment.' });

@ObjectType('Comment', { description: 'One message in the discussion experts have on a fact set or an assessment before they agree.' })
export class CommentModel {
  @Field(() => ID)
  id: string;
  @Field(() => CommentSubjectEnum)
  subjectType: CommentSubject;
  @Field(() => ID, { description: "The fact set's provision id, or the assessment's id." })
  subjectId: string;
  @Field({ description: 'Who wrote it (the name of their API key).' })
  authorName: string;
  @Field()
  body: string;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
