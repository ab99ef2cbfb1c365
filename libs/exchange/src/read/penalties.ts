import { PENALTY_OFFENCES, type Penalty } from '@lexgap/legal-model';
import { CellValue, cellText, normaliseCode, Parsed } from './cells';

/**
 * The penalty grammar of the `penalties` column (docs/import-export.md):
 *
 *     penalties = penalty { ";" penalty }
 *     penalty   = OFFENCE { term } [ "(" note ")" ]
 *     term      = N "-" N        imprisonment from N to N years      TRAFFICKING 4-8
 *               | N "-" "life"   from N years to life imprisonment    TRAFFICKING 3-life
 *               | "life"         the maximum is life imprisonment     CHILD_TRAFFICKING life
 *               | N "+"          at least N years, no maximum stated  TRAFFICKING 4+
 *               | "min" N        at least N years                     TRAFFICKING min 4
 *               | "max" N        at most N years                      TRAFFICKING max 8
 *               | "fine"         a fine may be imposed (as well)
 *               | "no-fine"      no fine may be imposed
 *               | "fine-in-lieu" a fine may replace imprisonment
 *               | "no-fine-in-lieu"
 *     N         = a number of years, decimals with . or , (0.5 is six months)
 *
 * Letter case is free, `sex trafficking` reads as SEX_TRAFFICKING, a unit word after a number
 * (years, años, anos, ans, y) is allowed, and a cell starting with `[` is read as JSON instead:
 * `[{"offence":"TRAFFICKING","imprisonmentMinYears":4}]`. Blank is "not stated".
 */
export function parsePenalties(cell: CellValue): Parsed<Penalty[]> {
  const text = cellText(cell);
  if (text === undefined) return { ok: true, value: undefined };
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!Array.isArray(parsed)) return { ok: false, message: 'JSON penalties must be a list of objects' };
      return { ok: true, value: parsed as Penalty[] };
    } catch (error) {
      return { ok: false, message: `is not valid JSON: ${(error as Error).message}` };
    }
  }
  const penalties: Penalty[] = [];
  const entries = text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const [i, entry] of entries.entries()) {
    const parsed = parsePenalty(entry);
    if (typeof parsed === 'string') return { ok: false, message: `penalty ${i + 1} (${JSON.stringify(entry)}): ${parsed}` };
    penalties.push(parsed);
  }
  return { ok: true, value: penalties };
}

const UNIT_WORDS = new Set(['y', 'yr', 'yrs', 'year', 'years', 'años', 'anos', 'ans', 'an', 'año', 'ano']);
const NUMBER = /^\d+(?:[.,]\d+)?$/;
const RANGE = /^(\d+(?:[.,]\d+)?)-(\d+(?:[.,]\d+)?)$/;
const AT_LEAST = /^(\d+(?:[.,]\d+)?)\+$/;
const TO_LIFE = /^(\d+(?:[.,]\d+)?)-life$/;

const years = (text: string) => Number(text.replace(',', '.'));

/** One penalty, or why it cannot be read. */
function parsePenalty(entry: string): Penalty | string {
  let body = entry;
  let note: string | undefined;
  const open = body.indexOf('(');
  if (open >= 0) {
    if (!body.endsWith(')')) return 'a note in parentheses must come last, e.g. TRAFFICKING 4-8 (art. 145 bis)';
    note = body.slice(open + 1, -1).trim();
    body = body.slice(0, open).trim();
    if (!note) note = undefined;
  }
  // "4 - 8" and "4–8" are 4-8; "3 - life" is 3-life.
  const tokens = body
    .replace(/(\d)\s*[-–—]\s*(?=\d|life\b)/gi, '$1-')
    .split(/\s+/)
    .filter(Boolean);
  if (tokens.length === 0) return 'names no offence';
  let offence: string | undefined;
  let used = 0;
  for (let n = Math.min(3, tokens.length); n >= 1; n--) {
    const candidate = normaliseCode(tokens.slice(0, n).join('_'));
    if ((PENALTY_OFFENCES as readonly string[]).includes(candidate)) {
      offence = candidate;
      used = n;
      break;
    }
  }
  if (!offence) return `starts with ${JSON.stringify(tokens[0])}, not an offence: one of ${PENALTY_OFFENCES.join(', ')}`;
  const penalty: Penalty = { offence: offence as Penalty['offence'] };
  const setYears = (key: 'imprisonmentMinYears' | 'imprisonmentMaxYears', value: number): string | undefined => {
    if (penalty[key] !== undefined || (key === 'imprisonmentMaxYears' && penalty.lifeImprisonment)) return `gives the ${key === 'imprisonmentMinYears' ? 'minimum' : 'maximum'} twice`;
    penalty[key] = value;
    return undefined;
  };
  // Life imprisonment is the maximum, not a number of years (validateLegalFacts refuses both).
  const setLife = (): string | undefined => {
    if (penalty.imprisonmentMaxYears !== undefined || penalty.lifeImprisonment) return 'gives the maximum twice';
    penalty.lifeImprisonment = true;
    return undefined;
  };
  for (let k = used; k < tokens.length; k++) {
    const token = tokens[k].toLowerCase();
    let problem: string | undefined;
    let m: RegExpExecArray | null;
    if (UNIT_WORDS.has(token)) continue;
    if ((m = RANGE.exec(token))) {
      problem = setYears('imprisonmentMinYears', years(m[1])) ?? setYears('imprisonmentMaxYears', years(m[2]));
    } else if ((m = TO_LIFE.exec(token))) {
      problem = setYears('imprisonmentMinYears', years(m[1])) ?? setLife();
    } else if (token === 'life') {
      problem = setLife();
    } else if ((m = AT_LEAST.exec(token))) {
      problem = setYears('imprisonmentMinYears', years(m[1]));
    } else if (token === 'min' || token === 'max' || token === 'up-to') {
      const next = tokens[k + 1];
      if (!next || !NUMBER.test(next)) return `"${tokens[k]}" must be followed by a number of years`;
      problem = setYears(token === 'min' ? 'imprisonmentMinYears' : 'imprisonmentMaxYears', years(next));
      k++;
    } else if (token === 'fine') {
      penalty.fine = true;
    } else if (token === 'no-fine') {
      penalty.fine = false;
    } else if (token === 'fine-in-lieu') {
      penalty.fineInLieuOfImprisonment = true;
    } else if (token === 'no-fine-in-lieu') {
      penalty.fineInLieuOfImprisonment = false;
    } else if (NUMBER.test(token)) {
      return `"${tokens[k]}" alone is ambiguous: write a range (4-8), a minimum (4+ or min 4) or a maximum (max 8)`;
    } else {
      return `"${tokens[k]}" is not understood: after the offence write years (4-8, 4+, min 4, max 8), life (3-life, life), fine, no-fine, fine-in-lieu or a (note)`;
    }
    if (problem) return problem;
  }
  if (note !== undefined) penalty.note = note;
  return penalty;
}

/** A penalty list written back in the grammar (for exports and messages). */
export function formatPenalties(penalties: readonly Penalty[] | undefined): string {
  if (!penalties?.length) return '';
  return penalties
    .map((p) => {
      const parts: string[] = [p.offence];
      const min = p.imprisonmentMinYears;
      const max = p.imprisonmentMaxYears;
      if (p.lifeImprisonment === true && max === undefined) parts.push(min !== undefined ? `${min}-life` : 'life');
      else if (min !== undefined && max !== undefined) parts.push(`${min}-${max}`);
      else if (min !== undefined) parts.push(`min ${min}`);
      else if (max !== undefined) parts.push(`max ${max}`);
      if (p.fine === true) parts.push('fine');
      if (p.fine === false) parts.push('no-fine');
      if (p.fineInLieuOfImprisonment === true) parts.push('fine-in-lieu');
      if (p.fineInLieuOfImprisonment === false) parts.push('no-fine-in-lieu');
      if (p.note) parts.push(`(${p.note})`);
      return parts.join(' ');
    })
    .join('; ');
}
