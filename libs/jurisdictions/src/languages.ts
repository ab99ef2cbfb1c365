import { Language, LANGUAGES } from '@lexgap/legal-model';
import { BadUserInputError } from '@lexgap/platform';
import type { JurisdictionEntity } from './entities/jurisdiction.entity';

export function parseLanguage(raw: string | undefined | null, field = 'lang'): Language {
  if (raw === undefined || raw === null) return 'en';
  const lang = raw.trim().toLowerCase().split(/[-_]/)[0];
  if ((LANGUAGES as readonly string[]).includes(lang)) return lang as Language;
  throw BadUserInputError.field(field, `must be one of ${LANGUAGES.join(', ')}; got ${JSON.stringify(raw)}`);
}

/** A jurisdiction's recorded names (English always, the others when recorded), as a localized text. */
export function jurisdictionNames(j: Pick<JurisdictionEntity, 'nameEn' | 'nameEs' | 'namePt' | 'nameFr'>): { en: string; es?: string; pt?: string; fr?: string } {
  return { en: j.nameEn, ...(j.nameEs ? { es: j.nameEs } : {}), ...(j.namePt ? { pt: j.namePt } : {}), ...(j.nameFr ? { fr: j.nameFr } : {}) };
}
