/**
 * Text a reader sees, in the languages lexgap publishes. English is required (it is the language
 * the methodology is written and reviewed in); the others fall back to English until translated.
 */
export const LANGUAGES = ['en', 'es', 'pt', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The languages a complete rubric is translated into. */
export const TRANSLATION_LANGUAGES = ['es', 'pt', 'fr'] as const satisfies readonly Language[];
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export interface LocalizedText {
  en: string;
  es?: string;
  pt?: string;
  fr?: string;
}

/** The text in `lang`, or in English when it has not been translated; '' for no text. */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}
