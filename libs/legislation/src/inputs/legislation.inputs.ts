import { Field, ID, InputType } from '@nestjs/graphql';
import { HTTP_URL_OPTIONS, IsoDateScalar, SourcedInput, VersionedInput } from '@lexgap/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { InstrumentKind } from '../entities/instrument.entity';
import { LegalFactsInput } from '../models/legal-facts.models';

const KEY = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const KEY_MESSAGE = 'must be lower-case letters, digits, dots, dashes or underscores (e.g. art-145-bis), at most 100';
export const MAX_PROVISION_TEXT = 100_000;


@InputType('InstrumentVersionInput')
export class InstrumentVersionInput {
  @Field(() => IsoDateScalar)
  @IsString()
  inForceFrom: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Exclusive end; omit while in force.' })
  @IsOptional()
  @IsString()
  inForceTo?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  amendedBy?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(HTTP_URL_OPTIONS, { message: 'must be an http(s) URL' })
  @MaxLength(1000)
  sourceUrl?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

@InputType('UpsertInstrumentInput', { description: 'Creates an instrument (by jurisdiction and key) or updates it given the version you read.' })
export class UpsertInstrumentInput extends VersionedInput {
  @Field()
  @IsString()
  @MaxLength(10)
  jurisdiction: string;

  @Field({ description: 'Stable identifier within the jurisdiction, e.g. codigo-penal or ley-26364.' })
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;

  @Field(() => InstrumentKind)
  @IsEnum(InstrumentKind)
  kind: InstrumentKind;

  @Field({ description: 'BCP 47 language of the official text (es, pt-BR, fr, en, ht...).' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag such as es or pt-BR' })
  language: string;

  @Field()
  @IsString()
  @Length(1, 500)
  titleOriginal: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  titleEn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  officialCitation?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(HTTP_URL_OPTIONS, { message: 'must be an http(s) URL' })
  @MaxLength(1000)
  sourceUrl?: string;

  @Field(() => [InstrumentVersionInput], { description: 'The whole version history; intervals must not overlap.' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InstrumentVersionInput)
  versions: InstrumentVersionInput[];
}

@InputType('UpsertProvisionInput', { description: 'Creates a provision wording (omit id) or updates one given its id and the version you read.' })
export class UpsertProvisionInput extends VersionedInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'must be the id of a recorded provision' })
  id?: string;

  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a recorded instrument' })
  instrumentId: string;

  @Field({ description: 'Stable identifier of the article within its instrument, e.g. art-145-bis.' })
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;

  @Field({ description: 'The citation as the law writes it, e.g. "Art. 145 bis".' })
  @IsString()
  @Length(1, 100)
  citation: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  heading?: string;

  @Field({ description: `The text of the provision (at most ${MAX_PROVISION_TEXT} characters).` })
  @IsString()
  @Length(1, MAX_PROVISION_TEXT)
  text: string;

  @Field(() => IsoDateScalar)
  @IsString()
  inForceFrom: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Exclusive end; omit while in force.' })
  @IsOptional()
  @IsString()
  inForceTo?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(HTTP_URL_OPTIONS, { message: 'must be an http(s) URL' })
  @MaxLength(1000)
  sourceUrl?: string;
}

@InputType('RecordLegalFactsInput', { description: "Records (or replaces, given the version you read) a provision's structured legal facts." })
export class RecordLegalFactsInput extends SourcedInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a recorded provision' })
  provisionId: string;

  @Field(() => LegalFactsInput)
  @ValidateNested()
  @Type(() => LegalFactsInput)
  facts: LegalFactsInput;

  @Field(() => IsoDateScalar, { description: "The date the expert's reading is current to." })
  @IsString()
  asOf: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}
