import { Args, Field, GraphQLISODateTime, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from './json-object.scalar';
import { AuditTrail } from '@lexgap/audit';
import { pageSize } from '@lexgap/platform';
import { Allow } from './allow.decorator';
import { Permission } from './permissions';

@ObjectType('AuditEvent', { description: 'One write: who, when, which operation, and the record before and after.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;
  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
  @Field({ description: 'API key id of the writer (system:seed for shipped reference data).' })
  actorId: string;
  @Field()
  actorName: string;
  @Field()
  operation: string;
  @Field()
  entityType: string;
  @Field()
  entityId: string;
  @Field(() => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;
  @Field(() => String, { nullable: true })
  requestId: string | null;
}

@Resolver(() => AuditEventModel)
export class AuditLogResolver {
  constructor(private readonly trail: AuditTrail) {}

  @Allow(Permission.READ_DRAFTS)
  @Query(() => [AuditEventModel], { description: 'The history of one record, oldest first (entity: Instrument, Provision, LegalFactSet, TreatyAction, Assessment, ApiKey, ...).' })
  auditLog(@Args('entity') entity: string, @Args('id', { type: () => ID }) id: string, @Args('first', { type: () => Int, nullable: true }) first: number | null): Promise<AuditEventModel[]> {
    return this.trail.history(entity, id, pageSize(first, 100));
  }
}
