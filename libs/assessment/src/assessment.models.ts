import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsoDateScalar } from '@lexgap/platform';
import { AssessmentStatus, Confidence } from './assessment.entity';

registerEnumType(AssessmentStatus, { name: 'AssessmentStatus', description: 'DRAFT → SUBMITTED → APPROVED or CHANGES_REQUESTED.' });

@ObjectType('AssessmentEvidence')
export class AssessmentEvidenceModel {
  @Field(() => [ID])
  provisionIds: string[];
  @Field(() => [ID])
  treatyActionIds: string[];
  @Field(() => [String])
  urls: string[];
}

@ObjectType('Assessment', { description: "An expert's result for one criterion, with its review." })
export class AssessmentModel {
  @Field(() => ID)
  id: string;
  @Field()
  jurisdictionCode: string;
  @Field()
  rubricId: string;
  @Field(() => Int)
  rubricVersion: number;
  @Field()
  criterionId: string;
  @Field()
  authorId: string;
  @Field()
  authorName: string;
  @Field(() => AssessmentStatus)
  status: AssessmentStatus;
  @Field(() => Float, { nullable: true })
  result: number | null;
  @Field()
  notApplicable: boolean;
  @Field()
  rationale: string;
  @Field(() => Confidence)
  confidence: Confidence;
  @Field(() => AssessmentEvidenceModel)
  evidence: AssessmentEvidenceModel;
  @Field(() => String, { nullable: true })
  reviewerId: string | null;
  @Field(() => String, { nullable: true })
  reviewerName: string | null;
  @Field(() => String, { nullable: true })
  reviewComment: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  decidedAt: Date | null;
  @Field(() => IsoDateScalar, { nullable: true, description: 'From this date an approved result counts in scorecards.' })
  effectiveFrom: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  retiredAt: Date | null;
  @Field(() => Int)
  version: number;
}

@ObjectType('AssessmentAgreement', { description: "Krippendorff's alpha (interval metric) over criteria rated by two or more experts." })
export class AgreementModel {
  @Field(() => Float, { nullable: true, description: '1 perfect agreement, 0 chance level, below 0 systematic disagreement; null when not computable.' })
  alpha: number | null;
  @Field(() => Int, { description: 'Criteria of jurisdictions rated by at least two experts.' })
  units: number;
  @Field(() => Int)
  values: number;
  @Field(() => Int)
  raters: number;
}

@ObjectType('AssessmentDisagreement', { description: 'A criterion on which experts gave different results, for a reviewer to settle.' })
export class DisagreementModel {
  @Field()
  jurisdictionCode: string;
  @Field()
  criterionId: string;
  @Field(() => Float, { description: 'Highest result minus lowest.' })
  spread: number;
  @Field(() => [AssessmentModel])
  assessments: AssessmentModel[];
}
