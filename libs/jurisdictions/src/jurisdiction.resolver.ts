import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor, Permission } from '@lexgap/auth';
import type { Actor } from '@lexgap/audit';
import { pageSize, RequestContext } from '@lexgap/platform';
import { JurisdictionEntity } from './entities/jurisdiction.entity';
import { RegionKind } from './entities/region.entity';
import { RecordCriminalLawDivisionInput } from './inputs/record-criminal-law-division.input';
import { UpsertJurisdictionInput } from './inputs/upsert-jurisdiction.input';
import { JurisdictionLoaders } from './jurisdiction.loaders';
import { JurisdictionService } from './jurisdiction.service';
import { parseLanguage } from './languages';
import { JurisdictionConnectionModel } from './models/jurisdiction-connection.model';
import { JurisdictionModel } from './models/jurisdiction.model';
import { RegionMembershipModel, RegionModel } from './models/region.model';

export function toJurisdictionModel(e: JurisdictionEntity): JurisdictionModel {
  return {
    code: e.code,
    kind: e.kind,
    alpha3: e.alpha3,
    numericCode: e.numericCode,
    names: { en: e.nameEn, es: e.nameEs, pt: e.namePt, fr: e.nameFr },
    source: e.source,
    version: e.version,
    parentCode: e.parentCode,
    criminalLaw:
      e.criminalLawDivision && e.criminalLawDivisionSource && e.criminalLawDivisionAsOf
        ? { division: e.criminalLawDivision, source: e.criminalLawDivisionSource, asOf: e.criminalLawDivisionAsOf }
        : null,
  };
}

@Resolver(() => JurisdictionModel)
export class JurisdictionResolver {
  constructor(
    private readonly service: JurisdictionService,
    private readonly loaders: JurisdictionLoaders,
  ) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => JurisdictionModel, { nullable: true, description: 'A jurisdiction by ISO code (alpha-3 is accepted and normalised).' })
  async jurisdiction(@Args('code') code: string): Promise<JurisdictionModel | null> {
    const found = await this.service.findByCode(code);
    return found ? toJurisdictionModel(found) : null;
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => JurisdictionConnectionModel, { description: 'Jurisdictions ordered by code, optionally the members of one region or group.' })
  async jurisdictions(
    @Args('region', { type: () => String, nullable: true, description: 'UN M49 code (`419`) or group (`OAS`).' }) region: string | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 250 (default 50).' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<JurisdictionConnectionModel> {
    const size = pageSize(first);
    const page = await this.service.page({ region, first: size, after });
    const edges = page.items.map((e) => ({ cursor: this.service.cursorOf(e), node: toJurisdictionModel(e) }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => [RegionModel], { description: 'UN M49 regions and named groups of states.' })
  async regions(): Promise<RegionModel[]> {
    return (await this.service.listRegions()).map((r) => ({ ...r, name: r.nameEn }));
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => JurisdictionModel, { nullable: true, description: 'Creates a jurisdiction, or updates one given the version you read.' })
  async upsertJurisdiction(@Args('input') input: UpsertJurisdictionInput, @CurrentActor() actor: Actor): Promise<JurisdictionModel> {
    return toJurisdictionModel(await this.service.upsert(input, actor));
  }

  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => JurisdictionModel, { nullable: true, description: "Records how a country's criminal law is divided between the nation and its units, with its source (send the version you read)." })
  async recordCriminalLawDivision(@Args('input') input: RecordCriminalLawDivisionInput, @CurrentActor() actor: Actor): Promise<JurisdictionModel> {
    return toJurisdictionModel(await this.service.recordCriminalLawDivision(input, actor));
  }

  @ResolveField(() => String, { description: 'The name in `lang` (en, es, pt, fr), English where none is recorded.' })
  name(@Parent() j: JurisdictionModel, @Args('lang', { type: () => String, nullable: true }) lang: string | null): string {
    const language = parseLanguage(lang);
    return j.names[language] ?? j.names.en;
  }

  @ResolveField(() => JurisdictionModel, { nullable: true, description: 'The country a sub-national unit belongs to.' })
  async parent(@Parent() j: JurisdictionModel, @Context() ctx: RequestContext): Promise<JurisdictionModel | null> {
    if (!j.parentCode) return null;
    const parent = await this.loaders.byCode(ctx).load(j.parentCode);
    return parent ? toJurisdictionModel(parent) : null;
  }

  @ResolveField(() => [JurisdictionModel], { description: 'Sub-national units recorded under this jurisdiction.' })
  async subdivisions(@Parent() j: JurisdictionModel, @Context() ctx: RequestContext): Promise<JurisdictionModel[]> {
    return (await this.loaders.subdivisions(ctx).load(j.code)).map(toJurisdictionModel);
  }

  @ResolveField(() => [String], { description: 'Named groups it belongs to, e.g. "OAS".' })
  async groups(@Parent() j: JurisdictionModel, @Context() ctx: RequestContext): Promise<string[]> {
    return (await this.loaders.memberships(ctx).load(j.code)).filter((m) => m.kind === RegionKind.GROUP).map((m) => m.regionCode);
  }

  @ResolveField(() => [RegionMembershipModel], { description: 'Every region and group it belongs to, with notes.' })
  async memberships(@Parent() j: JurisdictionModel, @Context() ctx: RequestContext): Promise<RegionMembershipModel[]> {
    return this.loaders.memberships(ctx).load(j.code);
  }
}
