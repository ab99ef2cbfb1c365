import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@lexgap/audit';
import { Allow, CurrentActor, Permission } from '@lexgap/auth';
import { JurisdictionModel } from '@lexgap/jurisdictions';
import { IsoDateScalar, RequestContext } from '@lexgap/platform';
import { InstrumentVersionEntity } from './entities/instrument-version.entity';
import { InstrumentEntity } from './entities/instrument.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { AmendmentService } from './amendment.service';
import { FactReviewService } from './fact-review.service';
import { AmendInstrumentInput, AmendProvisionInput, ConfirmLegalFactsInput, VerifyLegalFactsInput } from './inputs/amendment.inputs';
import { RecordLegalFactsInput, UpsertInstrumentInput, UpsertProvisionInput } from './inputs/legislation.inputs';
import { inForceOn } from './intervals';
import { LegislationLoaders } from './legislation.loaders';
import { toLegalFactSetModel } from './legislation.mappers';
import { instrumentTitle } from './legislation.rules';
import { LegislationService } from './legislation.service';
import { InstrumentModel, InstrumentVersionModel, LegalFactSetModel, ProvisionModel } from './models/legislation.models';

const toInstrument = (e: InstrumentEntity): InstrumentModel => ({ ...e });
const toVersion = (e: InstrumentVersionEntity): InstrumentVersionModel => ({ ...e });
const toProvision = (e: ProvisionEntity): ProvisionModel => ({ ...e });

const AS_OF = { type: () => IsoDateScalar, nullable: true, description: 'Only what is in force on this date; everything when omitted.' } as const;

@Resolver(() => InstrumentModel)
export class InstrumentResolver {
  constructor(
    private readonly legislation: LegislationService,
    private readonly amendments: AmendmentService,
    private readonly loaders: LegislationLoaders,
  ) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => InstrumentModel, { nullable: true })
  async instrument(@Args('id', { type: () => ID }) id: string): Promise<InstrumentModel | null> {
    const found = await this.legislation.findInstrument(id);
    return found ? toInstrument(found) : null;
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => InstrumentModel, { nullable: true, description: 'Creates an instrument (by jurisdiction and key) or updates it given the version you read.' })
  async upsertInstrument(@Args('input') input: UpsertInstrumentInput, @CurrentActor() actor: Actor): Promise<InstrumentModel> {
    return toInstrument((await this.legislation.upsertInstrument(input, actor)).instrument);
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => InstrumentModel, { nullable: true, description: 'Records an amendment of an instrument in one step: the version in force on inForceFrom ends the day before, a new one starts.' })
  async amendInstrument(@Args('input') input: AmendInstrumentInput, @CurrentActor() actor: Actor): Promise<InstrumentModel> {
    return toInstrument((await this.amendments.amendInstrument(input, actor)).instrument);
  }

  /** A field of every Instrument, wherever it appears (scorecard evidence too). */
  @ResolveField(() => String, { description: 'The title to show: titleOriginal, else titleEn (an instrument has at least one).' })
  title(@Parent() i: InstrumentModel): string {
    return instrumentTitle(i);
  }

  @ResolveField(() => [InstrumentVersionModel])
  async versions(@Parent() i: InstrumentModel, @Args('asOf', AS_OF) asOf: string | null, @Context() ctx: RequestContext): Promise<InstrumentVersionModel[]> {
    return (await this.loaders.versions(ctx).load(i.id)).filter((v) => !asOf || inForceOn(v, asOf)).map(toVersion);
  }

  @ResolveField(() => [ProvisionModel])
  async provisions(@Parent() i: InstrumentModel, @Args('asOf', AS_OF) asOf: string | null, @Context() ctx: RequestContext): Promise<ProvisionModel[]> {
    return (await this.loaders.provisions(ctx).load(i.id)).filter((p) => !asOf || inForceOn(p, asOf)).map(toProvision);
  }
}

@Resolver(() => ProvisionModel)
export class ProvisionResolver {
  constructor(
    private readonly legislation: LegislationService,
    private readonly amendments: AmendmentService,
    private readonly factReview: FactReviewService,
    private readonly loaders: LegislationLoaders,
  ) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => ProvisionModel, { nullable: true })
  async provision(@Args('id', { type: () => ID }) id: string): Promise<ProvisionModel | null> {
    const found = await this.legislation.findProvision(id);
    return found ? toProvision(found) : null;
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => ProvisionModel, { nullable: true, description: 'Creates a provision wording, or updates one given its id and the version you read.' })
  async upsertProvision(@Args('input') input: UpsertProvisionInput, @CurrentActor() actor: Actor): Promise<ProvisionModel> {
    return toProvision(await this.legislation.upsertProvision(input, actor));
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => LegalFactSetModel, { nullable: true, description: "Records a provision's structured legal facts, or replaces them given the version you read." })
  async recordLegalFacts(@Args('input') input: RecordLegalFactsInput, @CurrentActor() actor: Actor): Promise<LegalFactSetModel> {
    return toLegalFactSetModel(await this.legislation.recordLegalFacts(input, actor));
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => ProvisionModel, {
    nullable: true,
    description: 'Amends an article in one step and returns the new wording: the wording read ends the day before inForceFrom, and its facts are carried forward as a draft to confirm.',
  })
  async amendProvision(@Args('input') input: AmendProvisionInput, @CurrentActor() actor: Actor): Promise<ProvisionModel> {
    return toProvision(await this.amendments.amendProvision(input, actor));
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => LegalFactSetModel, { nullable: true, description: 'Confirms facts an amendment carried forward: they hold for the new wording, and count from now on.' })
  async confirmLegalFacts(@Args('input') input: ConfirmLegalFactsInput, @CurrentActor() actor: Actor): Promise<LegalFactSetModel> {
    return toLegalFactSetModel(await this.factReview.confirmLegalFacts(input, actor));
  }

  @Allow(Permission.REVIEW)
  @Mutation(() => LegalFactSetModel, { nullable: true, description: "A second expert's verification of a fact set against its source; nobody verifies facts they recorded." })
  async verifyLegalFacts(@Args('input') input: VerifyLegalFactsInput, @CurrentActor() actor: Actor): Promise<LegalFactSetModel> {
    return toLegalFactSetModel(await this.factReview.verifyLegalFacts(input, actor));
  }

  @ResolveField(() => LegalFactSetModel, { nullable: true, description: 'The structured legal facts recorded for this provision.' })
  async facts(@Parent() p: ProvisionModel, @Context() ctx: RequestContext): Promise<LegalFactSetModel | null> {
    const found = await this.loaders.facts(ctx).load(p.id);
    return found ? toLegalFactSetModel(found) : null;
  }
}

@Resolver(() => JurisdictionModel)
export class JurisdictionLegislationFieldsResolver {
  constructor(private readonly loaders: LegislationLoaders) {}

  @ResolveField(() => [InstrumentModel], { description: 'Recorded instruments; with asOf, only those with a version in force on that date.' })
  async instruments(@Parent() j: JurisdictionModel, @Args('asOf', AS_OF) asOf: string | null, @Context() ctx: RequestContext): Promise<InstrumentModel[]> {
    const instruments = await this.loaders.instruments(ctx).load(j.code);
    if (!asOf) return instruments.map(toInstrument);
    const versions = await this.loaders.versions(ctx).loadMany(instruments.map((i) => i.id));
    return instruments
      .filter((_, k) => {
        const own = versions[k];
        return Array.isArray(own) && own.some((v) => inForceOn(v, asOf));
      })
      .map(toInstrument);
  }
}
