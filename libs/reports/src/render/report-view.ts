import type { Language } from '@lexgap/legal-model';
import type { Translator } from '../i18n/translator';

export type ReportFormat = 'html' | 'md' | 'pdf' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'pdf', 'json'];

/**
 * Where a report's links point: the HTTP API's paths, or sibling files written by the CLI.
 * The same templates serve both; only the addresses differ.
 */
export interface ReportLinks {
  country(code: string, format: ReportFormat, lang: Language): string;
  regional(code: string, format: ReportFormat, lang: Language): string;
  /** The index of every report, when there is one. */
  index(lang: Language): string | null;
}

/** Options a link keeps so that following it shows the same rubric and date. */
export interface LinkQuery {
  rubric?: string | null;
  version?: number | null;
  asOf?: string | null;
}

/** Links to the HTTP API (`/reports/GT.pdf?lang=es&asOf=…`). */
export function httpReportLinks(query: LinkQuery = {}, base = '/reports'): ReportLinks {
  const search = (lang: Language) => {
    const params = new URLSearchParams({ lang });
    if (query.rubric) params.set('rubric', query.rubric);
    if (query.version) params.set('version', String(query.version));
    if (query.asOf) params.set('asOf', query.asOf);
    return params.toString();
  };
  return {
    country: (code, format, lang) => `${base}/${encodeURIComponent(code)}.${format}?${search(lang)}`,
    regional: (code, format, lang) => `${base}/regions/${encodeURIComponent(code)}.${format}?${search(lang)}`,
    index: (lang) => `${base}?${search(lang)}`,
  };
}

/** Links between files the CLI writes into one folder (`GT.es.pdf`, `region-OAS.es.html`). */
export function fileReportLinks(): ReportLinks {
  return {
    country: (code, format, lang) => reportFileName({ kind: 'country', code }, format, lang),
    regional: (code, format, lang) => reportFileName({ kind: 'regional', code }, format, lang),
    index: () => null,
  };
}

export function reportFileName(target: { kind: 'country' | 'regional'; code: string }, format: ReportFormat, lang: Language): string {
  const safe = target.code.replace(/[^A-Za-z0-9-]/g, '_');
  return `${target.kind === 'regional' ? `region-${safe}` : safe}.${lang}.${format}`;
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
