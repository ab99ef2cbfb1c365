import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, BadUserInputError } from '@lexgap/platform';
import { version } from '../../../package.json';
import type { ComparisonReport } from './model/comparison-report.model';
import type { CountryReport } from './model/country-report.model';
import type { RegionalReport } from './model/regional-report.model';
import type { UnitsReport } from './model/units-report.model';
import { PdfPrinter } from './render/pdf-printer';
import { AnyReport, ReportRenderer, reportTitle } from './render/report-renderer';
import { REPORT_FORMATS, ReportFormat, ReportLinks } from './render/report-view';
import { ReportDataService, ReportOptions } from './report-data.service';

export const LEXGAP_VERSION = version;

/** A rendered report, ready to send or write. */
export interface ReportFile {
  body: Buffer;
  contentType: string;
  /** The report's language-neutral content hash (equal for every format and language of the same data). */
  contentHash: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

export function parseReportFormat(raw: string | null | undefined, field = 'format'): ReportFormat {
  const value = raw?.trim().toLowerCase();
  if ((REPORT_FORMATS as readonly string[]).includes(value ?? '')) return value as ReportFormat;
  throw BadUserInputError.field(field, `must be one of ${REPORT_FORMATS.join(', ')}; got ${JSON.stringify(raw)}`);
}

/**
 * Reports in every format: JSON is the data model itself; HTML and Markdown come from the
 * Handlebars templates; PDF is the HTML printed by headless Chromium.
 */
@Injectable()
export class ReportService implements OnModuleDestroy {
  readonly renderer = new ReportRenderer(version);
  readonly printer: PdfPrinter;

  constructor(
    readonly data: ReportDataService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.printer = new PdfPrinter(config.chromiumPath);
  }

  async index(options: ReportOptions, links: ReportLinks, region?: string | null): Promise<Buffer> {
    return Buffer.from(this.renderer.index(await this.data.index(options, region), links), 'utf8');
  }

  async renderCountry(report: CountryReport, format: ReportFormat, links: ReportLinks): Promise<ReportFile> {
    return this.render(
      report,
      format,
      () => this.renderer.countryHtml(report, links),
      () => this.renderer.countryMarkdown(report, links),
    );
  }

  async renderRegional(report: RegionalReport, format: ReportFormat, links: ReportLinks): Promise<ReportFile> {
    return this.render(
      report,
      format,
      () => this.renderer.regionalHtml(report, links),
      () => this.renderer.regionalMarkdown(report, links),
    );
  }

  async renderUnits(report: UnitsReport, format: ReportFormat, links: ReportLinks): Promise<ReportFile> {
    return this.render(
      report,
      format,
      () => this.renderer.unitsHtml(report, links),
      () => this.renderer.unitsMarkdown(report, links),
    );
  }

  async renderComparison(report: ComparisonReport, format: ReportFormat, links: ReportLinks): Promise<ReportFile> {
    return this.render(
      report,
      format,
      () => this.renderer.comparisonHtml(report, links),
      () => this.renderer.comparisonMarkdown(report, links),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.printer.close();
  }

  private async render(report: AnyReport, format: ReportFormat, html: () => string, markdown: () => string): Promise<ReportFile> {
    const file = (body: Buffer | string): ReportFile => ({
      body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
      contentType: CONTENT_TYPES[format],
      contentHash: report.provenance.contentHash,
    });
    switch (format) {
      case 'json':
        return file(`${JSON.stringify(report, null, 2)}\n`);
      case 'md':
        return file(markdown());
      case 'html':
        return file(html());
      case 'pdf': {
        return file(await this.printer.print({ html: html(), footerHtml: this.renderer.pdfFooter(report), title: reportTitle(report) }));
      }
    }
  }
}
