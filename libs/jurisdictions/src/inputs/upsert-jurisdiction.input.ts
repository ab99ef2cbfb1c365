import { Field, InputType } from '@nestjs/graphql';
import { VersionedInput } from '@lexgap/platform';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

@InputType('LocalizedNamesInput')
export class LocalizedNamesInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  en: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must not be empty (omit it instead)' })
  @MaxLength(200)
  es?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must not be empty (omit it instead)' })
  @MaxLength(200)
  pt?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must not be empty (omit it instead)' })
  @MaxLength(200)
  fr?: string;
}

@InputType('UpsertJurisdictionInput', {
  description: 'Creates a jurisdiction (omit `version`) or updates one (send the `version` you read).',
})
export class UpsertJurisdictionInput extends VersionedInput {
  @Field({ description: 'ISO 3166-1 alpha-2/alpha-3 or ISO 3166-2 code.' })
  @IsString()
  @MaxLength(10)
  code: string;

  @Field(() => LocalizedNamesInput)
  @ValidateNested()
  @Type(() => LocalizedNamesInput)
  names: LocalizedNamesInput;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code (countries only).' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be three capital letters (ISO 3166-1 alpha-3)' })
  alpha3?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 numeric / UN M49 code (countries only).' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'must be three digits (ISO 3166-1 numeric)' })
  numericCode?: string;

  @Field({ description: 'Where the names and codes come from (URL or citation).' })
  @IsString()
  @Length(3, 500)
  source: string;
}
