import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { Allow, Permission } from '@lexgap/auth';
import { parseLanguage } from '@lexgap/jurisdictions';
import { BadUserInputException, HttpErrorsFilter } from '@lexgap/platform';
import type { Response } from 'express';
import { reportFileName, httpReportLinks, ReportFormat } from '../render/report-view';
import { ReportOptions } from '../report-data.service';
import { parseReportFormat, ReportFile, ReportService } from '../report.service';

/**
 * Reports are documents: besides the escaping in every template, the browser is told to run no
 * script and load nothing from elsewhere, whatever the HTML holds.
 */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

interface ReportQuery {
  lang?: string;
  rubric?: string;
  version?: string;
  asOf?: string;
  region?: string;
}

function options(query: ReportQuery): ReportOptions {
  let version: number | null = null;
  if (query.version !== undefined && query.version !== '') {
    version = Number(query.version);
    if (!Number.isInteger(version) || version < 1) throw BadUserInputException.field('version', `must be a rubric version number from 1; got ${JSON.stringify(query.version)}`);
  }
  return { lang: parseLanguage(query.lang), rubric: query.rubric || null, version, asOf: query.asOf || null };
}

/** `GT.pdf` → ['GT', 'pdf']; the code may hold a hyphen (`US-CA.html`). */
function splitFile(file: string): [string, ReportFormat] {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) throw BadUserInputException.field('format', `is missing: ask for ${file}.html, .md, .pdf or .json`);
  return [file.slice(0, dot), parseReportFormat(file.slice(dot + 1))];
}

function send(res: Response, file: ReportFile, format: ReportFormat, name: string): void {
  res.status(200).set({
    'content-type': file.contentType,
    'content-disposition': `inline; filename="${name}"`,
    'x-content-hash': file.contentHash,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
    ...(format === 'html' ? { 'content-security-policy': HTML_POLICY } : {}),
  });
  res.send(file.body);
}

/**
 * `GET /reports` (the index), `GET /reports/{code}.{html,md,pdf,json}` (a country or sub-national
 * unit) and `GET /reports/regions/{code}.{…}` (OAS or a UN M49 area), each with
 * `?lang=&rubric=&version=&asOf=`. Published data: anyone may read them.
 */
@Controller('reports')
@UseFilters(HttpErrorsFilter)
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get()
  @Allow(Permission.READ_PUBLISHED)
  async index(@Query() query: ReportQuery, @Res() res: Response): Promise<void> {
    const opts = options(query);
    const body = await this.reports.index(opts, httpReportLinks(opts), query.region || null);
    // Headers only once the page exists, so an error still answers as JSON.
    res.status(200).set({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': HTML_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' }).send(body);
  }

  @Get('regions/:file')
  @Allow(Permission.READ_PUBLISHED)
  async regional(@Param('file') file: string, @Query() query: ReportQuery, @Res() res: Response): Promise<void> {
    const [code, format] = splitFile(file);
    const opts = options(query);
    const report = await this.reports.regional(code, format, opts, httpReportLinks(opts));
    send(res, report, format, reportFileName({ kind: 'regional', code: code.toUpperCase() }, format, opts.lang));
  }

  @Get(':file')
  @Allow(Permission.READ_PUBLISHED)
  async country(@Param('file') file: string, @Query() query: ReportQuery, @Res() res: Response): Promise<void> {
    const [code, format] = splitFile(file);
    const opts = options(query);
    const report = await this.reports.country(code, format, opts, httpReportLinks(opts));
    send(res, report, format, reportFileName({ kind: 'country', code: code.toUpperCase() }, format, opts.lang));
  }
}
