import { Args, Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BadUserInputError, RequestContext } from '@lexgap/platform';
import { LegislationLoaders } from './legislation.loaders';
import { ProvisionModel } from './models/legislation.models';
import { ProvisionDiffModel } from './models/provision-diff.models';
import { wordingDiff } from '@lexgap/legal-model';

@Resolver(() => ProvisionModel)
export class ProvisionDiffResolver {
  constructor(private readonly loaders: LegislationLoaders) {}

  @ResolveField(() => ProvisionDiffModel, { nullable: true, description: 'What changed, word by word, from another wording of the same article (same instrument and key) to this one.' })
  async diff(@Parent() p: ProvisionModel, @Args('from', { type: () => ID }) from: string, @Context() ctx: RequestContext): Promise<ProvisionDiffModel> {
    const earlier = await this.loaders.provisionById(ctx).load(from);
    if (!earlier) throw BadUserInputError.field('from', `names no recorded provision (${JSON.stringify(from)})`);
    if (earlier.instrumentId !== p.instrumentId || earlier.key !== p.key) {
      throw BadUserInputError.field('from', `is not a wording of the same article: it is ${earlier.key} of instrument ${earlier.instrumentId}, this is ${p.key} of instrument ${p.instrumentId}`);
    }
    return { fromId: earlier.id, toId: p.id, ...wordingDiff(earlier.text, p.text) };
  }
}
