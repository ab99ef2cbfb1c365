import { Field, ID, InputType } from '@nestjs/graphql';
import { CONFIDENCE_LEVELS, ConfidenceLevel, DATE_PRECISIONS, DatePrecision, LegalFacts, SOURCE_KINDS, SourceKind } from '@lexgap/legal-model';
import { DatePrecisionEnum, IsoDateScalar, OptionalHttpUrlField, SourcedInput, VersionedInput } from '@lexgap/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { InstrumentKind, InstrumentStatus } from '../entities/instrument.entity';
import { LANGUAGE_TAG, LANGUAGE_TAG_HELP, LEGISLATION_TEXT_LIMITS as LIMITS, RECORD_KEY, RECORD_KEY_HELP } from '../legislation.rules';
import { ConfidenceEnum, SourceKindEnum } from '../models/evidence-source.models';
import { LegalFactsInput } from '../models/legal-facts.models';

const PRECISION_FROM = 'How much of inForceFrom is known (DAY when omitted); a MONTH or YEAR date is written as its first day (YEAR 2012 → 2012-01-01).';
const PRECISION_TO = 'How much of inForceTo is known (DAY when omitted); only with inForceTo.';

/**
 * The in-force interval of a wording (an instrument version, a provision), declared once: its
 * dates, each with how much of it is known. The interval rules themselves live in
 * legislation.rules.ts (`intervalProblems`).
 */
// A mixin's base must take `...args: any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function WithInForceInterval<TBase extends abstract new (...args: any[]) => object>(Base: TBase) {
  @InputType({ isAbstract: true })
  abstract class InForceIntervalInput extends Base {
    @Field(() => IsoDateScalar)
    @IsString()
    inForceFrom: string;

    @Field(() => IsoDateScalar, { nullable: true, description: 'Exclusive end; omit while in force.' })
    @IsOptional()
    @IsString()
    inForceTo?: string;

    @Field(() => DatePrecisionEnum, { nullable: true, description: PRECISION_FROM })
    @IsOptional()
    @IsIn(DATE_PRECISIONS)
    inForceFromPrecision?: DatePrecision;

    @Field(() => DatePrecisionEnum, { nullable: true, description: PRECISION_TO })
    @IsOptional()
    @IsIn(DATE_PRECISIONS)
    inForceToPrecision?: DatePrecision;
  }
  return InForceIntervalInput;
}

class NoFields {}

@InputType('InstrumentVersionInput')
export class InstrumentVersionInput extends WithInForceInterval(NoFields) {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.amendedBy)
  amendedBy?: string;

  @OptionalHttpUrlField()
  sourceUrl?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.note)
  note?: string;
}

@InputType('UpsertInstrumentInput', { description: 'Creates an instrument (by jurisdiction and key) or updates it given the version you read.' })
export class UpsertInstrumentInput extends VersionedInput {
  @Field()
  @IsString()
  @MaxLength(10)
  jurisdiction: string;

  @Field({ description: 'Stable identifier within the jurisdiction, e.g. codigo-penal or ley-26364.' })
  @Matches(RECORD_KEY, { message: RECORD_KEY_HELP })
  key: string;

  @Field(() => InstrumentKind)
  @IsEnum(InstrumentKind)
  kind: InstrumentKind;

  @Field({ description: 'BCP 47 language of the official text (es, pt-BR, fr, en, ht...).' })
  @Matches(LANGUAGE_TAG, { message: LANGUAGE_TAG_HELP })
  language: string;

  @Field(() => String, { nullable: true, description: 'Title in the official language; this or titleEn is required. Give only titleEn when only the English name is known: do not translate it back.' })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.instrumentTitle)
  titleOriginal?: string;

  @Field(() => String, { nullable: true, description: 'Title in English; this or titleOriginal is required.' })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.instrumentTitle)
  titleEn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.officialCitation)
  officialCitation?: string;

  @OptionalHttpUrlField()
  sourceUrl?: string;

  @Field(() => InstrumentStatus, {
    nullable: true,
    description:
      'ENACTED (law; the default for a new instrument) or DRAFT (a bill before parliament: counts in no official score, only in a projection, scorecard(withDrafts:)). Omitted on an update: unchanged. A DRAFT needs parliamentaryReference and introducedOn.',
  })
  @IsOptional()
  @IsEnum(InstrumentStatus)
  status?: InstrumentStatus;

  @Field(() => String, { nullable: true, description: 'A bill\'s reference in parliament, e.g. "Expediente 5678-D-2026"; required for a DRAFT.' })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.parliamentaryReference)
  parliamentaryReference?: string;

  @Field(() => IsoDateScalar, { nullable: true, description: 'The date the bill was introduced; required for a DRAFT.' })
  @IsOptional()
  @IsString()
  introducedOn?: string;

  @Field(() => [InstrumentVersionInput], { description: 'The whole version history; intervals must not overlap.' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InstrumentVersionInput)
  versions: InstrumentVersionInput[];
}

@InputType('UpsertProvisionInput', { description: 'Creates a provision wording (omit id) or updates one given its id and the version you read.' })
export class UpsertProvisionInput extends WithInForceInterval(VersionedInput) {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'must be the id of a recorded provision' })
  id?: string;

  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of a recorded instrument' })
  instrumentId: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only for a provision of a bill (DRAFT): the enacted wording it would replace, which a projection then leaves out. Omit for a bill's new article.",
  })
  @IsOptional()
  @IsUUID('4', { message: 'must be the id of a recorded provision' })
  replacesProvisionId?: string;

  @Field({ description: 'Stable identifier of the article within its instrument, e.g. art-145-bis.' })
  @Matches(RECORD_KEY, { message: RECORD_KEY_HELP })
  key: string;

  @Field({ description: 'The citation as the law writes it, e.g. "Art. 145 bis".' })
  @IsString()
  @Length(1, LIMITS.citation)
  citation: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.heading)
  heading?: string;

  @Field(() => String, {
    nullable: true,
    description: `The text of the provision (at most ${LIMITS.provisionText} characters); omit it when it is not recorded, e.g. the provision is known through a report that describes it.`,
  })
  @IsOptional()
  @IsString()
  @Length(1, LIMITS.provisionText)
  text?: string;

  @OptionalHttpUrlField()
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
  facts: LegalFacts;

  @Field(() => IsoDateScalar, { description: 'The date the reading is current to (for a report, the date the report describes the law as of).' })
  @IsString()
  asOf: string;

  @Field(() => SourceKindEnum, {
    defaultValue: 'PRIMARY',
    description: "PRIMARY when the law's text was read; SECONDARY when a report describing the law was (name it in the source); EXPERT for an expert's judgement.",
  })
  @IsIn(SOURCE_KINDS)
  sourceKind: SourceKind = 'PRIMARY';

  @Field(() => ConfidenceEnum, { nullable: true, description: 'How sure you are of the reading.' })
  @IsOptional()
  @IsIn(CONFIDENCE_LEVELS)
  confidence?: ConfidenceLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.note)
  note?: string;
}
