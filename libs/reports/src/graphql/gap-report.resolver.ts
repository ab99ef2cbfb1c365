import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@lexgap/auth';
import { parseLanguage, toJurisdictionModel } from '@lexgap/jurisdictions';
import { IsoDateScalar } from '@lexgap/platform';
import { toRubricModel } from '@lexgap/rubric';
import { httpReportLinks } from '../render/report-view';
import { ReportDataService } from '../report-data.service';
import { GapReportModel } from './gap-report.models';
import { toGapReportModel } from './gap-report.mapper';

@Resolver(() => GapReportModel)
export class GapReportResolver {
  constructor(private readonly reports: ReportDataService) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => GapReportModel, { description: "A jurisdiction's gap report in the reader's language: the data behind GET /reports/{code}.{html,md,pdf,json}." })
  async gapReport(
    @Args('jurisdiction') code: string,
    @Args('rubric', { type: () => String, nullable: true, description: 'Rubric id (default tip-legal-framework).' }) rubric: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'Rubric version (default the latest).' }) version: number | null,
    @Args('asOf', { type: () => IsoDateScalar, nullable: true, description: 'Default today.' }) asOf: string | null,
    @Args('lang', { type: () => String, nullable: true, description: 'en, es, pt or fr (default en).' }) lang: string | null,
  ): Promise<GapReportModel> {
    const options = { rubric, version, asOf, lang: parseLanguage(lang) };
    const jurisdiction = await this.reports.requireJurisdiction(code);
    const resolved = await this.reports.resolve(options);
    const [report] = await this.reports.countryReports([jurisdiction], resolved);
    return toGapReportModel(report, toJurisdictionModel(jurisdiction), toRubricModel(resolved.rubric, resolved.lang), httpReportLinks({ rubric, version, asOf }));
  }
}
