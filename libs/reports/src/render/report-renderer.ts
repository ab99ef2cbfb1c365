import { LANGUAGES, Language } from '@lexgap/legal-model';
import { Translator } from '../i18n/translator';
import type { ComparisonReport } from '../model/comparison-report.model';
import type { CountryReport } from '../model/country-report.model';
import type { RegionalReport } from '../model/regional-report.model';
import type { UnitsReport } from '../model/units-report.model';
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
  /** True for the index of a folder the CLI wrote: it lists what is in the folder, not every report there is. */
  folder?: boolean;
}

/** What a report is called in its PDF's title and footer: the jurisdiction, the region, or the jurisdictions compared. */
/** Every kind of report lexgap renders. */
export type AnyReport = CountryReport | RegionalReport | UnitsReport | ComparisonReport;

export function reportTitle(report: AnyReport): string {
  switch (report.kind) {
    case 'country':
      return report.jurisdiction.name;
    case 'regional':
      return report.region.name;
    case 'units':
      return report.country.name;
    case 'comparison':
      return new Translator(report.lang).list(report.jurisdictions.map((j) => j.jurisdiction.name));
  }
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

  unitsHtml(report: UnitsReport, links: ReportLinks): string {
    return this.templates.render('units-report.html', { ...report, view: this.view(report.lang, links, (format, lang) => links.units?.(report.country.code, format, lang) ?? null) });
  }

  unitsMarkdown(report: UnitsReport, links: ReportLinks): string {
    return this.templates.render('units-report.md', { ...report, view: this.view(report.lang, links, (format, lang) => links.units?.(report.country.code, format, lang) ?? null) });
  }

  index(index: ReportIndex, links: ReportLinks): string {
    return this.templates.render('report-index.html', { ...index, view: this.view(index.lang, links, (_format, lang) => links.index(lang)) });
  }

  comparisonHtml(report: ComparisonReport, links: ReportLinks): string {
    return this.templates.render('comparison-report.html', { ...report, view: this.comparisonView(report, links) });
  }

  comparisonMarkdown(report: ComparisonReport, links: ReportLinks): string {
    return this.templates.render('comparison-report.md', { ...report, view: this.comparisonView(report, links) });
  }

  /** The PDF page footer: the report's title, date and content hash, and the page number. */
  pdfFooter(report: AnyReport): string {
    const tr = new Translator(report.lang);
    const title = reportTitle(report);
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

  private comparisonView(report: ComparisonReport, links: ReportLinks): ReportView {
    const codes = report.jurisdictions.map((j) => j.jurisdiction.code);
    // `names`: the jurisdictions compared, joined as the language joins a list ("Guatemala, Honduras y El Salvador").
    return { ...this.view(report.lang, links, (format, lang) => links.compare?.(codes, format, lang) ?? null), names: reportTitle(report) };
  }

  /** Languages and formats link only to versions there are (the CLI writes some, not all). */
  private view(lang: Language, links: ReportLinks, self: (format: ReportFormat, lang: Language) => string | null): ReportView {
    return {
      tr: new Translator(lang),
      links,
      version: this.version,
      languages: LANGUAGES.map((l) => ({ lang: l, name: LANGUAGE_NAMES[l], current: l === lang, href: self('html', l) })).filter((l) => l.current || l.href !== null),
      formats: (Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[]).map((format) => ({ label: FORMAT_LABELS[format], href: self(format, lang) })).filter((f) => f.href !== null),
      indexHref: links.index(lang),
    };
  }
}
