import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CLOSED_LISTS,
  ClosedListName,
  EXTRA_ENTRY_MAX_LENGTH,
  ForcedLabourOffence,
  LEGAL_FACT_FIELDS,
  LegalFactFieldSpec,
  Penalty,
  PENALTY_NOTE_MAX_LENGTH,
  PENALTY_OFFENCES,
  PenaltyOffence,
} from '@lexgap/legal-model';
import { EnumObject, graphqlEnum } from '@lexgap/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/**
 * The GraphQL side of the legal facts, derived from the one table of the legal model
 * (LEGAL_FACT_FIELDS): each closed list becomes an enum, each fact a nullable field of the
 * `LegalFacts` type and of `LegalFactsInput`. Nothing here lists a fact by hand.
 */

/** The schema names of the closed lists; the compiler refuses a list without one. */
const LIST_ENUM_NAMES: Record<ClosedListName, { name: string; description: string }> = {
  ACTS: { name: 'TraffickingAct', description: 'Acts of Palermo Protocol Art. 3(a).' },
  MEANS: { name: 'TraffickingMeans', description: 'Means of Palermo Protocol Art. 3(a).' },
  PURPOSES: { name: 'ExploitationPurpose', description: 'Minimum purposes of exploitation of Palermo Protocol Art. 3(a).' },
  AGGRAVATING_CIRCUMSTANCES: {
    name: 'AggravatingCircumstance',
    description: 'Aggravating circumstances a law states; the default rubric reads CHILD_VICTIM, ORGANISED_GROUP and PUBLIC_OFFICIAL (PEN-5).',
  },
  ANCILLARY_LIABILITY: { name: 'AncillaryLiability', description: 'Forms of participation of Palermo Protocol Art. 5(2).' },
  ONLINE_OFFENCES: { name: 'OnlineOffence', description: 'Online and material offences around child sexual exploitation.' },
};

export const LIST_ENUMS = Object.fromEntries((Object.keys(CLOSED_LISTS) as ClosedListName[]).map((list) => [list, graphqlEnum(CLOSED_LISTS[list], LIST_ENUM_NAMES[list])])) as {
  [L in ClosedListName]: EnumObject<(typeof CLOSED_LISTS)[L][number]>;
};

export const PenaltyOffenceEnum = graphqlEnum(PENALTY_OFFENCES, { name: 'PenaltyOffence', description: 'The offence a penalty is for; RAPE is the comparator.' });

@ObjectType('Penalty')
export class PenaltyModel implements Penalty {
  @Field(() => PenaltyOffenceEnum)
  offence: PenaltyOffence;
  @Field(() => Float, { nullable: true })
  imprisonmentMinYears?: number;
  @Field(() => Float, { nullable: true, description: 'Null when the maximum is life imprisonment (lifeImprisonment) or not stated.' })
  imprisonmentMaxYears?: number;
  @Field(() => Boolean, { nullable: true, description: 'The maximum is imprisonment for life (then imprisonmentMaxYears is null): above any term of years.' })
  lifeImprisonment?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'A fine may be imposed.' })
  fine?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'A fine may be imposed instead of imprisonment.' })
  fineInLieuOfImprisonment?: boolean;
  @Field(() => String, { nullable: true })
  note?: string;
}

@ObjectType('ForcedLabourOffence')
export class ForcedLabourOffenceModel implements ForcedLabourOffence {
  @Field({ description: 'Forced labour is punished with imprisonment.' })
  imprisonment: boolean;
  @Field({ description: 'The offence covers all sectors, domestic and informal work included.' })
  allSectors: boolean;
}

const OPTIONAL = { nullable: true } as const;

@InputType('PenaltyInput')
export class PenaltyInput implements Penalty {
  @Field(() => PenaltyOffenceEnum) @IsIn(PENALTY_OFFENCES) offence: PenaltyOffence;
  @Field(() => Float, OPTIONAL) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) imprisonmentMinYears?: number;
  @Field(() => Float, OPTIONAL) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) imprisonmentMaxYears?: number;
  @Field(() => Boolean, { nullable: true, description: 'The maximum is imprisonment for life: give no imprisonmentMaxYears then.' }) @IsOptional() @IsBoolean() lifeImprisonment?: boolean;
  @Field(() => Boolean, OPTIONAL) @IsOptional() @IsBoolean() fine?: boolean;
  @Field(() => Boolean, OPTIONAL) @IsOptional() @IsBoolean() fineInLieuOfImprisonment?: boolean;
  @Field(() => String, OPTIONAL) @IsOptional() @IsString() @MaxLength(PENALTY_NOTE_MAX_LENGTH) note?: string;
}

@InputType('ForcedLabourOffenceInput')
export class ForcedLabourOffenceInput implements ForcedLabourOffence {
  @Field() @IsBoolean() imprisonment: boolean;
  @Field() @IsBoolean() allSectors: boolean;
}

/**
 * Structured legal facts (RUBRIC.md). Null means "not stated by this provision", never "no". The
 * fields are added below from the table; code holding the facts types them as LegalFacts.
 */
@ObjectType('LegalFacts')
export class LegalFactsModel {}

/** Omit a fact the provision does not state: an omitted fact is unknown, never false. */
@InputType('LegalFactsInput')
export class LegalFactsInput {}

/** Most entries a list of facts may hold (a law lists a handful; the bound keeps requests small). */
const MAX_LIST_ENTRIES = 30;
const MAX_PENALTIES = 50;

type FieldType = () => unknown;

/** The GraphQL type of a fact, as output and as input. */
function typesOf(spec: LegalFactFieldSpec): { output: FieldType; input: FieldType } {
  switch (spec.kind) {
    case 'list':
      return { output: () => [LIST_ENUMS[spec.list]], input: () => [LIST_ENUMS[spec.list]] };
    case 'extras':
      return { output: () => [String], input: () => [String] };
    case 'flag':
      return { output: () => Boolean, input: () => Boolean };
    case 'age':
      return { output: () => Int, input: () => Int };
    case 'penalties':
      return { output: () => [PenaltyModel], input: () => [PenaltyInput] };
    case 'forcedLabour':
      return { output: () => ForcedLabourOffenceModel, input: () => ForcedLabourOffenceInput };
  }
}

/** The type checks of an input fact; its meaning is checked by validateLegalFacts, the one validator. */
function inputChecks(spec: LegalFactFieldSpec): PropertyDecorator[] {
  switch (spec.kind) {
    case 'list':
      return [IsArray(), ArrayMaxSize(MAX_LIST_ENTRIES), IsIn(CLOSED_LISTS[spec.list], { each: true })];
    case 'extras':
      return [IsArray(), ArrayMaxSize(MAX_LIST_ENTRIES), IsString({ each: true }), MaxLength(EXTRA_ENTRY_MAX_LENGTH, { each: true })];
    case 'flag':
      return [IsBoolean()];
    case 'age':
      return [IsInt()];
    case 'penalties':
      return [IsArray(), ArrayMaxSize(MAX_PENALTIES), ValidateNested({ each: true }), Type(() => PenaltyInput)];
    case 'forcedLabour':
      return [ValidateNested(), Type(() => ForcedLabourOffenceInput)];
  }
}

for (const spec of LEGAL_FACT_FIELDS as readonly LegalFactFieldSpec[]) {
  const { output, input } = typesOf(spec);
  Field(output as never, { nullable: true, description: spec.description })(LegalFactsModel.prototype, spec.name);
  Field(input as never, { nullable: true, description: spec.description })(LegalFactsInput.prototype, spec.name);
  for (const check of [IsOptional(), ...inputChecks(spec)]) check(LegalFactsInput.prototype, spec.name);
}
