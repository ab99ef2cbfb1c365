import { LocalizedText, Rubric } from './rubric.types';

export type Language = 'en' | 'es' | 'pt' | 'fr';

/** `text` in `lang`, falling back to English. */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}

/** Paths of every rubric text lacking a translation into one of `langs`. */
export function missingTranslations(rubric: Rubric, langs: Language[] = ['es', 'pt', 'fr']): string[] {
  const missing: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (typeof obj.en === 'string') {
      for (const lang of langs) if (typeof obj[lang] !== 'string') missing.push(`${path}.${lang}`);
      return;
    }
    for (const [k, v] of Object.entries(obj)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(rubric, '');
  return missing;
}
