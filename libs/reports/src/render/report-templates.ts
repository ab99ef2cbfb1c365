import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { projectRoot } from '@lexgap/platform';
import type { DatePrecision } from '@lexgap/legal-model';
import type { Translator } from '../i18n/translator';
import type { ReportBand } from '../model/report-parts';
import { bandColour, heatColour, scoreColour } from './charts';
import { escapeMarkdownInline, escapeMarkdownQuote, markdownDiff, markdownUrl, safeHttpUrl, urlHost } from './escape-markdown';
import type { ReportFormat, ReportView } from './report-view';

export function templatesDirectory(): string {
  return join(projectRoot(), 'templates');
}

/** The report templates there are: `<name>.<html|md>.hbs` in `templates/`, partials in `templates/partials/`. */
export type TemplateName =
  | 'country-report.html'
  | 'country-report.md'
  | 'regional-report.html'
  | 'regional-report.md'
  | 'units-report.html'
  | 'units-report.md'
  | 'comparison-report.html'
  | 'comparison-report.md'
  | 'report-index.html'
  | 'pdf-footer.html';

type HelperOptions = Handlebars.HelperOptions;
const view = (options: HelperOptions): ReportView => options.data.root.view as ReportView;
const tr = (options: HelperOptions): Translator => view(options).tr;
/** Handlebars passes its options object last; these are the arguments before it. */
const args = (all: unknown[]): unknown[] => all.slice(0, -1);
const safe = (text: string) => new Handlebars.SafeString(text);

/**
 * One Handlebars environment for every report, separate from the global one. Its helpers return
 * plain strings, which Handlebars escapes like any `{{value}}`; only the Markdown helpers return
 * SafeStrings, because they escape for Markdown themselves (a test checks that Markdown
 * templates print nothing without them). No template uses `{{{ }}}`.
 */
function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create();
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    t: (key: string, options: HelperOptions) => tr(options).t(key, stringParams(options.hash)),
    fmtDate: (...all: unknown[]) => {
      const options = all.at(-1) as HelperOptions;
      const [iso, precision] = args(all) as [string | null, DatePrecision | undefined];
      return tr(options).date(iso, typeof precision === 'string' ? precision : 'DAY');
    },
    fmtDateTime: (iso: string, options: HelperOptions) => tr(options).dateTime(iso),
    fmtScore: (value: number | null, options: HelperOptions) => tr(options).score(value),
    fmtPercent: (value: number, options: HelperOptions) => tr(options).percent(value),
    fmtNumber: (value: number, options: HelperOptions) => tr(options).number(value),
    /** Severity (0..1 of the score) as points out of 100. */
    /** Severity as the number of points out of 100, to one decimal: for catalogue plurals (`{points, plural, …}`). */
    pointsOf: (value: number) => Math.round(value * 1000) / 10,
    fmtYesNo: (value: boolean, options: HelperOptions) => tr(options).yesNo(value),
    fmtList: (items: string[], options: HelperOptions) => tr(options).list(items ?? []),
    fmtStatus: (value: string, options: HelperOptions) => tr(options).t(`status.${value}`),
    eq: (a: unknown, b: unknown) => a === b,
    gt: (a: number, b: number) => a > b,
    not: (a: unknown) => !a || (Array.isArray(a) && a.length === 0),
    or: (...all: unknown[]) => args(all).some(Boolean),
    and: (...all: unknown[]) => args(all).every(Boolean),
    isNull: (a: unknown) => a === null || a === undefined,
    concat: (...all: unknown[]) => args(all).join(''),
    provisionById: (id: string, options: HelperOptions) => (options.data.root.provisions as { id: string }[] | undefined)?.find((p) => p.id === id) ?? null,
    treatyName: (code: string, options: HelperOptions) => (options.data.root.treaties as { code: string; name: string }[] | undefined)?.find((t) => t.code === code)?.name ?? code,
    safeUrl: (url: string | null) => safeHttpUrl(url),
    /** An http(s) link's host ("treaties.un.org"), printed beside the link in place of its whole URL (`data-host`); null for any other link. */
    urlHost: (url: string | null) => urlHost(url),
    scoreColour: (score: number | null) => scoreColour(score),
    heatColour: (score: number | null) => heatColour(score),
    bandColour: (band: ReportBand | null) => bandColour(band),
    countryHref: (code: string, format: ReportFormat, options: HelperOptions) => view(options).links.country(code, format, options.data.root.lang),
    regionalHref: (code: string, format: ReportFormat, options: HelperOptions) => view(options).links.regional(code, format, options.data.root.lang),
    /** A report's versions in every format there is one in (`[{ label: 'PDF', href }]`), in the report's language. */
    countryFormats: (code: string, options: HelperOptions) => formatLinks((format) => view(options).links.country(code, format, options.data.root.lang)),
    unitsHref: (code: string, format: ReportFormat, options: HelperOptions) => view(options).links.units?.(code, format, options.data.root.lang) ?? null,
    regionalFormats: (code: string, options: HelperOptions) => formatLinks((format) => view(options).links.regional(code, format, options.data.root.lang)),
    md: (value: unknown) => safe(escapeMarkdownInline(value === null || value === undefined ? '' : String(value))),
    mdQuote: (value: string) => safe(escapeMarkdownQuote(value ?? '')),
    /** A wording diff's segments as one escaped Markdown line, removed text in `<del>`, added in `<ins>`. */
    mdDiff: (segments: Parameters<typeof markdownDiff>[0]) => safe(markdownDiff(segments ?? [])),
    mdUrl: (url: string | null) => {
      const target = markdownUrl(url);
      return target === null ? null : safe(target);
    },
    /** A catalogue text escaped for Markdown (the `t` of Markdown templates). */
    mdT: (key: string, options: HelperOptions) => safe(escapeMarkdownInline(tr(options).t(key, stringParams(options.hash)))),
  };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  return hb;
}

const FORMAT_NAMES: Record<ReportFormat, string> = { html: 'HTML', pdf: 'PDF', md: 'Markdown', json: 'JSON' };

function formatLinks(href: (format: ReportFormat) => string | null): { label: string; href: string }[] {
  return (Object.keys(FORMAT_NAMES) as ReportFormat[]).flatMap((format) => {
    const target = href(format);
    return target === null ? [] : [{ label: FORMAT_NAMES[format], href: target }];
  });
}

function stringParams(hash: Record<string, unknown>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(hash).map(([k, v]) => [k, typeof v === 'number' ? v : String(v ?? '')]));
}

/** The report templates, compiled once from `templates/` and rendered many times. */
export class ReportTemplates {
  private readonly hb = createEnvironment();
  private readonly compiled = new Map<TemplateName, Handlebars.TemplateDelegate>();

  constructor(private readonly directory = templatesDirectory()) {
    const partials = join(directory, 'partials');
    for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
      this.hb.registerPartial(basename(file, '.hbs'), readFileSync(join(partials, file), 'utf8'));
    }
  }

  render(name: TemplateName, context: Record<string, unknown> & { view: ReportView }): string {
    let template = this.compiled.get(name);
    if (!template) {
      template = this.hb.compile(readFileSync(join(this.directory, `${name}.hbs`), 'utf8'), { strict: false, preventIndent: true });
      this.compiled.set(name, template);
    }
    return template(context);
  }
}
