import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { Allow, Permission } from '@lexgap/auth';
import { BadUserInputError } from '@lexgap/platform';
import type { Response } from 'express';
import { HttpErrorsFilter } from '@lexgap/platform';
import { ExportFile, ExportService, parseExportFormat, parseJurisdictionList } from './export.service';

function version(raw: string | undefined): number | null {
  if (raw === undefined || raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw BadUserInputError.field('version', `must be a rubric version number; got ${JSON.stringify(raw)}`);
  return n;
}

function send(res: Response, file: ExportFile): void {
  res
    .status(200)
    .set({ 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.fileName}"`, 'cache-control': 'no-store' })
    .send(file.body);
}

/**
 * `GET /exports/scorecards.{csv,xlsx}?region=&rubric=&version=&asOf=&lang=`,
 * `GET /exports/rankings.{csv,xlsx}?region=&rubric=&asOf=&lang=` (published data, anyone),
 * `GET /exports/law-comparison.{csv,xlsx}?jurisdictions=XF,XZ&asOf=&rubric=&version=` (side-by-side law, anyone),
 * `GET /exports/assessments.{csv,xlsx}?jurisdiction=&rubric=&version=&status=` (READ_DRAFTS).
 */
@Controller('exports')
@UseFilters(HttpErrorsFilter)
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('scorecards.:format')
  @Allow(Permission.READ_PUBLISHED)
  async scorecards(
    @Param('format') format: string,
    @Query('region') region: string | undefined,
    @Query('rubric') rubric: string | undefined,
    @Query('version') rubricVersion: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.exportScorecards({ format: parseExportFormat(format), region, rubric, version: version(rubricVersion), asOf, lang }));
  }

  @Get('rankings.:format')
  @Allow(Permission.READ_PUBLISHED)
  async rankings(
    @Param('format') format: string,
    @Query('region') region: string | undefined,
    @Query('rubric') rubric: string | undefined,
    @Query('asOf') asOf: string | undefined,
    @Query('lang') lang: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.exportRankings({ format: parseExportFormat(format), region, rubric, asOf, lang }));
  }

  @Get('law-comparison.:format')
  @Allow(Permission.READ_PUBLISHED)
  async lawComparison(
    @Param('format') format: string,
    @Query('jurisdictions') jurisdictions: string | string[] | undefined,
    @Query('asOf') asOf: string | undefined,
    @Query('rubric') rubric: string | undefined,
    @Query('version') rubricVersion: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.exportLawComparison({ format: parseExportFormat(format), jurisdictions: parseJurisdictionList(jurisdictions), asOf, rubric, version: version(rubricVersion) }));
  }

  @Get('assessments.:format')
  @Allow(Permission.READ_DRAFTS)
  async assessments(
    @Param('format') format: string,
    @Query('jurisdiction') jurisdiction: string | undefined,
    @Query('rubric') rubric: string | undefined,
    @Query('version') rubricVersion: string | undefined,
    @Query('status') status: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.exports.exportAssessments({ format: parseExportFormat(format), jurisdiction, rubric, version: version(rubricVersion), status }));
  }
}
