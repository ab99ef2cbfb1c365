import { checkString, childPath, describeValue, isIsoDate, isPlainObject, IssueList, PlainObject, readArray, readNumber, readString, refuseUnknownKeys, ValidationIssue } from '@lexgap/legal-model';
import { CRITERION_METHODS, CriterionMethod, METHOD_OF_EVALUATOR } from './evaluator-config';
import { Criterion, DEFAULT_CRITERION_WEIGHT, DEFAULT_MINIMUM_COVERAGE_FOR_BAND, Rubric, RubricAnchor, RubricCategory, Scale } from './rubric';
import { isResultOnScale } from './scale';
import { readBands } from './validate-bands';
import { possibleResults, validateEvaluatorConfig } from './validate-evaluator-config';
import { readLocalizedText } from './validate-localized-text';
import { readScale } from './validate-scale';

export type RubricValidation = { ok: true; rubric: Rubric } | { ok: false; errors: ValidationIssue[] };

const RUBRIC_ID = { maxLength: 80, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternHint: 'a lowercase slug like "tip-legal-framework"' };

/** Whether a string can be a rubric's id (the rule `validateRubric` applies): no rubric has any other. */
export function isRubricId(value: string): boolean {
  return value.length <= RUBRIC_ID.maxLength && RUBRIC_ID.pattern.test(value);
}
const ITEM_ID = { maxLength: 40, pattern: /^[A-Z0-9]+([-_][A-Z0-9]+)*$/, patternHint: 'upper case letters, digits and dashes, like "PAL-1"' };
const PARAMETER_NAME = /^[a-z][A-Za-z0-9]*$/;
/** Weights are relative; the cap only keeps arithmetic far from overflow. */
const MAX_WEIGHT = 1_000_000;

/**
 * Loads a rubric file (parsed JSON) into a Rubric, or lists every problem with its path
 * (`categories[2].criteria[0].weight`). Beyond shape it checks what would make scores wrong:
 * unknown evaluator kinds and names (treaties, fact fields, lists, parameters), a method that does
 * not match its evaluator, results an evaluator can give that are not on the criterion's scale,
 * duplicate ids, weights not above 0, bands that are unsorted or leave part of 0..100 without a
 * band, levels outside [0, 1], texts without English.
 * Defaults are filled in: criterion weight 1, minimum coverage for a band 0.5, RUBRIC.md's bands.
 */
export function validateRubric(json: unknown): RubricValidation {
  const issues = new IssueList();
  if (!isPlainObject(json)) return { ok: false, errors: [{ path: '', message: `a rubric must be an object; got ${describeValue(json)}` }] };
  refuseUnknownKeys(json, ['id', 'version', 'title', 'description', 'publishedOn', 'anchors', 'parameters', 'minimumCoverageForBand', 'bands', 'categories'], '', issues);

  const id = readString(json, 'id', '', issues, { required: true, ...RUBRIC_ID });
  const version = readNumber(json, 'version', '', issues, { required: true, min: 1, max: 1_000_000, integer: true, noun: 'an integer' });
  const title = readLocalizedText(json, 'title', '', issues, { required: true });
  const description = readLocalizedText(json, 'description', '', issues, { required: true });
  const publishedOn = json.publishedOn ?? undefined;
  if (publishedOn !== undefined && !isIsoDate(publishedOn)) {
    issues.add('publishedOn', `publishedOn must be a date written YYYY-MM-DD; got ${describeValue(publishedOn)}`);
  }
  const anchors = readArray(json, 'anchors', '', issues, (anchor, path) => readAnchor(anchor, path, issues), { required: true }) ?? [];
  const parameters = readParameters(json, issues);
  const minimumCoverageForBand = readNumber(json, 'minimumCoverageForBand', '', issues, { min: 0, max: 1, noun: 'a share' }) ?? DEFAULT_MINIMUM_COVERAGE_FOR_BAND;
  const bands = readBands(json, 'bands', '', issues);
  const categories =
    readArray(json, 'categories', '', issues, (category, path) => readCategory(category, path, parameters, issues), {
      required: true,
      nonEmpty: true,
    }) ?? [];
  refuseDuplicateIds(json.categories, 'categories', 'category id', issues);
  refuseDuplicateIds(criteriaIn(json.categories), '', 'criterion id', issues);

  if (!issues.isEmpty || id === undefined || version === undefined || !title || !description || !bands) {
    return { ok: false, errors: issues.issues };
  }
  const rubric: Rubric = { id, version, title, description, anchors, parameters, minimumCoverageForBand, bands, categories };
  if (publishedOn !== undefined) rubric.publishedOn = publishedOn as string;
  return { ok: true, rubric };
}

function readAnchor(value: unknown, path: string, issues: IssueList): RubricAnchor | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `each anchor must be an object { source, takes, url? }; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, ['source', 'takes', 'url'], path, issues);
  const source = readString(value, 'source', path, issues, { required: true, maxLength: 300 });
  const takes = readLocalizedText(value, 'takes', path, issues, { required: true });
  const url = readString(value, 'url', path, issues, { maxLength: 500, pattern: /^https?:\/\/\S+$/, patternHint: 'an http(s) address' });
  if (source === undefined || !takes) return undefined;
  return url === undefined ? { source, takes } : { source, takes, url };
}

function readParameters(json: PlainObject, issues: IssueList): Record<string, number> {
  const value = json.parameters;
  const parameters: Record<string, number> = {};
  if (value === undefined || value === null) return parameters;
  if (!isPlainObject(value)) {
    issues.add('parameters', `parameters must be an object of named numbers; got ${describeValue(value)}`);
    return parameters;
  }
  for (const name of Object.keys(value)) {
    if (!PARAMETER_NAME.test(name)) issues.add(childPath('parameters', name), `parameter names must be camelCase, like "seriousCrimeMinYears"`);
    const read = readNumber(value, name, 'parameters', issues, { required: true, min: 0, max: MAX_WEIGHT });
    if (read !== undefined) parameters[name] = read;
  }
  return parameters;
}

function readCategory(value: unknown, path: string, parameters: Record<string, number>, issues: IssueList): RubricCategory | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `each category must be an object { id, title, weight, criteria }; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, ['id', 'title', 'description', 'weight', 'criteria'], path, issues);
  const id = readString(value, 'id', path, issues, { required: true, ...ITEM_ID });
  const title = readLocalizedText(value, 'title', path, issues, { required: true });
  const description = readLocalizedText(value, 'description', path, issues, { required: false });
  const weight = readNumber(value, 'weight', path, issues, { required: true, min: 0, exclusiveMin: true, max: MAX_WEIGHT, noun: 'a number' });
  const criteria = readArray(value, 'criteria', path, issues, (c, cPath) => readCriterion(c, cPath, parameters, issues), {
    required: true,
    nonEmpty: true,
  });
  if (id === undefined || !title || weight === undefined || !criteria) return undefined;
  return description ? { id, title, description, weight, criteria } : { id, title, weight, criteria };
}

function readCriterion(value: unknown, path: string, parameters: Record<string, number>, issues: IssueList): Criterion | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `each criterion must be an object; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, ['id', 'question', 'method', 'evaluator', 'weight', 'scale', 'recommendation', 'references'], path, issues);
  const id = readString(value, 'id', path, issues, { required: true, ...ITEM_ID });
  const question = readLocalizedText(value, 'question', path, issues, { required: true });
  const method = value.method;
  if (!CRITERION_METHODS.includes(method as CriterionMethod)) {
    issues.add(childPath(path, 'method'), `method must be one of ${CRITERION_METHODS.join(', ')}; got ${describeValue(method)}`);
  }
  const evaluator = validateEvaluatorConfig(value.evaluator, parameters, childPath(path, 'evaluator'), issues);
  if (evaluator && CRITERION_METHODS.includes(method as CriterionMethod) && METHOD_OF_EVALUATOR[evaluator.kind] !== method) {
    issues.add(childPath(path, 'method'), `method "${String(method)}" does not match evaluator "${evaluator.kind}", which implements method "${METHOD_OF_EVALUATOR[evaluator.kind]}"`);
  }
  const weight =
    readNumber(value, 'weight', path, issues, { min: 0, exclusiveMin: true, max: MAX_WEIGHT, noun: 'a number' }) ??
    (value.weight === undefined || value.weight === null ? DEFAULT_CRITERION_WEIGHT : undefined);
  const scale = readScale(value.scale, childPath(path, 'scale'), issues);
  if (scale && evaluator) checkResultsOnScale(possibleResults(evaluator), scale, childPath(path, 'evaluator'), issues);
  const recommendation = readLocalizedText(value, 'recommendation', path, issues, { required: true });
  const references = readArray(value, 'references', path, issues, (ref, refPath) => (checkString(ref, 'each reference', refPath, issues, { maxLength: 300 }) ? ref : undefined)) ?? [];
  if (id === undefined || !question || !evaluator || weight === undefined || !scale || !recommendation) return undefined;
  return { id, question, method: method as CriterionMethod, evaluator, weight, scale, recommendation, references };
}

/** An evaluator must not give a result its criterion's scale does not have. */
function checkResultsOnScale(results: number[] | 'any', scale: Scale, path: string, issues: IssueList): void {
  if (results === 'any') return;
  const offScale = [...new Set(results)].filter((result) => !isResultOnScale(scale, result));
  if (offScale.length === 0) return;
  const levels = scale.levels.map((l) => l.value).join(', ');
  issues.add(path, `this evaluator can give ${offScale.map((r) => +r.toFixed(4)).join(', ')}, which is not a level of the criterion's scale (${levels})`);
}

/**
 * Ids are checked on the raw file, so paths stay right when some items failed to load. `raw` is
 * a list of items, or of [path, item] pairs when the items come from several lists.
 */
function refuseDuplicateIds(raw: unknown, path: string, what: string, issues: IssueList): void {
  if (!Array.isArray(raw)) return;
  const seen = new Map<string, string>();
  raw.forEach((entry: unknown, index) => {
    const [itemPath, item] = Array.isArray(entry) ? (entry as [string, unknown]) : [childPath(path, index), entry];
    if (!isPlainObject(item) || typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first !== undefined) issues.add(childPath(itemPath, 'id'), `duplicate ${what} "${item.id}" (first at ${first})`);
    else seen.set(item.id, itemPath);
  });
}

/** Every raw criterion of the file with its path, for the rubric-wide id check. */
function criteriaIn(categories: unknown): [string, unknown][] {
  if (!Array.isArray(categories)) return [];
  return categories.flatMap((category: unknown, c) =>
    isPlainObject(category) && Array.isArray(category.criteria) ? category.criteria.map((criterion: unknown, k): [string, unknown] => [`categories[${c}].criteria[${k}]`, criterion]) : [],
  );
}
