import { checkString, childPath, describeValue, isPlainObject, IssueList, LANGUAGES, LocalizedText, PlainObject, refuseUnknownKeys } from '@lexgap/legal-model';

/** Longest text of a rubric (a recommendation runs to a paragraph). */
export const RUBRIC_TEXT_MAX_LENGTH = 4000;

/** Reads `object[key]` as a LocalizedText: English required, es/pt/fr optional, no other keys. */
export function readLocalizedText(object: PlainObject, key: string, path: string, issues: IssueList, options: { required: boolean }): LocalizedText | undefined {
  const value = object[key];
  const at = childPath(path, key);
  if (value === undefined || value === null) {
    if (options.required) issues.add(at, `${key} is required, as an object with at least English text: { "en": "..." }`);
    return undefined;
  }
  if (!isPlainObject(value)) {
    issues.add(at, `${key} must be an object of texts by language (${LANGUAGES.join(', ')}); got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, LANGUAGES, at, issues);
  if (value.en === undefined) {
    issues.add(childPath(at, 'en'), `${key} needs English text (en)`);
    return undefined;
  }
  const text: Partial<LocalizedText> = {};
  let ok = true;
  for (const lang of LANGUAGES) {
    const t = value[lang];
    if (t === undefined) continue;
    if (checkString(t, `${key}.${lang}`, childPath(at, lang), issues, { maxLength: RUBRIC_TEXT_MAX_LENGTH })) text[lang] = t;
    else ok = false;
  }
  return ok ? (text as LocalizedText) : undefined;
}
