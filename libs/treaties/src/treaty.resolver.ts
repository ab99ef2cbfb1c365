import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor, Permission } from '@lexgap/auth';
import type { Actor } from '@lexgap/audit';
import { JurisdictionModel } from '@lexgap/jurisdictions';
import { IsoDateScalar, RequestContext, todayIso } from '@lexgap/platform';
import { RecordTreatyActionInput, RecordTreatyStatusObservationInput } from './inputs/record-treaty-action.input';
import { TreatyActionModel, TreatyModel, TreatyStatusModel, TreatyStatusObservationModel } from './models/treaty.models';
import { statusOf } from './treaty-status';
import { TreatyLoaders } from './treaty.loaders';
import { toActionModel, toObservationModel } from './treaty.mappers';
import { TreatyService } from './treaty.service';

@Resolver(() => TreatyModel)
export class TreatyResolver {
  constructor(private readonly service: TreatyService) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => [TreatyModel], { description: 'The treaties lexgap tracks.' })
  treaties(): Promise<TreatyModel[]> {
    return this.service.listTreaties();
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => TreatyActionModel, { nullable: true, description: 'Records a treaty action, or corrects one given its id and the version you read.' })
  async recordTreatyAction(@Args('input') input: RecordTreatyActionInput, @CurrentActor() actor: Actor): Promise<TreatyActionModel> {
    return toActionModel(await this.service.recordAction(input, actor));
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => TreatyStatusObservationModel, { nullable: true, description: "Records a source's statement of a state's status on a date." })
  async recordTreatyStatusObservation(@Args('input') input: RecordTreatyStatusObservationInput, @CurrentActor() actor: Actor): Promise<TreatyStatusObservationModel> {
    return toObservationModel(await this.service.recordObservation(input, actor));
  }
}

/** Treaty fields of Jurisdiction, answered "as of a date" (today by default). */
@Resolver(() => JurisdictionModel)
export class JurisdictionTreatyFieldsResolver {
  constructor(private readonly loaders: TreatyLoaders) {}

  @ResolveField(() => TreatyStatusModel, { description: 'Status under one treaty on `asOf` (default today).' })
  async treatyStatus(
    @Parent() j: JurisdictionModel,
    @Args('treaty') treaty: string,
    @Args('asOf', { type: () => IsoDateScalar, nullable: true }) asOf: string | null,
    @Context() ctx: RequestContext,
  ): Promise<TreatyStatusModel> {
    const found = await this.loaders.treaty(ctx, treaty, 'treaty');
    const [actions, observations] = await Promise.all([this.loaders.actions(ctx).load(j.code), this.loaders.observations(ctx).load(j.code)]);
    return statusOf(found.code, asOf ?? todayIso(), actions, observations, found.adoptedOn);
  }

  @ResolveField(() => [TreatyActionModel], { description: 'Recorded actions, oldest first; only those dated on or before `asOf` when given.' })
  async treatyActions(
    @Parent() j: JurisdictionModel,
    @Args('treaty', { type: () => String, nullable: true }) treaty: string | null,
    @Args('asOf', { type: () => IsoDateScalar, nullable: true }) asOf: string | null,
    @Context() ctx: RequestContext,
  ): Promise<TreatyActionModel[]> {
    const wanted = treaty?.trim().toUpperCase();
    const actions = await this.loaders.actions(ctx).load(j.code);
    return actions.filter((a) => (!wanted || a.treatyCode === wanted) && (!asOf || a.date <= asOf)).map(toActionModel);
  }

  @ResolveField(() => [TreatyStatusObservationModel], { description: "Sources' statements of status where no dated action is known." })
  async treatyObservations(
    @Parent() j: JurisdictionModel,
    @Args('treaty', { type: () => String, nullable: true }) treaty: string | null,
    @Context() ctx: RequestContext,
  ): Promise<TreatyStatusObservationModel[]> {
    const wanted = treaty?.trim().toUpperCase();
    return (await this.loaders.observations(ctx).load(j.code)).filter((o) => !wanted || o.treatyCode === wanted).map(toObservationModel);
  }
}
