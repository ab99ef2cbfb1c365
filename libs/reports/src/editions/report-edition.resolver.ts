import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@lexgap/audit';
import { Allow, CurrentActor, Permission } from '@lexgap/auth';
import { parseLanguage } from '@lexgap/jurisdictions';
import { pageSize } from '@lexgap/platform';
import { toReportEditionModel } from './report-edition.mapper';
import { PublishReportInput, PublishReportResultModel, ReportEditionConnectionModel, ReportEditionModel } from './report-edition.models';
import { ReportEditionService } from './report-edition.service';

@Resolver(() => ReportEditionModel)
export class ReportEditionResolver {
  constructor(private readonly editions: ReportEditionService) {}

  /** Publishing freezes the data as it stands: those who edit the data decide when it is fit to cite. */
  @Allow(Permission.EDIT_LEGISLATION)
  @Mutation(() => PublishReportResultModel, {
    nullable: true,
    description:
      'Publishes a country or regional report as a citable edition: its data, content hash and every format (html, md, json, and pdf when the deployment has a browser), stored for ever at /reports/editions/{contentHash}.{lang}.{format}. The same report in the same language published again returns the existing edition.',
  })
  async publishReport(@Args('input') input: PublishReportInput, @CurrentActor() actor: Actor): Promise<PublishReportResultModel> {
    const outcome = await this.editions.publish(
      { jurisdiction: input.jurisdiction, region: input.region, lang: parseLanguage(input.lang, 'input.lang'), rubric: input.rubric, version: input.version, asOf: input.asOf },
      actor,
    );
    return { created: outcome.created, edition: toReportEditionModel(outcome), pdfUnavailable: outcome.edition.pdfUnavailable };
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => ReportEditionConnectionModel, { description: "Published editions, newest first: a jurisdiction's (country reports), a region's (regional reports), or all." })
  async reportEditions(
    @Args('jurisdiction', { type: () => String, nullable: true }) jurisdiction: string | null,
    @Args('region', { type: () => String, nullable: true, description: 'Region or group (`OAS`, `419`).' }) region: string | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 250 (default 50).' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ReportEditionConnectionModel> {
    const page = await this.editions.page({ jurisdiction, region, first: pageSize(first), after });
    const edges = page.items.map((e) => ({ cursor: this.editions.cursorOf(e.edition), node: toReportEditionModel(e) }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
