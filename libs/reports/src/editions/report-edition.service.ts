import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@lexgap/audit';
import { JurisdictionService, WriteRunner } from '@lexgap/jurisdictions';
import type { Language } from '@lexgap/legal-model';
import { BadUserInputError, ConcurrentWriteError, decodeCursor, encodeCursor, NotFoundError } from '@lexgap/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import type { CountryReport } from '../model/country-report.model';
import type { RegionalReport } from '../model/regional-report.model';
import { PdfUnavailableException } from '../render/pdf-printer';
import { httpReportLinks, REPORT_FORMATS, ReportFormat, ReportLinks } from '../render/report-view';
import { ReportService } from '../report.service';
import { ReportEditionEntity, ReportEditionFileEntity, ReportEditionKind } from './report-edition.entity';

/** What to publish: a country (`jurisdiction`) or a regional (`region`) report, with the options of any report. */
export interface PublishReportRequest {
  jurisdiction?: string | null;
  region?: string | null;
  lang: Language;
  rubric?: string | null;
  version?: number | null;
  asOf?: string | null;
}

/** A stored format of an edition, without its bytes. */
export interface EditionFileInfo {
  format: ReportFormat;
  contentType: string;
  byteLength: number;
  sha256: string;
}

export interface ReportEdition {
  edition: ReportEditionEntity;
  /** The formats stored, in the order html, md, pdf, json. */
  files: EditionFileInfo[];
}

export interface PublishOutcome extends ReportEdition {
  /** False when the same report in the same language was already published: that edition is returned. */
  created: boolean;
}

export interface EditionPage {
  items: ReportEdition[];
  totalCount: number;
  hasNextPage: boolean;
}

export const EDITIONS_PATH = '/reports/editions';
const CURSOR_KIND = 'ReportEdition';
const HASH = /^[0-9a-f]{64}$/;

/** The stable address of one format of an edition: `/reports/editions/{hash}.{lang}.{format}`. */
export function editionPath(contentHash: string, lang: string, format: ReportFormat): string {
  return `${EDITIONS_PATH}/${contentHash}.${lang}.${format}`;
}

/**
 * An edition's links: its own formats point to the edition's files (the PDF to the live report when
 * the edition has none); other languages, other reports and the index to the live reports with the
 * same rubric and as-of date.
 */
function editionLinks(report: CountryReport | RegionalReport, withPdf: boolean): ReportLinks {
  const live = httpReportLinks({ rubric: report.rubric.id, version: report.rubric.version, asOf: report.asOf });
  const self = (format: ReportFormat, lang: Language): string | null =>
    lang === report.lang && (format !== 'pdf' || withPdf) ? editionPath(report.provenance.contentHash, report.lang, format) : null;
  return {
    country: (code, format, lang) => (report.kind === 'country' && code === report.jurisdiction.code ? self(format, lang) : null) ?? live.country(code, format, lang),
    regional: (code, format, lang) => (report.kind === 'regional' && code === report.region.code ? self(format, lang) : null) ?? live.regional(code, format, lang),
    index: (lang) => live.index(lang),
  };
}

/**
 * Citable editions of gap reports: a report frozen with its content hash and the bytes of every
 * format, stored once per content hash and language and never changed. Publishing renders the
 * report now and stores what it rendered; serving an edition reads those bytes back, so a later
 * correction of the data changes the live report and never an edition.
 */
@Injectable()
export class ReportEditionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportService,
    private readonly jurisdictions: JurisdictionService,
    private readonly writes: WriteRunner,
  ) {}

  async publish(request: PublishReportRequest, actor: Actor): Promise<PublishOutcome> {
    const report = await this.build(request);
    const contentHash = report.provenance.contentHash;
    const existing = await this.find(contentHash, report.lang);
    if (existing) return { ...existing, created: false };

    const rendered = await this.render(report);
    const edition = Object.assign(new ReportEditionEntity(), {
      id: randomUUID(),
      contentHash,
      lang: report.lang,
      kind: (report.kind === 'country' ? 'COUNTRY' : 'REGIONAL') as ReportEditionKind,
      subjectCode: report.kind === 'country' ? report.jurisdiction.code : report.region.code,
      title: report.kind === 'country' ? report.jurisdiction.name : report.region.name,
      rubricId: report.rubric.id,
      rubricVersion: report.rubric.version,
      asOf: report.asOf,
      generatedAt: new Date(report.provenance.generatedAt),
      publishedAt: new Date(),
      publishedBy: actor.id,
      pdfUnavailable: rendered.pdfUnavailable,
    });
    const files = rendered.files.map((f) =>
      Object.assign(new ReportEditionFileEntity(), {
        editionId: edition.id,
        format: f.format,
        contentType: f.contentType,
        byteLength: f.body.length,
        sha256: createHash('sha256').update(f.body).digest('hex'),
        body: f.body.toString('base64'),
      }),
    );
    const info = files.map(({ format, contentType, byteLength, sha256 }) => ({ format, contentType, byteLength, sha256 }));
    try {
      return await this.writes.run(actor, 'publishReport', async (w) => {
        // Checked again inside the transaction: a twin published meanwhile wins, and is returned.
        const twin = await w.manager.findOneBy(ReportEditionEntity, { contentHash, lang: report.lang });
        if (twin) return { edition: twin, files: (await this.fileInfo([twin.id], w.manager)).get(twin.id) ?? [], created: false };
        edition.publishedAt = w.now;
        await w.manager.insert(ReportEditionEntity, edition);
        for (const file of files) await w.manager.insert(ReportEditionFileEntity, file);
        w.record('ReportEdition', edition.id, null, { ...edition, files: info });
        return { edition, files: info, created: true };
      });
    } catch (error) {
      // Lost a race for (content hash, language) with another publisher: theirs is the edition.
      if (error instanceof ConcurrentWriteError) {
        const winner = await this.find(contentHash, report.lang);
        if (winner) return { ...winner, created: false };
      }
      throw error;
    }
  }

  /** The edition of a content hash in a language; without a language, the first published of that hash. */
  async find(contentHash: string, lang: string | null): Promise<ReportEdition | null> {
    const hash = contentHash.trim().toLowerCase();
    if (!HASH.test(hash)) return null;
    const edition = await this.dataSource.getRepository(ReportEditionEntity).findOne({
      where: lang ? { contentHash: hash, lang } : { contentHash: hash },
      order: { publishedAt: 'ASC', id: 'ASC' },
    });
    if (!edition) return null;
    return { edition, files: (await this.fileInfo([edition.id])).get(edition.id) ?? [] };
  }

  /** One stored file of an edition, its bytes as published; NOT_FOUND for an unknown hash or a format the edition lacks. */
  async file(contentHash: string, lang: string | null, format: ReportFormat): Promise<{ edition: ReportEditionEntity; body: Buffer; contentType: string; sha256: string }> {
    const found = await this.find(contentHash, lang);
    const key = `${contentHash}${lang ? `.${lang}` : ''}`;
    if (!found) throw new NotFoundError('ReportEdition', key);
    const file = await this.dataSource.getRepository(ReportEditionFileEntity).findOneBy({ editionId: found.edition.id, format });
    if (!file) {
      const error = new NotFoundError('ReportEdition', `${key}.${format}`);
      if (found.edition.pdfUnavailable && format === 'pdf') Object.assign(error.extensions, { pdfUnavailable: found.edition.pdfUnavailable });
      throw error;
    }
    return { edition: found.edition, body: Buffer.from(file.body, 'base64'), contentType: file.contentType, sha256: file.sha256 };
  }

  /** Editions of one jurisdiction or region (or all), newest first. */
  async page(options: { jurisdiction?: string | null; region?: string | null; first: number; after?: string | null }): Promise<EditionPage> {
    const query = this.dataSource.getRepository(ReportEditionEntity).createQueryBuilder('e');
    if (options.jurisdiction && options.region) throw BadUserInputError.field('region', 'give a jurisdiction or a region, not both');
    if (options.jurisdiction) {
      const code = (await this.jurisdictions.findByCode(options.jurisdiction, 'jurisdiction'))?.code ?? options.jurisdiction.trim().toUpperCase();
      query.where('e.kind = :kind AND e.subject_code = :code', { kind: 'COUNTRY', code });
    } else if (options.region) {
      const code = (await this.jurisdictions.findRegion(options.region))?.code ?? options.region.trim().toUpperCase();
      query.where('e.kind = :kind AND e.subject_code = :code', { kind: 'REGIONAL', code });
    }
    const totalCount = await query.clone().getCount();
    if (options.after) {
      const [at, id] = decodeCursor(CURSOR_KIND, options.after).split('|');
      const when = new Date(at);
      if (!id || Number.isNaN(when.getTime())) throw BadUserInputError.field('after', 'is not a cursor this list gave out');
      query.andWhere('(e.published_at < :when OR (e.published_at = :when AND e.id < :id))', { when, id });
    }
    const rows = await query
      .orderBy('e.published_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(options.first + 1)
      .getMany();
    const items = rows.slice(0, options.first);
    const files = await this.fileInfo(items.map((e) => e.id));
    return { items: items.map((edition) => ({ edition, files: files.get(edition.id) ?? [] })), totalCount, hasNextPage: rows.length > options.first };
  }

  cursorOf(edition: ReportEditionEntity): string {
    return encodeCursor(CURSOR_KIND, `${edition.publishedAt.toISOString()}|${edition.id}`);
  }

  private async build(request: PublishReportRequest): Promise<CountryReport | RegionalReport> {
    const options = { lang: request.lang, rubric: request.rubric, version: request.version, asOf: request.asOf };
    const jurisdiction = request.jurisdiction?.trim();
    const region = request.region?.trim();
    if (Boolean(jurisdiction) === Boolean(region)) throw BadUserInputError.field('input.jurisdiction', 'give a jurisdiction or a region to publish the report of (one of them)');
    return jurisdiction ? this.reports.data.countryReport(jurisdiction, options) : this.reports.data.regionalReport(region!, options);
  }

  /**
   * Every format. The PDF is printed when the deployment has a browser; without one the edition is
   * published without it and says why (the HTML is then rendered with the live report's PDF link).
   */
  private async render(report: CountryReport | RegionalReport): Promise<{ files: { format: ReportFormat; body: Buffer; contentType: string }[]; pdfUnavailable: string | null }> {
    const renderAs = (format: ReportFormat, links: ReportLinks) => (report.kind === 'country' ? this.reports.renderCountry(report, format, links) : this.reports.renderRegional(report, format, links));
    const all = async (withPdf: boolean) => {
      const links = editionLinks(report, withPdf);
      const files = [];
      for (const format of REPORT_FORMATS) {
        if (format === 'pdf' && !withPdf) continue;
        const file = await renderAs(format, links);
        files.push({ format, body: file.body, contentType: file.contentType });
      }
      return files;
    };
    try {
      return { files: await all(true), pdfUnavailable: null };
    } catch (error) {
      if (!(error instanceof PdfUnavailableException)) throw error;
      return { files: await all(false), pdfUnavailable: error.message };
    }
  }

  private async fileInfo(editionIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, EditionFileInfo[]>> {
    const byEdition = new Map<string, EditionFileInfo[]>();
    if (editionIds.length === 0) return byEdition;
    const rows = await manager.getRepository(ReportEditionFileEntity).find({
      select: { editionId: true, format: true, contentType: true, byteLength: true, sha256: true },
      where: { editionId: In(editionIds) },
    });
    for (const row of rows) {
      const list = byEdition.get(row.editionId) ?? [];
      list.push({ format: row.format, contentType: row.contentType, byteLength: row.byteLength, sha256: row.sha256 });
      byEdition.set(row.editionId, list);
    }
    for (const list of byEdition.values()) list.sort((a, b) => REPORT_FORMATS.indexOf(a.format) - REPORT_FORMATS.indexOf(b.format));
    return byEdition;
  }
}
