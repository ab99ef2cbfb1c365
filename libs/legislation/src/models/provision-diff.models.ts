import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@lexgap/platform';
import { DIFF_SEGMENT_KINDS, type DiffSegmentKind } from '@lexgap/legal-model';

export const DiffSegmentKindEnum = graphqlEnum(DIFF_SEGMENT_KINDS, { name: 'DiffSegmentKind', description: 'SAME in both wordings, ADDED by the later one, REMOVED from the earlier one.' });

@ObjectType('DiffSegment', { description: 'A run of text that both wordings share, or that one of them adds or removes.' })
export class DiffSegmentModel {
  @Field(() => DiffSegmentKindEnum)
  kind: DiffSegmentKind;
  @Field({ description: 'The text as written, spaces and punctuation included.' })
  text: string;
}

@ObjectType('ProvisionDiff', { description: 'What changed, word by word, from another wording of the same article to this one.' })
export class ProvisionDiffModel {
  @Field(() => ID, { description: 'The wording compared from.' })
  fromId: string;
  @Field(() => ID, { description: 'This wording.' })
  toId: string;
  @Field({ description: 'False when either wording has no text recorded: then there are no segments, and reason says which.' })
  comparable: boolean;
  @Field(() => String, { nullable: true })
  reason: string | null;
  @Field(() => [DiffSegmentModel], { description: 'Read the SAME and REMOVED segments for the earlier wording, the SAME and ADDED ones for this one.' })
  segments: DiffSegmentModel[];
  @Field(() => Int)
  wordsAdded: number;
  @Field(() => Int)
  wordsRemoved: number;
}
