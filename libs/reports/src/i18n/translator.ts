import type { DatePrecision, Language, LocalizedText } from '@lexgap/legal-model';
import { Catalogues, reportCatalogues } from './catalogues';

/** The Intl locale each language formats dates and numbers in: the variants most read in the Americas. */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-419', pt: 'pt-BR', fr: 'fr' };

export type MessageParams = Record<string, string | number>;

/** `{name, plural, one {…} other {…}}`, after the plain `{name}` placeholders are filled (so branches hold no braces). */
const PLURAL_BLOCK = /\{(\w+),\s*plural,\s*((?:(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}\s*)+)\}/g;

/**
 * Everything a report says, in one language: catalogue texts, rubric texts, dates and numbers.
 * A text missing in the language falls back to English and is remembered, so the report can
 * tell its reader which parts are not translated yet.
 */
export class Translator {
  private readonly missing = new Set<string>();
  private readonly locale: string;
  private readonly dates: Record<DatePrecision, Intl.DateTimeFormat>;
  private readonly conjunction: Intl.ListFormat;
  private readonly disjunction: Intl.ListFormat;
  private readonly plurals: Intl.PluralRules;

  constructor(
    readonly lang: Language,
    private readonly catalogues: Catalogues = reportCatalogues(),
  ) {
    this.locale = INTL_LOCALE[lang];
    this.dates = {
      DAY: new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }),
      MONTH: new Intl.DateTimeFormat(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      YEAR: new Intl.DateTimeFormat(this.locale, { year: 'numeric', timeZone: 'UTC' }),
    };
    this.conjunction = new Intl.ListFormat(this.locale, { type: 'conjunction' });
    this.disjunction = new Intl.ListFormat(this.locale, { type: 'disjunction' });
    this.plurals = new Intl.PluralRules(this.locale);
  }

  /** Whether the catalogue has a text for `key` (in English, the reference language). */
  has(key: string): boolean {
    return this.catalogues.en[key] !== undefined;
  }

  /** The catalogue text for `key` with its placeholders filled; English when untranslated. */
  t(key: string, params: MessageParams = {}): string {
    let text = this.catalogues[this.lang][key];
    if (text === undefined) {
      text = this.catalogues.en[key];
      if (text === undefined) throw new Error(`report text "${key}" is not in templates/locales/en.json`);
      this.missing.add(key);
    }
    const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
    return filled.replace(PLURAL_BLOCK, (whole, name: string, branches: string) => this.pluralBranch(whole, params[name], branches));
  }

  /**
   * `{n, plural, one {# punto} other {# puntos}}`: the branch Intl.PluralRules selects for the
   * number `n` (exact `=0`, `=1` branches first), with `#` as the number in the language's format.
   * A catalogue text says "1 punto" and "3,6 puntos" without string concatenation in templates.
   */
  private pluralBranch(whole: string, value: string | number | undefined, branches: string): string {
    if (typeof value !== 'number') return whole;
    const options = new Map([...branches.matchAll(/(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g)].map((m) => [m[1], m[2]]));
    const chosen = options.get(`=${value}`) ?? options.get(this.plurals.select(value)) ?? options.get('other');
    return chosen === undefined ? whole : chosen.replace(/#/g, this.number(value));
  }

  /** A rubric text (question, recommendation, label) in the language; `what` names it if it falls back. */
  text(text: LocalizedText | undefined, what: string): string {
    if (!text) return '';
    const translated = text[this.lang];
    if (translated !== undefined) return translated;
    if (this.lang !== 'en') this.missing.add(what);
    return text.en;
  }

  /** Records a text shown in English because nothing translates it (an unknown explanation key). */
  fellBack(what: string): void {
    if (this.lang !== 'en') this.missing.add(what);
  }

  /** Records, once, how many report labels the language's catalogue lacks (they show in English). */
  noteMissingLabels(): void {
    if (this.lang === 'en') return;
    const missing = Object.keys(this.catalogues.en).filter((key) => this.catalogues[this.lang][key] === undefined).length;
    if (missing > 0) this.missing.add(`${missing} report label(s)`);
  }

  /** What fell back to English so far, sorted. */
  untranslated(): string[] {
    return [...this.missing].sort();
  }

  /** `2000-12-12` → "December 12, 2000" / "12 de diciembre de 2000"; MONTH and YEAR precision show only what is known. */
  date(iso: string | null | undefined, precision: DatePrecision = 'DAY'): string {
    if (!iso) return '';
    return this.dates[precision].format(new Date(`${iso}T00:00:00Z`));
  }

  dateTime(value: Date | string): string {
    const date = typeof value === 'string' ? new Date(value) : value;
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
  }

  number(value: number, maxDigits = 2): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: maxDigits }).format(value);
  }

  /** A 0..100 score with one decimal at most: "72.5" / "72,5". */
  score(value: number | null | undefined): string {
    return value === null || value === undefined ? this.t('value.notAssessed') : this.number(value, 1);
  }

  /** A 0..1 share as a percentage: "80%" / "80 %". */
  percent(share: number, maxDigits = 0): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: maxDigits }).format(share);
  }

  /** Items joined as the language joins them ("a, b and c"); "none" for no item. */
  list(items: readonly string[]): string {
    return items.length ? this.conjunction.format(items) : this.t('value.none');
  }

  orList(items: readonly string[]): string {
    return items.length ? this.disjunction.format(items) : this.t('value.none');
  }

  yesNo(value: boolean): string {
    return this.t(value ? 'value.yes' : 'value.no');
  }
}
