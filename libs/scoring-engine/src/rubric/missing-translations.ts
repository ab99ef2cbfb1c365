import { TRANSLATION_LANGUAGES, TranslationLanguage } from '@lexgap/legal-model';
import { localizedTextsOf } from './localized-texts';
import type { Rubric } from './rubric';

/**
 * The paths of the texts that lack a translation, one per language missing
 * (`categories[0].criteria[2].question.es`). Reports fall back to English for these; a rubric
 * shipped with lexgap must have none.
 */
export function missingTranslations(rubric: Rubric, langs: readonly TranslationLanguage[] = TRANSLATION_LANGUAGES): string[] {
  return localizedTextsOf(rubric).flatMap(({ path, text }) => langs.filter((lang) => text[lang] === undefined || text[lang]!.trim() === '').map((lang) => `${path}.${lang}`));
}
