import type { ClosedListName, LegalFactFlag, LegalFactList, PenaltyOffence, TreatyCode } from '@lexgap/legal-model';

/**
 * How a criterion's automatic result is reached: a named evaluator and its configuration, as the
 * rubric file writes it. Thresholds the methodology may revise are named rubric parameters
 * (`minYearsParameter: 'seriousCrimeMinYears'`), so a new version changes numbers in one place.
 * Each kind is implemented once, in `engine/evaluators/`.
 */

/** Status under a treaty: PARTY 1, SIGNATORY `signedScore`, NOT_PARTY 0, UNKNOWN not assessed. */
export interface TreatyPartyConfig {
  kind: 'treatyParty';
  treaty: TreatyCode;
  /** Result for a signature without consent to be bound (0 when the scale has no such step). */
  signedScore: number;
}

/** Share of a closed list (or of `items`, a part of it) that the in-force provisions cover. */
export interface ShareOfListConfig {
  kind: 'shareOfList';
  field: LegalFactList;
  /** The closed list the field draws from, named so the file reads on its own. */
  list: ClosedListName;
  /** The part of the list that counts (PEN-5 counts 3 of the aggravating circumstances). */
  items?: readonly string[];
}

/** Share of the listed flags that hold; assessed only when each flag is stated. */
export interface ShareOfFlagsConfig {
  kind: 'shareOfFlags';
  fields: readonly LegalFactFlag[];
}

/** A yes/no fact: 1 when the in-force provisions give the favourable value `metWhen`, else 0. */
export interface FlagConfig {
  kind: 'flag';
  field: LegalFactFlag;
  /** The favourable value: true for "consent irrelevant", false for "border crossing required". */
  metWhen: boolean;
}

/** 1 when every penalty stated for `offences` requires imprisonment with no fine in its place. */
export interface ImprisonmentMandatoryConfig {
  kind: 'imprisonmentMandatory';
  offences: readonly PenaltyOffence[];
}

/** 1 when the highest maximum term stated for `offences` reaches the parameter's years. */
export interface PenaltyMaxAtLeastConfig {
  kind: 'penaltyMaxAtLeast';
  offences: readonly PenaltyOffence[];
  minYearsParameter: string;
}

/** The lowest minimum term for `offences`: ≥ full years 1, ≥ partial years `partialScore`, else 0. */
export interface PenaltyMinAtLeastConfig {
  kind: 'penaltyMinAtLeast';
  offences: readonly PenaltyOffence[];
  fullYearsParameter: string;
  partialYearsParameter: string;
  partialScore: number;
}

/**
 * The lowest minimum term for the first of `offences` that has one, against the lowest minimum
 * for `comparator`: at least equal 1, at least `ratio` of it `partialScore`, below 0.
 */
export interface PenaltyMinComparedToConfig {
  kind: 'penaltyMinComparedTo';
  offences: readonly PenaltyOffence[];
  comparator: PenaltyOffence;
  partialRatioParameter: string;
  partialScore: number;
}

/** 1 when the highest child age threshold stated reaches the parameter's age, else 0. */
export interface ChildAgeAtLeastConfig {
  kind: 'childAgeAtLeast';
  ageParameter: string;
}

/** Forced labour offence: imprisonment in all sectors 1, imprisonment only `imprisonmentOnlyScore`, else 0. */
export interface ForcedLabourOffenceConfig {
  kind: 'forcedLabourOffence';
  imprisonmentOnlyScore: number;
}

/** No automatic result: the criterion waits for a reviewed expert assessment. */
export interface ExpertConfig {
  kind: 'expert';
}

export type EvaluatorConfig =
  | TreatyPartyConfig
  | ShareOfListConfig
  | ShareOfFlagsConfig
  | FlagConfig
  | ImprisonmentMandatoryConfig
  | PenaltyMaxAtLeastConfig
  | PenaltyMinAtLeastConfig
  | PenaltyMinComparedToConfig
  | ChildAgeAtLeastConfig
  | ForcedLabourOffenceConfig
  | ExpertConfig;

export type EvaluatorKind = EvaluatorConfig['kind'];

export type CriterionMethod = 'treaty' | 'facts' | 'expert';

/** The method each evaluator kind implements; a criterion's `method` must match its evaluator. */
export const METHOD_OF_EVALUATOR: Record<EvaluatorKind, CriterionMethod> = {
  treatyParty: 'treaty',
  shareOfList: 'facts',
  shareOfFlags: 'facts',
  flag: 'facts',
  imprisonmentMandatory: 'facts',
  penaltyMaxAtLeast: 'facts',
  penaltyMinAtLeast: 'facts',
  penaltyMinComparedTo: 'facts',
  childAgeAtLeast: 'facts',
  forcedLabourOffence: 'facts',
  expert: 'expert',
};

export const EVALUATOR_KINDS = Object.keys(METHOD_OF_EVALUATOR) as EvaluatorKind[];
export const CRITERION_METHODS: readonly CriterionMethod[] = ['treaty', 'facts', 'expert'];
