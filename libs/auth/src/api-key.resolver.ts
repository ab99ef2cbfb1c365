import { Args, Field, GraphQLISODateTime, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import type { Actor } from '@lexgap/audit';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Allow } from './allow.decorator';
import { ApiKeyService, publicView } from './api-key.service';
import { CurrentActor } from './current-actor.decorator';
import { ApiKeyEntity } from './entities/api-key.entity';
import { Permission, Role } from './permissions';

registerEnumType(Role, {
  name: 'Role',
  description: "ADMIN: keys and rubrics. EDITOR: legislation, facts and draft assessments. REVIEWER: approves or returns others' assessments. VIEWER: reads drafts.",
});

@ObjectType('ApiKey', { description: 'An API key, without its secret.' })
export class ApiKeyModel {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field(() => Role)
  role: Role;
  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
  @Field()
  createdBy: string;
  @Field(() => GraphQLISODateTime)
  createdAt: Date;
  @Field(() => Int)
  version: number;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyModel {
  @Field(() => ApiKeyModel)
  apiKey: ApiKeyModel;
  @Field({ description: 'The key to send as `Authorization: Bearer <secret>`. Shown this once only: store it now.' })
  secret: string;
}

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field({ description: 'Who or what holds the key.' })
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}

@InputType('RevokeApiKeyInput')
export class RevokeApiKeyInput {
  @Field(() => ID)
  @IsUUID('4', { message: 'must be the id of an API key' })
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

const toModel = (key: ApiKeyEntity): ApiKeyModel => publicView(key);

@Resolver(() => ApiKeyModel)
export class ApiKeyResolver {
  constructor(private readonly keys: ApiKeyService) {}

  @Allow(Permission.ADMINISTER)
  @Query(() => [ApiKeyModel], { description: 'Every API key, revoked ones included.' })
  async apiKeys(): Promise<ApiKeyModel[]> {
    return (await this.keys.list()).map(toModel);
  }

  @Allow(Permission.ADMINISTER)
  @Mutation(() => CreatedApiKeyModel, { nullable: true, description: 'Creates an API key; its secret is returned once.' })
  async createApiKey(@Args('input') input: CreateApiKeyInput, @CurrentActor() actor: Actor): Promise<CreatedApiKeyModel> {
    const { key, secret } = await this.keys.create(input, actor);
    return { apiKey: toModel(key), secret };
  }

  @Allow(Permission.ADMINISTER)
  @Mutation(() => ApiKeyModel, { nullable: true, description: 'Revokes an API key at once.' })
  async revokeApiKey(@Args('input') input: RevokeApiKeyInput, @CurrentActor() actor: Actor): Promise<ApiKeyModel> {
    return toModel(await this.keys.revoke(input.id, input.version, actor));
  }
}
