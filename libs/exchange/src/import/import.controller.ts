import { Controller, Get, HttpException, HttpStatus, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Actor } from '@lexgap/audit';
import { Allow, CurrentActor, CurrentPrincipal, Permission, permissionsOf, Principal } from '@lexgap/auth';
import { BadUserInputError, NotFoundError } from '@lexgap/platform';
import type { Request, Response } from 'express';
import { HttpErrorsFilter } from '@lexgap/platform';
import { XLSX_MIME } from '../http/raw-upload.middleware';
import { looksLikeLegacyXls, looksLikeXlsx } from '../read/table';
import { IMPORT_KINDS, ImportFormat, ImportKind, ImportReport, parseImportFormat, parseImportKind } from './import-kind';
import { ImportService } from './import.service';
import { templateCsv, templateXlsx } from './templates';

export function parseFlag(raw: string | undefined, name: string): boolean {
  if (raw === undefined || raw === '') return false;
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw BadUserInputError.field(name, `must be true or false; got ${JSON.stringify(raw)}`);
}

function requireKind(raw: string): ImportKind {
  const kind = parseImportKind(raw);
  if (!kind) throw new NotFoundError('ImportKind', `${raw} (known: ${IMPORT_KINDS.join(', ')})`);
  return kind;
}

/**
 * `POST /imports/{kind}?dryRun=true`: the spreadsheet as the raw body (text/csv or the XLSX type,
 * up to 20 MB). 200 with the report; 422 with the report when a row has a problem (nothing written).
 * `GET /imports/templates/{kind}.csv` (or `.xlsx`): the column template of a kind.
 */
@Controller('imports')
@UseFilters(HttpErrorsFilter)
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  /** ASSESS is the least any import needs; the service requires EDIT_LEGISLATION for corpus kinds. */
  @Post(':kind')
  @Allow(Permission.ASSESS)
  async upload(
    @Param('kind') rawKind: string,
    @Query('dryRun') dryRun: string | undefined,
    @Query('format') rawFormat: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @CurrentActor() actor: Actor,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<ImportReport> {
    const kind = requireKind(rawKind);
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body)) {
      throw new HttpException(`Send the file as the request body with Content-Type text/csv or ${XLSX_MIME}`, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
    if (body.length === 0) throw BadUserInputError.field('body', 'is empty: send the file as the request body');
    let format = rawFormat ? parseImportFormat(rawFormat) : undefined;
    if (rawFormat && !format) throw BadUserInputError.field('format', `must be csv or xlsx; got ${JSON.stringify(rawFormat)}`);
    format ??= looksLikeXlsx(body) || looksLikeLegacyXls(body) ? ImportFormat.XLSX : ImportFormat.CSV;
    const report = await this.imports.import({ kind, format, content: body, dryRun: parseFlag(dryRun, 'dryRun') }, actor, permissionsOf(principal));
    res.status(report.problems.length ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK);
    return report;
  }

  @Get('templates/:file')
  @Allow(Permission.READ_PUBLISHED)
  async template(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const m = /^(.+)\.(csv|xlsx)$/i.exec(file);
    const kind = m ? parseImportKind(m[1]) : undefined;
    if (!m || !kind) throw new NotFoundError('ImportTemplate', `${file} (templates: ${IMPORT_KINDS.map((k) => `${k}.csv`).join(', ')}, or .xlsx)`);
    const xlsx = m[2].toLowerCase() === 'xlsx';
    const body = xlsx ? await templateXlsx(kind) : templateCsv(kind);
    res
      .status(200)
      .set({ 'content-type': xlsx ? XLSX_MIME : 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${kind}.${xlsx ? 'xlsx' : 'csv'}"` })
      .send(body);
  }
}
