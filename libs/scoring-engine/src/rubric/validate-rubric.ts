import { TREATY_CODES } from '../vocabulary';
import { Category, Criterion, EvaluatorConfig, Rubric } from './rubric.types';

export interface RubricProblem {
  path: string;
  message: string;
}

const LIST_FIELDS = ['acts', 'means', 'purposes', 'ancillaryLiability', 'onlineOffences'];
const TRUE_FIELDS = ['consentIrrelevant', 'legalPersonLiability', 'demandOffence', 'mistakeOfAgeDefenceBarred', 'childNonPunishment', 'extraterritorialJurisdiction'];
const FALSE_FIELDS = ['borderCrossingRequired', 'meansRequiredForChildren'];
const METHOD_OF_KIND: Record<EvaluatorConfig['kind'], Criterion['method']> = {
  treatyParty: 'treaty',
  shareOfList: 'facts',
  shareOfAggravations: 'facts',
  factIsTrue: 'facts',
  factIsFalse: 'facts',
  shareOfTrue: 'facts',
  childAgeAtLeast: 'facts',
  imprisonmentMandatory: 'facts',
  maximumAtLeast: 'facts',
  minimumAtLeast: 'facts',
  sexTraffickingVersusRape: 'facts',
  forcedLabourOffence: 'facts',
  expert: 'expert',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a rubric document before it is published: every error names the path of the bad entry
 * (`categories[2].criteria[0].weight`), so an expert editing the file can find it.
 */
export function validateRubric(input: unknown): { ok: true; rubric: Rubric } | { ok: false; errors: RubricProblem[] } {
  const errors: RubricProblem[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  if (!isObj(input)) return { ok: false, errors: [{ path: '', message: 'must be a JSON object' }] };
  const r = input;
  if (typeof r.id !== 'string' || !/^[a-z0-9][a-z0-9-]{1,99}$/.test(r.id)) err('id', 'must be lower-case letters, digits and dashes');
  if (!Number.isInteger(r.version) || (r.version as number) < 1) err('version', 'must be a whole number from 1');
  text(r.title, 'title', err);
  text(r.description, 'description', err);
  if (!Array.isArray(r.anchors)) err('anchors', 'must be a list');
  else r.anchors.forEach((a, i) => {
    if (!isObj(a) || typeof a.source !== 'string' || !a.source) err(`anchors[${i}].source`, 'must name the source');
    else text(a.takes, `anchors[${i}].takes`, err);
  });
  const params = isObj(r.parameters) ? r.parameters : (err('parameters', 'must be an object of numbers'), {});
  for (const [k, v] of Object.entries(params)) if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) err(`parameters.${k}`, 'must be a number of at least 0');
  if (typeof r.minimumCoverageForBand !== 'number' || r.minimumCoverageForBand < 0 || r.minimumCoverageForBand > 1) err('minimumCoverageForBand', 'must be a number from 0 to 1');
  bands(r.bands, err);
  if (!Array.isArray(r.categories) || r.categories.length === 0) err('categories', 'must be a non-empty list');
  else {
    const ids = new Set<string>();
    r.categories.forEach((c, i) => category(c, `categories[${i}]`, params, ids, err));
  }
  return errors.length ? { ok: false, errors } : { ok: true, rubric: input as unknown as Rubric };
}

function text(value: unknown, path: string, err: (p: string, m: string) => void): void {
  if (!isObj(value)) return err(path, 'must be an object of texts by language ({ "en": "...", "es": "..." })');
  if (typeof value.en !== 'string' || value.en.trim() === '') err(`${path}.en`, 'is required (English is the fallback language)');
  for (const [lang, t] of Object.entries(value)) {
    if (!['en', 'es', 'pt', 'fr'].includes(lang)) err(`${path}.${lang}`, 'is not a language lexgap speaks (en, es, pt, fr)');
    else if (typeof t !== 'string' || t.trim() === '') err(`${path}.${lang}`, 'must be a non-empty text');
  }
}

function bands(value: unknown, err: (p: string, m: string) => void): void {
  if (!Array.isArray(value) || value.length === 0) return err('bands', 'must be a non-empty list');
  let previous = Infinity;
  value.forEach((b, i) => {
    if (!isObj(b)) return err(`bands[${i}]`, 'must be an object');
    if (typeof b.id !== 'string' || !b.id) err(`bands[${i}].id`, 'is required');
    if (typeof b.min !== 'number' || b.min < 0 || b.min > 100) err(`bands[${i}].min`, 'must be a number from 0 to 100');
    else if (b.min >= previous) err(`bands[${i}].min`, 'must be below the previous band\'s minimum (bands run from the highest down)');
    else previous = b.min;
    text(b.label, `bands[${i}].label`, err);
  });
  const last = value[value.length - 1];
  if (isObj(last) && last.min !== 0) err(`bands[${value.length - 1}].min`, 'must be 0, so that every score has a band');
}

function category(value: unknown, path: string, params: Obj, ids: Set<string>, err: (p: string, m: string) => void): void {
  if (!isObj(value)) return err(path, 'must be an object');
  const c = value as Partial<Category> & Obj;
  if (typeof c.id !== 'string' || !c.id) err(`${path}.id`, 'is required');
  else if (ids.has(c.id)) err(`${path}.id`, `repeats ${c.id}`);
  else ids.add(c.id);
  text(c.title, `${path}.title`, err);
  if (typeof c.weight !== 'number' || !(c.weight > 0)) err(`${path}.weight`, 'must be a number above 0');
  if (!Array.isArray(c.criteria) || c.criteria.length === 0) return err(`${path}.criteria`, 'must be a non-empty list');
  c.criteria.forEach((k, j) => criterion(k, `${path}.criteria[${j}]`, params, ids, err));
}

function criterion(value: unknown, path: string, params: Obj, ids: Set<string>, err: (p: string, m: string) => void): void {
  if (!isObj(value)) return err(path, 'must be an object');
  const k = value;
  if (typeof k.id !== 'string' || !/^[A-Z]{1,5}-\d{1,3}$/.test(k.id)) err(`${path}.id`, 'must look like PAL-1');
  else if (ids.has(k.id)) err(`${path}.id`, `repeats ${k.id}`);
  else ids.add(k.id);
  text(k.question, `${path}.question`, err);
  text(k.recommendation, `${path}.recommendation`, err);
  if (typeof k.weight !== 'number' || !(k.weight > 0)) err(`${path}.weight`, 'must be a number above 0');
  if (!Array.isArray(k.references)) err(`${path}.references`, 'must be a list of citations');
  if (!['treaty', 'facts', 'expert'].includes(k.method as string)) err(`${path}.method`, 'must be treaty, facts or expert');
  evaluator(k.evaluator, `${path}.evaluator`, k.method as string, params, err);
  const scale = k.scale as Obj | undefined;
  if (!isObj(scale) || !['levels', 'share'].includes(scale.type as string) || !Array.isArray(scale.levels) || scale.levels.length === 0) {
    err(`${path}.scale`, 'must be { type: "levels" | "share", levels: [...] }');
  } else {
    scale.levels.forEach((l, n) => {
      if (!isObj(l) || typeof l.value !== 'number' || l.value < 0 || l.value > 1) err(`${path}.scale.levels[${n}].value`, 'must be a number from 0 to 1');
      else {
        text(l.label, `${path}.scale.levels[${n}].label`, err);
        if (l.descriptor !== undefined) text(l.descriptor, `${path}.scale.levels[${n}].descriptor`, err);
      }
    });
  }
}

function evaluator(value: unknown, path: string, method: string, params: Obj, err: (p: string, m: string) => void): void {
  if (!isObj(value) || typeof value.kind !== 'string' || !(value.kind in METHOD_OF_KIND)) {
    return err(`${path}.kind`, `must be one of ${Object.keys(METHOD_OF_KIND).join(', ')}`);
  }
  const e = value as EvaluatorConfig & Obj;
  if (METHOD_OF_KIND[e.kind] !== method) err(`${path}.kind`, `${e.kind} reaches results by "${METHOD_OF_KIND[e.kind]}", not "${method}"`);
  const needParam = (key: string) => {
    const name = e[key];
    if (typeof name !== 'string' || !(name in params)) err(`${path}.${key}`, `must name a rubric parameter (${Object.keys(params).join(', ')})`);
  };
  switch (e.kind) {
    case 'treatyParty':
      if (!(TREATY_CODES as readonly string[]).includes(e.treaty)) err(`${path}.treaty`, `must be one of ${TREATY_CODES.join(', ')}`);
      if (typeof e.signedScore !== 'number' || e.signedScore < 0 || e.signedScore > 1) err(`${path}.signedScore`, 'must be a number from 0 to 1');
      break;
    case 'shareOfList':
      if (!LIST_FIELDS.includes(e.field)) err(`${path}.field`, `must be one of ${LIST_FIELDS.join(', ')}`);
      break;
    case 'shareOfAggravations':
      if (!Array.isArray(e.required) || e.required.length === 0) err(`${path}.required`, 'must list the aggravating circumstances required');
      break;
    case 'factIsTrue':
      if (!TRUE_FIELDS.includes(e.field)) err(`${path}.field`, `must be one of ${TRUE_FIELDS.join(', ')}`);
      break;
    case 'factIsFalse':
      if (!FALSE_FIELDS.includes(e.field)) err(`${path}.field`, `must be one of ${FALSE_FIELDS.join(', ')}`);
      break;
    case 'shareOfTrue':
      if (!Array.isArray(e.fields) || e.fields.length === 0 || e.fields.some((f) => !['forfeiture', 'restitution'].includes(f))) err(`${path}.fields`, 'must list forfeiture and/or restitution');
      break;
    case 'childAgeAtLeast':
    case 'maximumAtLeast':
      needParam('parameter');
      break;
    case 'minimumAtLeast':
      needParam('fullParameter');
      needParam('partialParameter');
      break;
    case 'sexTraffickingVersusRape':
      needParam('partialRatioParameter');
      break;
    default:
      break;
  }
}
