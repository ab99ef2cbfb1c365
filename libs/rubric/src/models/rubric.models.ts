import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CriterionMethod {
  TREATY = 'TREATY',
  FACTS = 'FACTS',
  EXPERT = 'EXPERT',
}
registerEnumType(CriterionMethod, { name: 'CriterionMethod', description: 'How a result is reached: from treaty actions, from legal facts, or by a reviewed expert assessment.' });

@ObjectType('ScaleLevel', { description: "A point a result can take on a criterion's scale, with what it means." })
export class ScaleLevelModel {
  @Field(() => Float)
  value: number;
  @Field()
  label: string;
  @Field(() => String, { nullable: true })
  descriptor: string | null;
}

@ObjectType('Criterion')
export class CriterionModel {
  @Field(() => ID, { description: 'e.g. PAL-1' })
  id: string;
  @Field()
  categoryId: string;
  @Field()
  question: string;
  @Field(() => CriterionMethod)
  method: CriterionMethod;
  @Field(() => Float, { description: 'Weight relative to the other criteria of its category.' })
  weight: number;
  @Field(() => [ScaleLevelModel], { description: 'Named levels; a share criterion takes any value from 0 to 1.' })
  levels: ScaleLevelModel[];
  @Field({ description: 'What the law should say to meet it.' })
  recommendation: string;
  @Field(() => [String])
  references: string[];
}

@ObjectType('RubricCategory')
export class RubricCategoryModel {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field(() => Float)
  weight: number;
  @Field(() => [CriterionModel])
  criteria: CriterionModel[];
}

@ObjectType('Band', { description: 'A grade given to scores from `min` (inclusive) up to the next band.' })
export class BandModel {
  @Field()
  id: string;
  @Field(() => Float)
  min: number;
  @Field()
  label: string;
}

@ObjectType('Rubric', { description: 'A published, immutable version of a scoring rubric.' })
export class RubricModel {
  @Field(() => ID)
  id: string;
  @Field(() => Int)
  version: number;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  description: string | null;
  @Field({ description: 'sha256 of the canonical rubric document: equal hashes, equal rubrics.' })
  contentHash: string;
  @Field()
  publishedAt: Date;
  @Field(() => Float, { description: 'Share of the weight that must be assessed before a band is given.' })
  minimumCoverageForBand: number;
  @Field(() => [BandModel])
  bands: BandModel[];
  @Field(() => [RubricCategoryModel])
  categories: RubricCategoryModel[];
}
