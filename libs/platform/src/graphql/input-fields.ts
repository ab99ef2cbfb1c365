import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min } from 'class-validator';
import { SOURCE_LIMITS } from '@lexgap/legal-model';

/** URLs users may cite as sources: http(s) only, host names without a TLD allowed (intranets). */
export const HTTP_URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export const MAX_VERSION = 2_147_483_647;

/** An optional http(s) URL where a record is published: one rule for every input that takes one. */
export function OptionalHttpUrlField(description?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, ...(description ? { description } : {}) }),
    IsOptional(),
    IsUrl(HTTP_URL_OPTIONS, { message: 'must be an http(s) URL' }),
    MaxLength(SOURCE_LIMITS.urlMax),
  );
}

/** The version of a record the caller read, required (optimistic concurrency: a stale one is CONFLICT). */
export function ReadVersionField(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { description }),
    IsInt(),
    Min(1),
    Max(MAX_VERSION),
  );
}

/** Inputs that create a record (no version) or update one (the version the caller read). */
@InputType({ isAbstract: true })
export abstract class VersionedInput {
  @Field(() => Int, { nullable: true, description: 'The version you read; required to update, omitted to create.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}

/** Inputs recording a legal fact: each carries its source, a URL or a citation (or both). */
@InputType({ isAbstract: true })
export abstract class SourcedInput extends VersionedInput {
  @OptionalHttpUrlField()
  sourceUrl?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(SOURCE_LIMITS.citationMin, SOURCE_LIMITS.citationMax)
  sourceCitation?: string;
}
