import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { HTTP_URL_OPTIONS, VersionedInput } from '@lexgap/platform';
import { Confidence } from './assessment.entity';
import { EVIDENCE_LIMITS } from './assessment.rules';

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@InputType('AssessmentEvidenceInput')
export class AssessmentEvidenceInput {
  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(EVIDENCE_LIMITS.provisions)
  @IsUUID('4', { each: true, message: 'must list ids of recorded provisions' })
  provisionIds: string[] = [];

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(EVIDENCE_LIMITS.treatyActions)
  @IsUUID('4', { each: true, message: 'must list ids of recorded treaty actions' })
  treatyActionIds: string[] = [];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(EVIDENCE_LIMITS.urls)
  @IsUrl(HTTP_URL_OPTIONS, { each: true, message: 'must list http(s) URLs' })
  urls: string[] = [];
}

@InputType('SubmitAssessmentInput', {
  description: 'Saves your assessment of one criterion (a draft with `draft: true`, else submitted for review). To change one, send its id and the version you read.',
})
export class SubmitAssessmentInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'must be the id of an assessment' })
  id?: string;

  @Field()
  @IsString()
  @MaxLength(10)
  jurisdiction: string;

  @Field(() => String, { nullable: true, description: 'Rubric id (default tip-legal-framework).' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{1,99}$/, { message: 'must be a rubric id' })
  rubric?: string;

  @Field(() => Int, { nullable: true, description: 'Rubric version (default the latest).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  rubricVersion?: number;

  @Field({ description: 'e.g. PAL-9' })
  @Matches(/^[A-Z]{1,5}-\d{1,3}$/, { message: 'must be a criterion id such as PAL-9' })
  criterionId: string;

  @Field(() => Float, { nullable: true, description: "On the criterion's scale (0..1); omit when not applicable." })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  result?: number;

  @Field({ defaultValue: false, description: 'The criterion does not apply to this jurisdiction.' })
  @IsBoolean()
  notApplicable: boolean = false;

  @Field({ description: 'Why: the reasoning a reviewer and a reader will check.' })
  @IsString() // its length is the assessment rules' (rationaleProblems)
  rationale: string;

  @Field(() => Confidence)
  @IsEnum(Confidence)
  confidence: Confidence;

  @Field(() => AssessmentEvidenceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentEvidenceInput)
  evidence?: AssessmentEvidenceInput;

  @Field({ defaultValue: false, description: 'Keep it as a draft instead of submitting it for review.' })
  @IsBoolean()
  draft: boolean = false;
}

@InputType('ReviewAssessmentInput', { description: "Approves a submitted assessment, or returns it to its author. Never one's own." })
export class ReviewAssessmentInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of an assessment' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;

  @Field(() => ReviewDecision)
  @IsEnum(ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required when returning an assessment.' })
  @IsOptional()
  @IsString()
  @Length(1, 20_000)
  comment?: string;
}

@InputType('RetireAssessmentInput')
export class RetireAssessmentInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of an assessment' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @IsString()
  @Length(5, 2000)
  reason: string;
}
