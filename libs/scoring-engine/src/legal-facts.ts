import { ACTS, AGGRAVATING_CIRCUMSTANCES, ANCILLARY_LIABILITY, MEANS, ONLINE_OFFENCES, PENALTY_OFFENCES, PURPOSES } from './vocabulary';
import type { Act, Ancillary, Means, OnlineOffenceCode, PenaltyOffenceCode, Purpose } from './vocabulary';

export interface Penalty {
  offence: PenaltyOffenceCode;
  imprisonmentMinYears?: number;
  imprisonmentMaxYears?: number;
  /** A fine may be imposed. */
  fine?: boolean;
  /** A fine may be imposed instead of imprisonment. */
  fineInLieuOfImprisonment?: boolean;
  note?: string;
}

/**
 * The structured facts an expert reads from one provision (RUBRIC.md). Every field is optional:
 * a provision states only some facts, and an absent fact is unknown, never "no".
 */
export interface LegalFacts {
  acts?: Act[];
  extraActs?: string[];
  means?: Means[];
  extraMeans?: string[];
  purposes?: Purpose[];
  extraPurposes?: string[];
  consentIrrelevant?: boolean;
  borderCrossingRequired?: boolean;
  childAgeThreshold?: number;
  meansRequiredForChildren?: boolean;
  penalties?: Penalty[];
  aggravatingCircumstances?: string[];
  ancillaryLiability?: Ancillary[];
  legalPersonLiability?: boolean;
  forfeiture?: boolean;
  restitution?: boolean;
  demandOffence?: boolean;
  mistakeOfAgeDefenceBarred?: boolean;
  childNonPunishment?: boolean;
  onlineOffences?: OnlineOffenceCode[];
  extraterritorialJurisdiction?: boolean;
  forcedLabourOffence?: { imprisonment: boolean; allSectors: boolean };
}

export interface FactProblem {
  path: string;
  message: string;
}

const BOOLEAN_FIELDS = [
  'consentIrrelevant', 'borderCrossingRequired', 'meansRequiredForChildren', 'legalPersonLiability', 'forfeiture',
  'restitution', 'demandOffence', 'mistakeOfAgeDefenceBarred', 'childNonPunishment', 'extraterritorialJurisdiction',
] as const;
const CLOSED_LISTS: Record<string, readonly string[]> = {
  acts: ACTS,
  means: MEANS,
  purposes: PURPOSES,
  ancillaryLiability: ANCILLARY_LIABILITY,
  onlineOffences: ONLINE_OFFENCES,
};
const EXTRA_LISTS = ['extraActs', 'extraMeans', 'extraPurposes'] as const;
const KNOWN = new Set<string>([...BOOLEAN_FIELDS, ...Object.keys(CLOSED_LISTS), ...EXTRA_LISTS, 'childAgeThreshold', 'penalties', 'aggravatingCircumstances', 'forcedLabourOffence']);
const PENALTY_KEYS = new Set(['offence', 'imprisonmentMinYears', 'imprisonmentMaxYears', 'fine', 'fineInLieuOfImprisonment', 'note']);
const MAX_YEARS = 100;

/** Validates facts by shape: closed lists, extras, years, min ≤ max. Each problem names its path. */
export function validateLegalFacts(input: unknown): { ok: true; facts: LegalFacts } | { ok: false; errors: FactProblem[] } {
  const errors: FactProblem[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: [{ path: '', message: 'must be an object' }] };
  const facts = input as Record<string, unknown>;
  for (const key of Object.keys(facts)) if (!KNOWN.has(key)) errors.push({ path: key, message: 'is not a legal fact lexgap records' });
  for (const key of BOOLEAN_FIELDS) if (facts[key] !== undefined && typeof facts[key] !== 'boolean') errors.push({ path: key, message: 'must be true or false (omit it when unknown)' });
  for (const [key, allowed] of Object.entries(CLOSED_LISTS)) checkList(facts[key], key, errors, (v) => allowed.includes(v), `must be one of ${allowed.join(', ')}`);
  for (const key of EXTRA_LISTS) checkList(facts[key], key, errors, (v) => v.trim().length > 0 && v.length <= 200, 'must be a non-empty text of at most 200 characters');
  checkList(facts.aggravatingCircumstances, 'aggravatingCircumstances', errors, (v) => (AGGRAVATING_CIRCUMSTANCES as readonly string[]).includes(v) || /^[A-Z][A-Z0-9_]{1,59}$/.test(v), 'must be a code in capitals (CHILD_VICTIM, ORGANISED_GROUP, PUBLIC_OFFICIAL, ...)');
  if (facts.childAgeThreshold !== undefined && !(Number.isInteger(facts.childAgeThreshold) && (facts.childAgeThreshold as number) >= 0 && (facts.childAgeThreshold as number) <= 25)) {
    errors.push({ path: 'childAgeThreshold', message: 'must be a whole number of years from 0 to 25' });
  }
  if (facts.forcedLabourOffence !== undefined) {
    const f = facts.forcedLabourOffence as Record<string, unknown>;
    if (typeof f !== 'object' || f === null || typeof f.imprisonment !== 'boolean' || typeof f.allSectors !== 'boolean' || Object.keys(f).length !== 2) {
      errors.push({ path: 'forcedLabourOffence', message: 'must be { imprisonment: boolean, allSectors: boolean }' });
    }
  }
  if (facts.penalties !== undefined) {
    if (!Array.isArray(facts.penalties)) errors.push({ path: 'penalties', message: 'must be a list' });
    else facts.penalties.forEach((p, i) => checkPenalty(p, `penalties[${i}]`, errors));
  }
  return errors.length ? { ok: false, errors } : { ok: true, facts: facts as LegalFacts };
}

function checkList(value: unknown, path: string, errors: FactProblem[], valid: (v: string) => boolean, message: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return void errors.push({ path, message: 'must be a list' });
  const seen = new Set<string>();
  value.forEach((v, i) => {
    if (typeof v !== 'string' || !valid(v)) errors.push({ path: `${path}[${i}]`, message });
    else if (seen.has(v)) errors.push({ path: `${path}[${i}]`, message: `repeats ${v}` });
    seen.add(v);
  });
}

function checkPenalty(value: unknown, path: string, errors: FactProblem[]): void {
  if (typeof value !== 'object' || value === null) return void errors.push({ path, message: 'must be an object' });
  const p = value as Record<string, unknown>;
  for (const key of Object.keys(p)) if (!PENALTY_KEYS.has(key)) errors.push({ path: `${path}.${key}`, message: 'is not a penalty field' });
  if (!(PENALTY_OFFENCES as readonly unknown[]).includes(p.offence)) errors.push({ path: `${path}.offence`, message: `must be one of ${PENALTY_OFFENCES.join(', ')}` });
  for (const key of ['imprisonmentMinYears', 'imprisonmentMaxYears']) {
    const years = p[key];
    if (years !== undefined && !(typeof years === 'number' && Number.isFinite(years) && years >= 0 && years <= MAX_YEARS)) {
      errors.push({ path: `${path}.${key}`, message: `must be a number of years from 0 to ${MAX_YEARS}` });
    }
  }
  const min = p.imprisonmentMinYears;
  const max = p.imprisonmentMaxYears;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    errors.push({ path: `${path}.imprisonmentMinYears`, message: `(${min}) must not be above imprisonmentMaxYears (${max})` });
  }
  for (const key of ['fine', 'fineInLieuOfImprisonment']) if (p[key] !== undefined && typeof p[key] !== 'boolean') errors.push({ path: `${path}.${key}`, message: 'must be true or false' });
  if (p.fineInLieuOfImprisonment === true && p.fine === false) errors.push({ path: `${path}.fine`, message: 'cannot be false when a fine may replace imprisonment' });
}
