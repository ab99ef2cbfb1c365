import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@lexgap/platform';
import { LANGUAGES, Language } from '@lexgap/legal-model';

/** One language's report texts: message key → text with `{placeholders}`. */
export type Catalogue = Readonly<Record<string, string>>;
export type Catalogues = Readonly<Record<Language, Catalogue>>;

/** Where translators edit the report texts, one JSON file per language beside the templates. */
export function localesDirectory(): string {
  return join(projectRoot(), 'templates', 'locales');
}

let cached: Catalogues | undefined;

/**
 * The report texts of every language, read once. English is complete by definition (a key
 * missing there is a bug the template check catches); other languages may lack keys, which then
 * fall back to English and are listed in the report and by the translation check.
 */
export function reportCatalogues(directory = localesDirectory()): Catalogues {
  if (cached && directory === localesDirectory()) return cached;
  const files = new Set(readdirSync(directory));
  const read = (lang: Language): Catalogue => {
    if (!files.has(`${lang}.json`)) return {};
    const parsed: unknown = JSON.parse(readFileSync(join(directory, `${lang}.json`), 'utf8'));
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${directory}/${lang}.json must hold one JSON object of texts`);
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value !== 'string') throw new Error(`${directory}/${lang}.json: "${key}" must be a string`);
    }
    return Object.freeze(parsed as Record<string, string>);
  };
  const loaded = Object.freeze(Object.fromEntries(LANGUAGES.map((lang) => [lang, read(lang)])) as Record<Language, Catalogue>);
  if (directory === localesDirectory()) cached = loaded;
  return loaded;
}

/** Placeholders a text uses, for the translation check: `{years}` and `{years, plural, …}` → `years`. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
}

export interface TranslationProblem {
  lang: Language;
  key: string;
  problem: 'missing' | 'placeholders';
}

/** Every key a language lacks, or whose placeholders differ from the English text. */
export function reportTranslationProblems(catalogues: Catalogues = reportCatalogues()): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    for (const [key, english] of Object.entries(catalogues.en)) {
      const text = catalogues[lang][key];
      if (text === undefined) problems.push({ lang, key, problem: 'missing' });
      else if (placeholdersOf(text).join() !== placeholdersOf(english).join()) problems.push({ lang, key, problem: 'placeholders' });
    }
  }
  return problems;
}
