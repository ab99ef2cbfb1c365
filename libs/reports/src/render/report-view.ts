import type { Language } from '@lexgap/legal-model';
import type { Translator } from '../i18n/translator';

export type ReportFormat = 'html' | 'md' | 'pdf' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'pdf', 'json'];

/**
 * Where a report's links point: the HTTP API's paths, or sibling files written by the CLI.
 * The same templates serve both; only the addresses differ. Null means there is no such page
 * (a file the CLI did not write): templates then show the name without a link.
 */
export interface ReportLinks {
  country(code: string, format: ReportFormat, lang: Language): string | null;
  regional(code: string, format: ReportFormat, lang: Language): string | null;
  /** A country's sub-national report (its units against the national law); none when absent. */
  units?(code: string, format: ReportFormat, lang: Language): string | null;
  /** The side-by-side comparison of these jurisdictions (codes in column order); none when absent. */
  compare?(codes: readonly string[], format: ReportFormat, lang: Language): string | null;
  /** The index of every report, when there is one. */
  index(lang: Language): string | null;
}

/** The HTTP API serves every report: its links are never null. */
export interface HttpReportLinks extends ReportLinks {
  country(code: string, format: ReportFormat, lang: Language): string;
  regional(code: string, format: ReportFormat, lang: Language): string;
  units(code: string, format: ReportFormat, lang: Language): string;
  compare(codes: readonly string[], format: ReportFormat, lang: Language): string;
  index(lang: Language): string;
}

/** Options a link keeps so that following it shows the same rubric and date. */
export interface LinkQuery {
  rubric?: string | null;
  version?: number | null;
  asOf?: string | null;
  /** The projection a country report was asked for: kept by the links to the same report in other languages and formats. */
  projected?: { code: string; withDrafts: readonly string[] } | null;
}

/** Links to the HTTP API (`/reports/GT.pdf?lang=es&asOf=…`). */
export function httpReportLinks(query: LinkQuery = {}, base = '/reports'): HttpReportLinks {
  const search = (lang: Language) => {
    const params = new URLSearchParams({ lang });
    if (query.rubric) params.set('rubric', query.rubric);
    if (query.version) params.set('version', String(query.version));
    if (query.asOf) params.set('asOf', query.asOf);
    return params.toString();
  };
  return {
    country: (code, format, lang) => {
      const projected = query.projected?.code === code ? `&withDrafts=${query.projected.withDrafts.map(encodeURIComponent).join(',')}` : '';
      return `${base}/${encodeURIComponent(code)}.${format}?${search(lang)}${projected}`;
    },
    regional: (code, format, lang) => `${base}/regions/${encodeURIComponent(code)}.${format}?${search(lang)}`,
    units: (code, format, lang) => `${base}/units/${encodeURIComponent(code)}.${format}?${search(lang)}`,
    // The codes' commas are kept as written (`?codes=GT,HN,SV`): the address stays readable.
    compare: (codes, format, lang) => `${base}/compare.${format}?codes=${codes.map(encodeURIComponent).join(',')}&${search(lang)}`,
    index: (lang) => `${base}?${search(lang)}`,
  };
}

/** What the CLI writes into one folder: the links between its files point only at these. */
export interface WrittenReports {
  langs: readonly Language[];
  formats: readonly ReportFormat[];
  /** Codes of the jurisdictions whose country reports are written. */
  countries: readonly string[];
  /** Codes of the regions whose regional reports are written. */
  regions: readonly string[];
  /** Codes of the countries whose sub-national reports are written (none when absent). */
  units?: readonly string[];
  /** Whether an index is written (`index.html` in the first language, `index.<lang>.html` in the others). */
  index: boolean;
}

/**
 * Links between files the CLI writes into one folder (`GT.es.pdf`, `region-OAS.es.html`). Without
 * a list of what is written, every report is assumed to be (no index, no comparison); with one, a
 * link to a file that is not written is null, so no written file links to a missing one.
 */
export function fileReportLinks(written?: WrittenReports): ReportLinks {
  const has = (format: ReportFormat, lang: Language) => !written || (written.formats.includes(format) && written.langs.includes(lang));
  const countries = new Set(written?.countries ?? []);
  const regions = new Set(written?.regions ?? []);
  const units = new Set(written?.units ?? []);
  return {
    country: (code, format, lang) => (has(format, lang) && (!written || countries.has(code)) ? reportFileName({ kind: 'country', code }, format, lang) : null),
    regional: (code, format, lang) => (has(format, lang) && (!written || regions.has(code)) ? reportFileName({ kind: 'regional', code }, format, lang) : null),
    units: (code, format, lang) => (has(format, lang) && written && units.has(code) ? reportFileName({ kind: 'units', code }, format, lang) : null),
    compare: () => null,
    index: (lang) => (written?.index && written.langs.includes(lang) ? indexFileName(lang, written.langs) : null),
  };
}

/** The CLI's index of a folder: `index.html` in the first language written, `index.<lang>.html` in the others. */
export function indexFileName(lang: Language, langs: readonly Language[]): string {
  return lang === langs[0] ? 'index.html' : `index.${lang}.html`;
}

/** A report's file name; a comparison's code is its jurisdictions' codes joined by hyphens (`compare-GT-HN-SV.es.html`). */
export function reportFileName(target: { kind: 'country' | 'regional' | 'units' | 'comparison'; code: string; projection?: boolean }, format: ReportFormat, lang: Language): string {
  const safe = target.code.replace(/[^A-Za-z0-9-]/g, '_');
  const prefix = { country: '', regional: 'region-', units: 'units-', comparison: 'compare-' }[target.kind];
  // A projection's file says so: saved beside the official report, it is never mistaken for it.
  return `${prefix}${safe}${target.projection ? '.with-bills' : ''}.${lang}.${format}`;
}

/** What templates see beside the report's data: the translator, links and computed charts. */
export interface ReportView {
  tr: Translator;
  links: ReportLinks;
  languages: { lang: Language; name: string; current: boolean }[];
  [extra: string]: unknown;
}

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', pt: 'Português', fr: 'Français' };
