import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

/** Palermo Protocol Art. 3(a) acts. */
export enum TraffickingAct {
  RECRUITMENT = 'RECRUITMENT',
  TRANSPORTATION = 'TRANSPORTATION',
  TRANSFER = 'TRANSFER',
  HARBOURING = 'HARBOURING',
  RECEIPT = 'RECEIPT',
}
/** Palermo Protocol Art. 3(a) means. */
export enum TraffickingMeans {
  THREAT = 'THREAT',
  FORCE = 'FORCE',
  OTHER_COERCION = 'OTHER_COERCION',
  ABDUCTION = 'ABDUCTION',
  FRAUD = 'FRAUD',
  DECEPTION = 'DECEPTION',
  ABUSE_OF_POWER_OR_VULNERABILITY = 'ABUSE_OF_POWER_OR_VULNERABILITY',
  PAYMENTS_TO_PERSON_IN_CONTROL = 'PAYMENTS_TO_PERSON_IN_CONTROL',
}
/** Palermo Protocol Art. 3(a) minimum purposes of exploitation. */
export enum ExploitationPurpose {
  SEXUAL_EXPLOITATION = 'SEXUAL_EXPLOITATION',
  FORCED_LABOUR = 'FORCED_LABOUR',
  SLAVERY_OR_SIMILAR_PRACTICES = 'SLAVERY_OR_SIMILAR_PRACTICES',
  SERVITUDE = 'SERVITUDE',
  ORGAN_REMOVAL = 'ORGAN_REMOVAL',
}
export enum AncillaryLiability {
  ATTEMPT = 'ATTEMPT',
  COMPLICITY = 'COMPLICITY',
  ORGANISING_OR_DIRECTING = 'ORGANISING_OR_DIRECTING',
}
export enum OnlineOffence {
  ONLINE_RECRUITMENT = 'ONLINE_RECRUITMENT',
  ADVERTISING = 'ADVERTISING',
  CHILD_SEXUAL_ABUSE_MATERIAL = 'CHILD_SEXUAL_ABUSE_MATERIAL',
}
export enum PenaltyOffence {
  TRAFFICKING = 'TRAFFICKING',
  TRAFFICKING_AGGRAVATED = 'TRAFFICKING_AGGRAVATED',
  SEX_TRAFFICKING = 'SEX_TRAFFICKING',
  CHILD_TRAFFICKING = 'CHILD_TRAFFICKING',
  FORCED_LABOUR = 'FORCED_LABOUR',
  RAPE = 'RAPE',
}

registerEnumType(TraffickingAct, { name: 'TraffickingAct', description: 'Acts of Palermo Protocol Art. 3(a).' });
registerEnumType(TraffickingMeans, { name: 'TraffickingMeans', description: 'Means of Palermo Protocol Art. 3(a).' });
registerEnumType(ExploitationPurpose, { name: 'ExploitationPurpose', description: 'Minimum purposes of exploitation of Palermo Protocol Art. 3(a).' });
registerEnumType(AncillaryLiability, { name: 'AncillaryLiability', description: 'Palermo Protocol Art. 5(2).' });
registerEnumType(OnlineOffence, { name: 'OnlineOffence' });
registerEnumType(PenaltyOffence, { name: 'PenaltyOffence', description: 'The offence a penalty is for; RAPE is the comparator.' });

@ObjectType('Penalty')
export class PenaltyModel {
  @Field(() => PenaltyOffence)
  offence: PenaltyOffence;
  @Field(() => Float, { nullable: true })
  imprisonmentMinYears?: number;
  @Field(() => Float, { nullable: true })
  imprisonmentMaxYears?: number;
  @Field({ nullable: true, description: 'A fine may be imposed.' })
  fine?: boolean;
  @Field({ nullable: true, description: 'A fine may be imposed instead of imprisonment.' })
  fineInLieuOfImprisonment?: boolean;
  @Field(() => String, { nullable: true })
  note?: string;
}

@ObjectType('ForcedLabourOffence')
export class ForcedLabourOffenceModel {
  @Field({ description: 'Forced labour is punished with imprisonment.' })
  imprisonment: boolean;
  @Field({ description: 'The offence covers all sectors, domestic and informal work included.' })
  allSectors: boolean;
}

/** Structured legal facts (RUBRIC.md). Null means "not stated by this provision", never "no". */
@ObjectType('LegalFacts')
export class LegalFactsModel {
  @Field(() => [TraffickingAct], { nullable: true }) acts?: TraffickingAct[];
  @Field(() => [String], { nullable: true }) extraActs?: string[];
  @Field(() => [TraffickingMeans], { nullable: true }) means?: TraffickingMeans[];
  @Field(() => [String], { nullable: true }) extraMeans?: string[];
  @Field(() => [ExploitationPurpose], { nullable: true }) purposes?: ExploitationPurpose[];
  @Field(() => [String], { nullable: true }) extraPurposes?: string[];
  @Field({ nullable: true, description: 'Consent is irrelevant once a means is used (Art. 3(b)).' }) consentIrrelevant?: boolean;
  @Field({ nullable: true, description: 'The offence requires crossing a border.' }) borderCrossingRequired?: boolean;
  @Field(() => Int, { nullable: true, description: 'A victim under this age is a child.' }) childAgeThreshold?: number;
  @Field({ nullable: true, description: 'A means must be proved when the victim is a child.' }) meansRequiredForChildren?: boolean;
  @Field(() => [PenaltyModel], { nullable: true }) penalties?: PenaltyModel[];
  @Field(() => [String], { nullable: true, description: 'CHILD_VICTIM, ORGANISED_GROUP, PUBLIC_OFFICIAL, or others.' }) aggravatingCircumstances?: string[];
  @Field(() => [AncillaryLiability], { nullable: true }) ancillaryLiability?: AncillaryLiability[];
  @Field({ nullable: true }) legalPersonLiability?: boolean;
  @Field({ nullable: true }) forfeiture?: boolean;
  @Field({ nullable: true }) restitution?: boolean;
  @Field({ nullable: true, description: 'Buying or soliciting sex with a child is an offence.' }) demandOffence?: boolean;
  @Field({ nullable: true }) mistakeOfAgeDefenceBarred?: boolean;
  @Field({ nullable: true, description: 'Child victims are not prosecuted for prostitution offences.' }) childNonPunishment?: boolean;
  @Field(() => [OnlineOffence], { nullable: true }) onlineOffences?: OnlineOffence[];
  @Field({ nullable: true }) extraterritorialJurisdiction?: boolean;
  @Field(() => ForcedLabourOffenceModel, { nullable: true }) forcedLabourOffence?: ForcedLabourOffenceModel;
}

const LIST = { nullable: true } as const;

@InputType('PenaltyInput')
export class PenaltyInput {
  @Field(() => PenaltyOffence) @IsEnum(PenaltyOffence) offence: PenaltyOffence;
  @Field(() => Float, LIST) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) imprisonmentMinYears?: number;
  @Field(() => Float, LIST) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) imprisonmentMaxYears?: number;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() fine?: boolean;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() fineInLieuOfImprisonment?: boolean;
  @Field(() => String, LIST) @IsOptional() @IsString() @Length(1, 1000) note?: string;
}

@InputType('ForcedLabourOffenceInput')
export class ForcedLabourOffenceInput {
  @Field() @IsBoolean() imprisonment: boolean;
  @Field() @IsBoolean() allSectors: boolean;
}

/** Omit a fact the provision does not state: an omitted fact is unknown, never false. */
@InputType('LegalFactsInput')
export class LegalFactsInput {
  @Field(() => [TraffickingAct], LIST) @IsOptional() @IsArray() @IsEnum(TraffickingAct, { each: true }) acts?: TraffickingAct[];
  @Field(() => [String], LIST) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) extraActs?: string[];
  @Field(() => [TraffickingMeans], LIST) @IsOptional() @IsArray() @IsEnum(TraffickingMeans, { each: true }) means?: TraffickingMeans[];
  @Field(() => [String], LIST) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) extraMeans?: string[];
  @Field(() => [ExploitationPurpose], LIST) @IsOptional() @IsArray() @IsEnum(ExploitationPurpose, { each: true }) purposes?: ExploitationPurpose[];
  @Field(() => [String], LIST) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) extraPurposes?: string[];
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() consentIrrelevant?: boolean;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() borderCrossingRequired?: boolean;
  @Field(() => Int, LIST) @IsOptional() @IsInt() childAgeThreshold?: number;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() meansRequiredForChildren?: boolean;
  @Field(() => [PenaltyInput], LIST) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => PenaltyInput) penalties?: PenaltyInput[];
  @Field(() => [String], LIST) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) aggravatingCircumstances?: string[];
  @Field(() => [AncillaryLiability], LIST) @IsOptional() @IsArray() @IsEnum(AncillaryLiability, { each: true }) ancillaryLiability?: AncillaryLiability[];
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() legalPersonLiability?: boolean;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() forfeiture?: boolean;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() restitution?: boolean;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() demandOffence?: boolean;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() mistakeOfAgeDefenceBarred?: boolean;
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() childNonPunishment?: boolean;
  @Field(() => [OnlineOffence], LIST) @IsOptional() @IsArray() @IsEnum(OnlineOffence, { each: true }) onlineOffences?: OnlineOffence[];
  @Field(() => Boolean, LIST) @IsOptional() @IsBoolean() extraterritorialJurisdiction?: boolean;
  @Field(() => ForcedLabourOffenceInput, LIST) @IsOptional() @ValidateNested() @Type(() => ForcedLabourOffenceInput) forcedLabourOffence?: ForcedLabourOffenceInput;
}
