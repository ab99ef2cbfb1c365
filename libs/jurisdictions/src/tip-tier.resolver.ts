import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@lexgap/platform';
import { JurisdictionLoaders } from './jurisdiction.loaders';
import { JurisdictionModel } from './models/jurisdiction.model';
import { TipTierModel, toTipTierModel } from './models/tip-tier.model';

/** `Jurisdiction.tipTiers`: the US TIP Report tiers recorded for it, read like the jurisdiction (READ_PUBLISHED). */
@Resolver(() => JurisdictionModel)
export class JurisdictionTipTierFieldsResolver {
  constructor(private readonly loaders: JurisdictionLoaders) {}

  @ResolveField(() => [TipTierModel], {
    description:
      "Its tier in each US State Department Trafficking in Persons Report recorded, oldest first: the Department's judgement of the government's whole anti-trafficking effort, not of its law alone (a comparator beside lexgap's score). Years with no recorded tier are absent, not \"no tier\".",
  })
  async tipTiers(@Parent() j: JurisdictionModel, @Context() ctx: RequestContext): Promise<TipTierModel[]> {
    return (await this.loaders.tipTiers(ctx).load(j.code)).map(toTipTierModel);
  }
}
