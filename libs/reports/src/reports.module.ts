import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { RubricModule } from '@lexgap/rubric';
import { ScoringModule } from '@lexgap/scoring';
import { TreatiesModule } from '@lexgap/treaties';
import { ReportEditionResolver } from './editions/report-edition.resolver';
import { ReportEditionService } from './editions/report-edition.service';
import { ReportEditionsController } from './editions/report-editions.controller';
import { GapReportResolver } from './graphql/gap-report.resolver';
import { ReportCompareController } from './http/report-compare.controller';
import { ReportController } from './http/report.controller';
import { ReportExplanationsModule } from './i18n/catalogue-explanations';
import { ReportDataService } from './report-data.service';
import { ReportService } from './report.service';

/**
 * Gap reports for advocates: country and regional, in en/es/pt/fr, as HTML, Markdown, PDF and
 * JSON. HTTP /reports, GraphQL `gapReport`, and the services the CLI's report command uses.
 * Citable editions: GraphQL `publishReport` and `reportEditions`, HTTP /reports/editions.
 */
@Module({
  imports: [JurisdictionsModule, TreatiesModule, RubricModule, ScoringModule, ReportExplanationsModule],
  // The comparison first: ReportController's `/reports/:file` would take `compare.html` for a country code.
  // And the editions: `/reports/editions` too.
  controllers: [ReportCompareController, ReportEditionsController, ReportController],
  providers: [ReportDataService, ReportService, GapReportResolver, ReportEditionService, ReportEditionResolver],
  exports: [ReportDataService, ReportService, ReportEditionService],
})
export class ReportsModule {}
