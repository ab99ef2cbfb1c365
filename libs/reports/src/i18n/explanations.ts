import type { Explanation, ExplanationParam } from '@lexgap/scoring-engine';
import type { DatePrecision } from '@lexgap/legal-model';
import { MessageParams, Translator } from './translator';

/** Parameters that hold dates; `since` takes its precision from `datePrecision`. */
const DATE_PARAMS = new Set(['asOf', 'since', 'observedOn', 'decidedOn', 'adoptedOn']);
/** Parameters that hold closed-list items (or, for extras, the expert's own words). */
const ITEM_PARAMS = new Set(['covered', 'missing', 'alsoRecorded']);
/** Parameters that hold legal-fact field names. */
const FIELD_PARAMS = new Set(['field', 'held', 'notHeld', 'unknown']);
const OFFENCE_PARAMS = new Set(['offence', 'comparator']);
const BOOLEAN_PARAMS = new Set(['value', 'metWhen', 'imprisonment', 'allSectors', 'verified']);

/** Optional sentences appended when a list parameter is not empty. */
const TRAILING: Record<string, readonly string[]> = {
  'facts.share': ['missing', 'alsoRecorded'],
};

/**
 * An engine explanation in the reader's language, from its stable key and parameters (the
 * engine's English sentence is the fallback for a key no catalogue knows). Codes become words:
 * fields, list items, offences, treaties, statuses; dates and numbers are formatted for the locale.
 */
export function localizeExplanation(tr: Translator, explanation: Explanation, treatyName: (code: string) => string): string {
  const key = `expl.${explanation.key}`;
  if (!tr.has(key)) {
    tr.fellBack(`explanation ${explanation.key}`);
    return explanation.text;
  }
  const raw = explanation.params;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(raw)) params[name] = formatParam(tr, name, value, raw, treatyName);
  // A field or item name can open the text ("means required when the victim is a child: no"): a sentence still starts with a capital.
  const sentences = [sentenceCase(tr, tr.t(key, params))];
  for (const name of TRAILING[explanation.key] ?? []) {
    const value = raw[name];
    if (Array.isArray(value) && value.length > 0) sentences.push(tr.t(`${key}.${name}`, params));
  }
  if (raw.verified === false) sentences.push(tr.t('expl.unverified'));
  return sentences.join(' ');
}

/**
 * What a gap's recommendation adds to the rubric's text for this law: the provisions to amend
 * (`citations`, as the report lists them) and, where the engine's explanation says what is lacking,
 * that ("Remove the fine in lieu of imprisonment."; "Add: transfer and receipt."). The key of the
 * added sentence is `rec.<explanation key>`, a flag's by whether the law must drop a requirement
 * or state a protection; explanations with no such key add only the provisions.
 */
export function localizeRecommendation(tr: Translator, rubricText: string, explanation: Explanation, citations: readonly string[], treatyName: (code: string) => string): string {
  const raw = explanation.params;
  const key = explanation.key === 'facts.flag.unmet' ? (raw.metWhen === false ? 'rec.facts.flag.remove' : 'rec.facts.flag.state') : `rec.${explanation.key}`;
  const sentences = [rubricText];
  if (citations.length > 0) sentences.push(tr.t('rec.toAmend', { provisions: tr.list(citations) }));
  if (tr.has(key)) {
    const params: MessageParams = {};
    for (const [name, value] of Object.entries(raw)) params[name] = formatParam(tr, name, value, raw, treatyName);
    sentences.push(tr.t(key, params));
  }
  return sentences.filter(Boolean).join(' ');
}

function sentenceCase(tr: Translator, text: string): string {
  return text.charAt(0).toLocaleUpperCase(tr.lang) + text.slice(1);
}

function formatParam(tr: Translator, name: string, value: ExplanationParam, all: Record<string, ExplanationParam>, treatyName: (code: string) => string): string | number {
  if (value === null) return tr.t('value.none');
  if (DATE_PARAMS.has(name) && typeof value === 'string') {
    return tr.date(value, name === 'since' ? ((all.datePrecision as DatePrecision | undefined) ?? 'DAY') : 'DAY');
  }
  if (FIELD_PARAMS.has(name)) return words(tr, value, 'field', 'list');
  if (ITEM_PARAMS.has(name)) return words(tr, value, 'item', 'list');
  if (name === 'offences') return words(tr, value, 'offence', 'orList');
  if (OFFENCE_PARAMS.has(name)) return words(tr, value, 'offence', 'list');
  if (name === 'treaty' && typeof value === 'string') return treatyName(value);
  if (name === 'status' && typeof value === 'string') return tr.has(`treatyStatus.${value}`) ? tr.t(`treatyStatus.${value}`) : value;
  if (name === 'actionType' && typeof value === 'string') return tr.has(`treatyAction.${value}`) ? tr.t(`treatyAction.${value}`) : value;
  if (name === 'ratio' && typeof value === 'number') return tr.percent(value);
  // A source's judgement, from the closed list, as a clause in the reader's language ("the penalties are not commensurate …").
  if (name === 'judgement' && typeof value === 'string') {
    const key = `judgement.${value}.${all.holds === false ? 'notHolds' : 'holds'}`;
    return tr.has(key) ? tr.t(key) : value;
  }
  if (BOOLEAN_PARAMS.has(name) && typeof value === 'boolean') return tr.yesNo(value);
  if (typeof value === 'number') return tr.number(value);
  if (typeof value === 'boolean') return tr.yesNo(value);
  if (Array.isArray(value)) return tr.list(value);
  return value as string;
}

/** A code (or codes) as words from the catalogue prefix; unknown values (an expert's extras) stay as written. */
function words(tr: Translator, value: ExplanationParam, prefix: string, join: 'list' | 'orList'): string {
  const codes = Array.isArray(value) ? value : [String(value)];
  const named = codes.map((code) => (tr.has(`${prefix}.${code}`) ? tr.t(`${prefix}.${code}`) : code));
  return join === 'list' ? tr.list(named) : tr.orList(named);
}
