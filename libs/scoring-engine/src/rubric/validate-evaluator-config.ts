import {
  childPath,
  CLOSED_LISTS,
  ClosedListName,
  describeValue,
  isOneOf,
  isPlainObject,
  IssueList,
  LEGAL_FACT_FLAGS,
  LEGAL_FACT_LISTS,
  LegalFactList,
  PENALTY_OFFENCES,
  PlainObject,
  readArray,
  readNumber,
  refuseDuplicates,
  refuseUnknownKeys,
  TREATY_CODES,
} from '@lexgap/legal-model';
import { EVALUATOR_KINDS, EvaluatorConfig, EvaluatorKind } from './evaluator-config';

/**
 * Checks one criterion's evaluator configuration against its kind: every name it uses (treaty,
 * fact field, closed list, list item, offence, rubric parameter) must exist, and every score it
 * can give must lie in [0, 1]. Returns the configuration, or undefined after recording issues.
 */
export function validateEvaluatorConfig(value: unknown, parameters: Record<string, number>, path: string, issues: IssueList): EvaluatorConfig | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `evaluator must be an object with a "kind"; got ${describeValue(value)}`);
    return undefined;
  }
  const kind = value.kind;
  if (!isOneOf(EVALUATOR_KINDS, kind)) {
    issues.add(childPath(path, 'kind'), `unknown evaluator kind ${describeValue(kind)}; known kinds: ${EVALUATOR_KINDS.join(', ')}`);
    return undefined;
  }
  const before = issues.issues.length;
  const reader = new ConfigReader(value, parameters, path, issues);
  const config = READERS[kind](reader);
  return issues.issues.length === before ? config : undefined;
}

/** Reads the fields of one configuration object, recording issues under its path. */
class ConfigReader {
  constructor(
    readonly raw: PlainObject,
    private readonly parameters: Record<string, number>,
    readonly path: string,
    readonly issues: IssueList,
  ) {}

  keys(...allowed: string[]): void {
    refuseUnknownKeys(this.raw, ['kind', ...allowed], this.path, this.issues);
  }

  oneOf<T extends string>(key: string, list: readonly T[], what: string): T {
    const value = this.raw[key];
    if (!isOneOf(list, value)) this.issues.add(childPath(this.path, key), `${key} must name a known ${what} (${list.join(', ')}); got ${describeValue(value)}`);
    return value as T;
  }

  listOf<T extends string>(key: string, list: readonly T[], what: string): T[] {
    const values =
      readArray(
        this.raw,
        key,
        this.path,
        this.issues,
        (value, itemPath) => {
          if (isOneOf(list, value)) return value;
          this.issues.add(itemPath, `${key} must name known ${what}s (${list.join(', ')}); got ${describeValue(value)}`);
          return undefined;
        },
        { required: true, nonEmpty: true },
      ) ?? [];
    refuseDuplicates(
      values,
      (v) => v,
      (i) => childPath(childPath(this.path, key), i),
      what,
      this.issues,
    );
    return values;
  }

  score(key: string): number {
    return readNumber(this.raw, key, this.path, this.issues, { required: true, min: 0, max: 1, noun: 'a score' }) ?? NaN;
  }

  /** The name of a rubric parameter (parameters are numbers ≥ 0), optionally at most `max`. */
  parameter(key: string, max?: number): string {
    const name = this.raw[key];
    const at = childPath(this.path, key);
    if (typeof name !== 'string' || !Object.hasOwn(this.parameters, name)) {
      this.issues.add(at, `${key} must name a rubric parameter (${Object.keys(this.parameters).join(', ') || 'none defined'}); got ${describeValue(name)}`);
    } else if (max !== undefined && this.parameters[name] > max) {
      this.issues.add(at, `${key} names parameter "${name}", whose value ${this.parameters[name]} must be at most ${max} here`);
    }
    return name as string;
  }

  parameterValue(name: string): number | undefined {
    return Object.hasOwn(this.parameters, name) ? this.parameters[name] : undefined;
  }
}

const READERS: { [K in EvaluatorKind]: (r: ConfigReader) => Extract<EvaluatorConfig, { kind: K }> } = {
  treatyParty: (r) => {
    r.keys('treaty', 'signedScore');
    return { kind: 'treatyParty', treaty: r.oneOf('treaty', TREATY_CODES, 'treaty'), signedScore: r.score('signedScore') };
  },
  shareOfList: (r) => {
    r.keys('field', 'list', 'items');
    const fields = Object.keys(LEGAL_FACT_LISTS) as LegalFactList[];
    const field = r.oneOf('field', fields, 'list field of the legal facts');
    const list = r.oneOf('list', Object.keys(CLOSED_LISTS) as ClosedListName[], 'closed list');
    if (isOneOf(fields, field) && isOneOf(Object.keys(CLOSED_LISTS), list) && LEGAL_FACT_LISTS[field].list !== list) {
      r.issues.add(childPath(r.path, 'list'), `field "${field}" draws from list ${LEGAL_FACT_LISTS[field].list}, not ${list}`);
    }
    if (r.raw.items === undefined) return { kind: 'shareOfList', field, list };
    const items = isOneOf(Object.keys(CLOSED_LISTS), list) ? r.listOf<string>('items', CLOSED_LISTS[list], `${list} item`) : [];
    return { kind: 'shareOfList', field, list, items };
  },
  shareOfFlags: (r) => {
    r.keys('fields');
    return { kind: 'shareOfFlags', fields: r.listOf('fields', LEGAL_FACT_FLAGS, 'yes/no field of the legal facts') };
  },
  flag: (r) => {
    r.keys('field', 'metWhen');
    if (typeof r.raw.metWhen !== 'boolean') r.issues.add(childPath(r.path, 'metWhen'), `metWhen must be true or false; got ${describeValue(r.raw.metWhen)}`);
    return { kind: 'flag', field: r.oneOf('field', LEGAL_FACT_FLAGS, 'yes/no field of the legal facts'), metWhen: r.raw.metWhen as boolean };
  },
  imprisonmentMandatory: (r) => {
    r.keys('offences');
    return { kind: 'imprisonmentMandatory', offences: r.listOf('offences', PENALTY_OFFENCES, 'offence') };
  },
  penaltyMaxAtLeast: (r) => {
    r.keys('offences', 'minYearsParameter');
    return {
      kind: 'penaltyMaxAtLeast',
      offences: r.listOf('offences', PENALTY_OFFENCES, 'offence'),
      minYearsParameter: r.parameter('minYearsParameter'),
    };
  },
  penaltyMinAtLeast: (r) => {
    r.keys('offences', 'fullYearsParameter', 'partialYearsParameter', 'partialScore');
    const fullYearsParameter = r.parameter('fullYearsParameter');
    const fullYears = r.parameterValue(fullYearsParameter);
    return {
      kind: 'penaltyMinAtLeast',
      offences: r.listOf('offences', PENALTY_OFFENCES, 'offence'),
      fullYearsParameter,
      // The partial step must lie below the full one, or the partial score could never be given.
      partialYearsParameter: r.parameter('partialYearsParameter', fullYears),
      partialScore: r.score('partialScore'),
    };
  },
  penaltyMinComparedTo: (r) => {
    r.keys('offences', 'comparator', 'partialRatioParameter', 'partialScore');
    return {
      kind: 'penaltyMinComparedTo',
      offences: r.listOf('offences', PENALTY_OFFENCES, 'offence'),
      comparator: r.oneOf('comparator', PENALTY_OFFENCES, 'offence'),
      partialRatioParameter: r.parameter('partialRatioParameter', 1),
      partialScore: r.score('partialScore'),
    };
  },
  childAgeAtLeast: (r) => {
    r.keys('ageParameter');
    return { kind: 'childAgeAtLeast', ageParameter: r.parameter('ageParameter') };
  },
  forcedLabourOffence: (r) => {
    r.keys('imprisonmentOnlyScore');
    return { kind: 'forcedLabourOffence', imprisonmentOnlyScore: r.score('imprisonmentOnlyScore') };
  },
  expert: (r) => {
    r.keys();
    return { kind: 'expert' };
  },
};

/**
 * The results an evaluator can give, for checking them against the criterion's scale; `any` for
 * the expert kind, whose expert picks a point of the scale.
 */
export function possibleResults(config: EvaluatorConfig): number[] | 'any' {
  const shares = (n: number) => Array.from({ length: n + 1 }, (_, k) => k / n);
  switch (config.kind) {
    case 'treatyParty':
      return [0, config.signedScore, 1];
    case 'shareOfList':
      return shares(config.items?.length ?? CLOSED_LISTS[config.list].length);
    case 'shareOfFlags':
      return shares(config.fields.length);
    case 'penaltyMinAtLeast':
    case 'penaltyMinComparedTo':
      return [0, config.partialScore, 1];
    case 'forcedLabourOffence':
      return [0, config.imprisonmentOnlyScore, 1];
    case 'flag':
    case 'imprisonmentMandatory':
    case 'penaltyMaxAtLeast':
    case 'childAgeAtLeast':
      return [0, 1];
    case 'expert':
      return 'any';
  }
}
