import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Allow, Permission } from '@lexgap/auth';
import { BadUserInputError, HttpErrorsFilter } from '@lexgap/platform';
import type { Request, Response } from 'express';
import { COMPARISON_MAX_JURISDICTIONS } from '../model/comparison-report.model';
import { httpReportLinks, reportFileName } from '../render/report-view';
import { parseReportFormat, ReportService } from '../report.service';
import { countryOnly, entityTag, notModified, options as reportOptions, ReportQuery, send } from './report.controller';

interface CompareQuery extends ReportQuery {
  codes?: string | string[];
}

/** `?codes=GT,HN,SV` (or `?codes=GT&codes=HN`): the codes as given, in column order. */
function codesOf(query: CompareQuery): string[] {
  const raw = Array.isArray(query.codes) ? query.codes.join(',') : (query.codes ?? '');
  if (typeof raw !== 'string' || raw.trim() === '') throw BadUserInputError.field('codes', `is missing: name 2 to ${COMPARISON_MAX_JURISDICTIONS} jurisdictions, comma-separated (?codes=GT,HN,SV)`);
  return raw
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * `GET /reports/compare.{html,md,pdf,json}?codes=GT,HN,SV&lang=es&rubric=&version=&asOf=`:
 * jurisdictions' scorecards side by side, criterion by criterion. Registered before
 * ReportController, whose `/reports/:file` would otherwise take `compare.html` for a country.
 */
@Controller('reports')
@UseFilters(HttpErrorsFilter)
export class ReportCompareController {
  constructor(private readonly reports: ReportService) {}

  @Get('compare')
  @Allow(Permission.READ_PUBLISHED)
  missingFormat(): never {
    throw BadUserInputError.field('format', 'is missing: ask for /reports/compare.html, .md, .pdf or .json');
  }

  @Get('compare.:format')
  @Allow(Permission.READ_PUBLISHED)
  async compare(@Param('format') rawFormat: string, @Query() query: CompareQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const format = parseReportFormat(rawFormat);
    const opts = countryOnly(reportOptions(query));
    const report = await this.reports.data.comparisonReport(codesOf(query), opts);
    const etag = entityTag(report.provenance.contentHash, format, query);
    if (notModified(req, res, etag)) return;
    const rendered = await this.reports.renderComparison(report, format, httpReportLinks(opts));
    const code = report.jurisdictions.map((j) => j.jurisdiction.code).join('-');
    send(res, rendered, format, reportFileName({ kind: 'comparison', code }, format, opts.lang), etag);
  }
}
