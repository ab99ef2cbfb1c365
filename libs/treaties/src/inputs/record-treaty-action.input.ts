import { Field, ID, InputType } from '@nestjs/graphql';
import { IsoDateScalar, SourcedInput } from '@lexgap/platform';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DatePrecisionEnum, ObservedStatusEnum, TreatyActionTypeEnum } from '../models/treaty.models';

@InputType('RecordTreatyActionInput', {
  description: 'Records a treaty action (omit id and version), or corrects one (send both). Every action needs a source URL or citation.',
})
export class RecordTreatyActionInput extends SourcedInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'must be the id of a recorded treaty action' })
  id?: string;

  @Field({ description: 'Jurisdiction code (alpha-2, alpha-3 or ISO 3166-2).' })
  @IsString()
  @MaxLength(10)
  jurisdiction: string;

  @Field({ description: 'Treaty code, e.g. PALERMO.' })
  @IsString()
  @MaxLength(20)
  treaty: string;

  @Field(() => TreatyActionTypeEnum)
  @IsEnum(TreatyActionTypeEnum)
  type: TreatyActionTypeEnum;

  @Field(() => IsoDateScalar, { description: 'The date, or the first day of its month or year for lower precision.' })
  @IsString()
  date: string;

  @Field(() => DatePrecisionEnum)
  @IsEnum(DatePrecisionEnum)
  datePrecision: DatePrecisionEnum;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  reservations?: string;

  @Field(() => IsoDateScalar, { description: "The date the source's information is current to." })
  @IsString()
  asOf: string;

  @Field()
  @IsBoolean()
  verified: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

@InputType('RecordTreatyStatusObservationInput', {
  description: "Records a source's statement that on a date a state was, or was not, a party (where no dated action is known).",
})
export class RecordTreatyStatusObservationInput extends SourcedInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('4', { message: 'must be the id of a recorded observation' })
  id?: string;

  @Field()
  @IsString()
  @MaxLength(10)
  jurisdiction: string;

  @Field()
  @IsString()
  @MaxLength(20)
  treaty: string;

  @Field(() => ObservedStatusEnum)
  @IsEnum(ObservedStatusEnum)
  status: ObservedStatusEnum;

  @Field(() => IsoDateScalar)
  @IsString()
  observedOn: string;

  @Field()
  @IsBoolean()
  verified: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}
