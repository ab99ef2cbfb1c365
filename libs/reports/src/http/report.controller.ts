import { createHash } from 'node:crypto';
import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Allow, Permission } from '@lexgap/auth';
import { parseLanguage } from '@lexgap/jurisdictions';
import { BadUserInputError, HttpErrorsFilter } from '@lexgap/platform';
import type { Request, Response } from 'express';
import { reportFileName, httpReportLinks, ReportFormat } from '../render/report-view';
import { ReportOptions } from '../report-data.service';
import { LEXGAP_VERSION, parseReportFormat, ReportFile, ReportService } from '../report.service';

/**
 * Reports are documents: besides the escaping in every template, the browser is told to run no
 * script and load nothing from elsewhere, whatever the HTML holds.
 */
export const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface ReportQuery {
  lang?: string;
  rubric?: string;
  version?: string;
  asOf?: string;
  region?: string;
  /** A country report only: comma-separated bill ids to add "what this bill would change". */
  withDrafts?: string;
}

export function options(query: ReportQuery): ReportOptions {
  let version: number | null = null;
  if (query.version !== undefined && query.version !== '') {
    version = Number(query.version);
    if (!Number.isInteger(version) || version < 1) throw BadUserInputError.field('version', `must be a rubric version number from 1; got ${JSON.stringify(query.version)}`);
  }
  if (query.withDrafts !== undefined && typeof query.withDrafts !== 'string') throw BadUserInputError.field('withDrafts', 'must be given once, as comma-separated bill ids');
  const withDrafts = query.withDrafts ? query.withDrafts.split(',').map((id) => id.trim()) : null;
  return { lang: parseLanguage(query.lang), rubric: query.rubric || null, version, asOf: query.asOf || null, withDrafts };
}

/** Bills are projected into one country's report; anywhere else the parameter would be silently dropped. */
export function countryOnly(opts: ReportOptions): ReportOptions {
  if (opts.withDrafts) throw BadUserInputError.field('withDrafts', 'is for a country report only (/reports/{code}.{format}?withDrafts=…)');
  return opts;
}

/** `GT.pdf` → ['GT', 'pdf']; the code may hold a hyphen (`US-CA.html`). */
function splitFile(file: string): [string, ReportFormat] {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) throw BadUserInputError.field('format', `is missing: ask for ${file}.html, .md, .pdf or .json`);
  return [file.slice(0, dot), parseReportFormat(file.slice(dot + 1))];
}

/**
 * A weak validator: the same data (content hash) in the same language, format, link options and
 * lexgap version renders the same report but for its generation time. A client holding it gets
 * 304 without the report being rendered again (a PDF costs a browser print).
 */
export function entityTag(contentHash: string, format: ReportFormat, query: ReportQuery): string {
  const variant = createHash('sha256')
    .update(JSON.stringify([format, query.lang ?? '', query.rubric ?? '', query.version ?? '', query.asOf ?? '', query.withDrafts ?? '', LEXGAP_VERSION]))
    .digest('hex')
    .slice(0, 16);
  return `W/"${contentHash.slice(0, 32)}-${variant}"`;
}

/** Answers 304 when the client's copy is current; true when it did. */
export function notModified(req: Request, res: Response, etag: string): boolean {
  const held = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim());
  if (!held.includes(etag) && !held.includes('*')) return false;
  res.status(304).set({ etag, 'cache-control': 'no-cache' }).end();
  return true;
}

/** The headers of every report document, live or a published edition: type, name, content hash and, for HTML, the policy. */
export function reportHeaders(file: Pick<ReportFile, 'contentType' | 'contentHash'>, format: ReportFormat, name: string): Record<string, string> {
  return {
    'content-type': file.contentType,
    'content-disposition': `inline; filename="${name}"`,
    'x-content-hash': file.contentHash,
    'x-content-type-options': 'nosniff',
    ...(format === 'html' ? { 'content-security-policy': HTML_POLICY } : {}),
  };
}

export function send(res: Response, file: ReportFile, format: ReportFormat, name: string, etag: string): void {
  res.status(200).set({ etag, ...reportHeaders(file, format, name), 'cache-control': 'no-cache' });
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
    const opts = countryOnly(options(query));
    const body = await this.reports.index(opts, httpReportLinks(opts), query.region || null);
    // Headers only once the page exists, so an error still answers as JSON.
    res.status(200).set({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': HTML_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' }).send(body);
  }

  @Get('regions/:file')
  @Allow(Permission.READ_PUBLISHED)
  async regional(@Param('file') file: string, @Query() query: ReportQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const [code, format] = splitFile(file);
    const opts = countryOnly(options(query));
    const report = await this.reports.data.regionalReport(code, opts);
    const etag = entityTag(report.provenance.contentHash, format, query);
    if (notModified(req, res, etag)) return;
    const rendered = await this.reports.renderRegional(report, format, httpReportLinks(opts));
    send(res, rendered, format, reportFileName({ kind: 'regional', code: report.region.code }, format, opts.lang), etag);
  }

  @Get('units/:file')
  @Allow(Permission.READ_PUBLISHED)
  async units(@Param('file') file: string, @Query() query: ReportQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const [code, format] = splitFile(file);
    const opts = countryOnly(options(query));
    const report = await this.reports.data.unitsReport(code, opts);
    const etag = entityTag(report.provenance.contentHash, format, query);
    if (notModified(req, res, etag)) return;
    const rendered = await this.reports.renderUnits(report, format, httpReportLinks(opts));
    send(res, rendered, format, reportFileName({ kind: 'units', code: report.country.code }, format, opts.lang), etag);
  }

  @Get(':file')
  @Allow(Permission.READ_PUBLISHED)
  async country(@Param('file') file: string, @Query() query: ReportQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const [code, format] = splitFile(file);
    const opts = options(query);
    const report = await this.reports.data.countryReport(code, opts);
    const etag = entityTag(report.provenance.contentHash, format, query);
    if (notModified(req, res, etag)) return;
    const projected = opts.withDrafts ? { code: report.jurisdiction.code, withDrafts: opts.withDrafts } : null;
    const rendered = await this.reports.renderCountry(report, format, httpReportLinks({ ...opts, projected }));
    send(res, rendered, format, reportFileName({ kind: 'country', code: report.jurisdiction.code, projection: projected !== null }, format, opts.lang), etag);
  }
}
