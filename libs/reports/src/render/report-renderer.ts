import { LANGUAGES, Language } from '@lexgap/legal-model';
import { Translator } from '../i18n/translator';
import type { CountryReport } from '../model/country-report.model';
import type { RegionalReport } from '../model/regional-report.model';
import type { ReportBand } from '../model/report-parts';
import { categoryChart, historyChart } from './charts';
import { LANGUAGE_NAMES, ReportFormat, ReportLinks, ReportView } from './report-view';
import { ReportTemplates } from './report-templates';

/** One line of the report index. */
export interface ReportIndexEntry {
  code: string;
  name: string;
  score: number | null;
  coverage: number;
  band: ReportBand | null;
}

export interface ReportIndex {
  lang: Language;
  asOf: string;
  rubric: { id: string; version: number; title: string };
  regions: { code: string; name: string; members: number }[];
  jurisdictions: ReportIndexEntry[];
}

const FORMAT_LABELS: Record<Exclude<ReportFormat, 'html'>, string> = { pdf: 'PDF', md: 'Markdown', json: 'JSON' };

/** Renders report data models to HTML and Markdown through the templates of `templates/`. */
export class ReportRenderer {
  constructor(
    private readonly version: string,
    private readonly templates = new ReportTemplates(),
  ) {}

  countryHtml(report: CountryReport, links: ReportLinks): string {
    return this.templates.render('country-report.html', { ...report, view: this.countryView(report, links) });
  }

  countryMarkdown(report: CountryReport, links: ReportLinks): string {
    return this.templates.render('country-report.md', { ...report, view: this.countryView(report, links) });
  }

  regionalHtml(report: RegionalReport, links: ReportLinks): string {
    return this.templates.render('regional-report.html', { ...report, view: this.view(report.lang, links, (format, lang) => links.regional(report.region.code, format, lang)) });
  }

  regionalMarkdown(report: RegionalReport, links: ReportLinks): string {
    return this.templates.render('regional-report.md', { ...report, view: this.view(report.lang, links, (format, lang) => links.regional(report.region.code, format, lang)) });
  }

  index(index: ReportIndex, links: ReportLinks): string {
    return this.templates.render('report-index.html', { ...index, view: this.view(index.lang, links, (_format, lang) => links.index(lang) ?? '') });
  }

  /** The PDF page footer: the report's title, date and content hash, and the page number. */
  pdfFooter(report: CountryReport | RegionalReport): string {
    const tr = new Translator(report.lang);
    const title = report.kind === 'country' ? report.jurisdiction.name : report.region.name;
    return this.templates.render('pdf-footer.html', {
      title,
      asOfLabel: `${tr.t('label.asOf')} ${tr.date(report.asOf)}`,
      hashLabel: tr.t('label.contentHash'),
      hash: report.provenance.contentHash.slice(0, 16),
      view: { tr, links: undefined as never, languages: [] },
    });
  }

  private countryView(report: CountryReport, links: ReportLinks): ReportView {
    const base = this.view(report.lang, links, (format, lang) => links.country(report.jurisdiction.code, format, lang));
    return { ...base, chart: categoryChart(base.tr, report.categories), historyChart: historyChart(base.tr, report.history, report.asOf) };
  }

  private view(lang: Language, links: ReportLinks, self: (format: ReportFormat, lang: Language) => string): ReportView {
    return {
      tr: new Translator(lang),
      links,
      version: this.version,
      languages: LANGUAGES.map((l) => ({ lang: l, name: LANGUAGE_NAMES[l], current: l === lang, href: self('html', l) })),
      formats: (Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[]).map((format) => ({ label: FORMAT_LABELS[format], href: self(format, lang) })),
      indexHref: links.index(lang),
    };
  }
}
