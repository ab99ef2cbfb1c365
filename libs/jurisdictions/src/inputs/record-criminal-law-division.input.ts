import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsoDateScalar, MAX_VERSION } from '@lexgap/platform';
import { IsEnum, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { CriminalLawDivision } from '../entities/jurisdiction.entity';

registerEnumType(CriminalLawDivision, {
  name: 'CriminalLawDivision',
  description: "How a country's criminal law is divided: NATIONAL (one national penal code) or NATIONAL_AND_SUBNATIONAL (national and state or provincial codes).",
});

@InputType('RecordCriminalLawDivisionInput', { description: "Records how a country's criminal law is divided between the nation and its units, with its source." })
export class RecordCriminalLawDivisionInput {
  @Field({ description: 'The country (ISO 3166-1 alpha-2 or alpha-3).' })
  @IsString()
  @Length(2, 10)
  country: string;

  @Field(() => CriminalLawDivision)
  @IsEnum(CriminalLawDivision, { message: `must be one of ${Object.values(CriminalLawDivision).join(', ')}` })
  division: CriminalLawDivision;

  @Field({ description: "The source of the reading: the constitution's article or a study of it (URL or citation)." })
  @IsString()
  @Length(3, 1000)
  source: string;

  @Field(() => IsoDateScalar, { description: 'The date the reading is current to.' })
  @IsString()
  asOf: string;

  @Field(() => Int, { description: "The country's version you read (optimistic locking)." })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}
