import { Field, ID, InputType } from '@nestjs/graphql';
import { DATE_PRECISIONS, DatePrecision } from '@lexgap/legal-model';
import { DatePrecisionEnum, IsoDateScalar, OptionalHttpUrlField, ReadVersionField } from '@lexgap/platform';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LEGISLATION_TEXT_LIMITS as LIMITS } from '../legislation.rules';

const AMENDED_FROM = 'The day the new wording enters into force; the current one stays in force until the day before.';
const PRECISION_FROM = 'How much of inForceFrom is known (DAY when omitted); a MONTH or YEAR date is written as its first day.';

/** What every amendment says: the day the new text enters into force, and how much of that day is known. */
@InputType({ isAbstract: true })
abstract class AmendmentDates {
  @Field(() => IsoDateScalar, { description: AMENDED_FROM })
  @IsString()
  inForceFrom: string;

  @Field(() => DatePrecisionEnum, { nullable: true, description: PRECISION_FROM })
  @IsOptional()
  @IsIn(DATE_PRECISIONS)
  inForceFromPrecision?: DatePrecision;
}

@InputType('AmendProvisionInput', {
  description:
    "Amends an article in one step: the wording you read ends the day before inForceFrom, a new wording starts on it and runs to the old one's end, and the old wording's legal facts are carried forward as a draft to confirm (confirmLegalFacts).",
})
export class AmendProvisionInput extends AmendmentDates {
  @Field(() => ID, { description: 'The wording being amended.' })
  @IsUUID('4', { message: 'must be the id of a recorded provision' })
  provisionId: string;

  @ReadVersionField('The version of that wording you read.')
  version: number;

  @Field(() => String, { nullable: true, description: 'The new wording; omit it when it is not recorded (known through a report that describes it).' })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.provisionText)
  text?: string;

  @Field(() => String, { nullable: true, description: "The new wording's citation; the current one's when omitted." })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.citation)
  citation?: string;

  @Field(() => String, { nullable: true, description: "The new wording's heading; the current one's when omitted." })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.heading)
  heading?: string;

  @OptionalHttpUrlField("Where the new wording is published; the instrument's source when omitted.")
  sourceUrl?: string;
}

@InputType('AmendInstrumentInput', {
  description: 'Records an amendment of an instrument in one step: the version in force on inForceFrom ends the day before, and a new version produced by amendedBy starts on it.',
})
export class AmendInstrumentInput extends AmendmentDates {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a recorded instrument' })
  instrumentId: string;

  @ReadVersionField('The version of the instrument you read.')
  version: number;

  @Field({ description: 'Citation of the amending act (`Ley 26.842`).' })
  @IsString()
  @Length(1, LIMITS.amendedBy)
  amendedBy: string;

  @OptionalHttpUrlField()
  sourceUrl?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.note)
  note?: string;
}

@InputType('ConfirmLegalFactsInput', { description: 'Confirms facts an amendment carried forward: you read the new wording and they hold for it.' })
export class ConfirmLegalFactsInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a recorded provision' })
  provisionId: string;

  @ReadVersionField('The version of the fact set you read.')
  version: number;

  @Field(() => IsoDateScalar, { description: 'The date your reading of the new wording is current to.' })
  @IsString()
  asOf: string;
}

@InputType('VerifyLegalFactsInput', { description: "A second expert's check of a fact set against its source. Nobody verifies facts they recorded." })
export class VerifyLegalFactsInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a recorded provision' })
  provisionId: string;

  @ReadVersionField('The version of the fact set you checked: a verification holds for the facts it checked.')
  version: number;

  @Field(() => String, { nullable: true, description: 'What you checked, or what a reader should know.' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.note)
  comment?: string;
}
