import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { Allow, Permission } from '@lexgap/auth';
import { parseLanguage } from '@lexgap/jurisdictions';
import { BadUserInputError, HttpErrorsFilter, NotFoundError, pageSize } from '@lexgap/platform';
import type { Request, Response } from 'express';
import { reportHeaders } from '../http/report.controller';
import { reportFileName } from '../render/report-view';
import { parseReportFormat } from '../report.service';
import { toReportEditionModel } from './report-edition.mapper';
import { ReportEditionService } from './report-edition.service';

/** An edition never changes: any cache may keep it for a year without asking again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

interface EditionsQuery {
  jurisdiction?: string;
  region?: string;
  first?: string;
  after?: string;
}

/**
 * `GET /reports/editions/{hash}.{lang}.{format}` and `GET /reports/editions/{hash}.{format}` (the
 * first edition published with that hash, whatever its language): the bytes stored when it was
 * published, never rendered again. `GET /reports/editions?jurisdiction=GT` (or `?region=OAS`)
 * lists editions as JSON, newest first. Registered before ReportController, whose `/reports/:file`
 * would otherwise take `/reports/editions`.
 */
@Controller('reports/editions')
@UseFilters(HttpErrorsFilter)
export class ReportEditionsController {
  constructor(private readonly editions: ReportEditionService) {}

  @Get()
  @Allow(Permission.READ_PUBLISHED)
  async index(@Query() query: EditionsQuery, @Res() res: Response): Promise<void> {
    let first: number | null = null;
    if (query.first !== undefined && query.first !== '') first = Number(query.first);
    const page = await this.editions.page({ jurisdiction: query.jurisdiction || null, region: query.region || null, first: pageSize(first), after: query.after || null });
    const editions = page.items.map(toReportEditionModel);
    const endCursor = page.items.length ? this.editions.cursorOf(page.items.at(-1)!.edition) : null;
    res
      .status(200)
      .set({ 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' })
      .json({ totalCount: page.totalCount, editions, pageInfo: { hasNextPage: page.hasNextPage, endCursor } });
  }

  @Get(':file')
  @Allow(Permission.READ_PUBLISHED)
  async edition(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const parts = file.split('.');
    if (parts.length < 2 || parts.length > 3) throw BadUserInputError.field('format', `is missing: ask for ${file}.html, .md, .pdf or .json`);
    const format = parseReportFormat(parts.at(-1));
    const lang = parts.length === 3 ? parseLanguage(parts[1]) : null;
    const hash = parts[0];
    if (!/^[0-9a-f]{64}$/i.test(hash)) throw new NotFoundError('ReportEdition', hash);
    const found = await this.editions.file(hash, lang, format);
    const etag = `"${found.sha256}"`;
    const { edition } = found;
    const held = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim());
    if (held.includes(etag)) {
      res.status(304).set({ etag, 'cache-control': IMMUTABLE }).end();
      return;
    }
    const name = reportFileName({ kind: edition.kind === 'COUNTRY' ? 'country' : 'regional', code: edition.subjectCode }, format, parseLanguage(edition.lang)).replace(
      /\.[a-z]+$/,
      `.${edition.contentHash.slice(0, 12)}.${format}`,
    );
    res.status(200).set({ etag, ...reportHeaders({ contentType: found.contentType, contentHash: edition.contentHash }, format, name), 'cache-control': IMMUTABLE, 'content-language': edition.lang });
    res.send(found.body);
  }
}
