import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { RubricModule } from '@lexgap/rubric';
import { ScoringModule } from '@lexgap/scoring';
import { TreatiesModule } from '@lexgap/treaties';
import { GapReportResolver } from './graphql/gap-report.resolver';
import { ReportController } from './http/report.controller';
import { ReportDataService } from './report-data.service';
import { ReportService } from './report.service';

/**
 * Gap reports for advocates: country and regional, in en/es/pt/fr, as HTML, Markdown, PDF and
 * JSON. HTTP /reports, GraphQL `gapReport`, and the services the CLI's report command uses.
 */
@Module({
  imports: [JurisdictionsModule, TreatiesModule, RubricModule, ScoringModule],
  controllers: [ReportController],
  providers: [ReportDataService, ReportService, GapReportResolver],
  exports: [ReportDataService, ReportService],
})
export class ReportsModule {}
