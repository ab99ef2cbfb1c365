/**
 * The closed vocabularies the rubric, the legal facts and the treaty records share. Each list is
 * data (`as const`) so validators can check membership and types follow from it. A value outside
 * a list is refused rather than guessed at: legal experts put anything else in an `extra*` list.
 */

/** Treaties by the short codes of API.md. */
export const TREATY_CODES = ['PALERMO', 'UNTOC', 'OPSC', 'ILO-C029', 'ILO-P029', 'ILO-C105', 'ILO-C138', 'ILO-C182', 'ILO-C189'] as const;
export type TreatyCode = (typeof TREATY_CODES)[number];

export const TREATY_ACTION_TYPES = ['SIGNATURE', 'RATIFICATION', 'ACCESSION', 'SUCCESSION', 'ACCEPTANCE', 'APPROVAL', 'DENUNCIATION'] as const;
export type TreatyActionType = (typeof TREATY_ACTION_TYPES)[number];

/** The actions by which a state consents to be bound: each makes it a party from its date. */
export const CONSENT_ACTION_TYPES = ['RATIFICATION', 'ACCESSION', 'SUCCESSION', 'ACCEPTANCE', 'APPROVAL'] as const satisfies readonly TreatyActionType[];
export type ConsentActionType = (typeof CONSENT_ACTION_TYPES)[number];

export function isConsentAction(type: TreatyActionType): type is ConsentActionType {
  return (CONSENT_ACTION_TYPES as readonly string[]).includes(type);
}

/** A state's standing towards a treaty on a date. UNKNOWN: nothing recorded says. */
export const TREATY_STATUS_KINDS = ['PARTY', 'SIGNATORY', 'NOT_PARTY', 'UNKNOWN'] as const;
export type TreatyStatusKind = (typeof TREATY_STATUS_KINDS)[number];

/** What a source may state of a state's standing on a day (a verified "not a party" included). */
export const OBSERVED_TREATY_STATUSES = ['PARTY', 'NOT_PARTY'] as const satisfies readonly TreatyStatusKind[];
export type ObservedTreatyStatus = (typeof OBSERVED_TREATY_STATUSES)[number];

/**
 * Where a fact comes from: PRIMARY, the law's own text (or the depositary's record of a treaty
 * act) was read; SECONDARY, a report describing the law (such as the US TIP Report); EXPERT, an
 * expert's reviewed judgement.
 */
export const SOURCE_KINDS = ['PRIMARY', 'SECONDARY', 'EXPERT'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Judgements a source makes of a law as a whole, which bear on a rubric criterion without being a
 * fact read from the law's text: the US TIP Report's "commensurate with those for rape" and
 * "sufficiently stringent to deter" (its minimum standards for the penalties of sex trafficking).
 */
export const SOURCE_JUDGEMENTS = ['PENALTIES_COMMENSURATE_WITH_RAPE', 'PENALTIES_SUFFICIENTLY_STRINGENT'] as const;
export type SourceJudgement = (typeof SOURCE_JUDGEMENTS)[number];

/** How sure the person who recorded a fact or a result is of it, lowest first. */
export const CONFIDENCE_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** How much of a date is known; a lower-precision date is written as its first day. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Palermo Protocol Art. 3(a): the acts. */
export const ACTS = ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'HARBOURING', 'RECEIPT'] as const;
export type Act = (typeof ACTS)[number];

/** Palermo Protocol Art. 3(a): the means. */
export const MEANS = ['THREAT', 'FORCE', 'OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_TO_PERSON_IN_CONTROL'] as const;
export type Means = (typeof MEANS)[number];

/** Palermo Protocol Art. 3(a): the minimum purposes of exploitation. */
export const PURPOSES = ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SLAVERY_OR_SIMILAR_PRACTICES', 'SERVITUDE', 'ORGAN_REMOVAL'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * Aggravating circumstances experts record. Only the first three are read by the default rubric
 * (PEN-5); the others are recorded because laws state them and other rubrics may read them.
 */
export const AGGRAVATING_CIRCUMSTANCES = [
  'CHILD_VICTIM',
  'ORGANISED_GROUP',
  'PUBLIC_OFFICIAL',
  'SERIOUS_HARM',
  'VULNERABLE_VICTIM',
  'RELATIVE_OR_GUARDIAN',
  'MULTIPLE_VICTIMS',
  'DEATH_OF_VICTIM',
] as const;
export type AggravatingCircumstance = (typeof AGGRAVATING_CIRCUMSTANCES)[number];

/** Palermo Protocol Art. 5(2): forms of participation that must be punishable. */
export const ANCILLARY_LIABILITY = ['ATTEMPT', 'COMPLICITY', 'ORGANISING_OR_DIRECTING'] as const;
export type Ancillary = (typeof ANCILLARY_LIABILITY)[number];

/** Online and material offences around child sexual exploitation. */
export const ONLINE_OFFENCES = ['ONLINE_RECRUITMENT', 'ADVERTISING', 'CHILD_SEXUAL_ABUSE_MATERIAL'] as const;
export type Online = (typeof ONLINE_OFFENCES)[number];

/** Offences a penalty is recorded for; RAPE is the comparator of PEN-3, not a trafficking offence. */
export const PENALTY_OFFENCES = ['TRAFFICKING', 'TRAFFICKING_AGGRAVATED', 'SEX_TRAFFICKING', 'CHILD_TRAFFICKING', 'FORCED_LABOUR', 'RAPE'] as const;
export type PenaltyOffence = (typeof PENALTY_OFFENCES)[number];

/**
 * US State Department Trafficking in Persons Report tiers, best first. A comparator shown beside
 * lexgap's score (it judges a government's whole effort, not its law alone), never scored from.
 * SPECIAL_CASE (a state the report does not rank that year) has no place in the order.
 */
export const TIP_TIERS = ['TIER_1', 'TIER_2', 'TIER_2_WATCH_LIST', 'TIER_3', 'SPECIAL_CASE'] as const;
export type TipTier = (typeof TIP_TIERS)[number];

/** The ranked tiers in the report's own order: Tier 1 (best) is 1, Tier 3 (worst) is 4. */
export const RANKED_TIP_TIERS = ['TIER_1', 'TIER_2', 'TIER_2_WATCH_LIST', 'TIER_3'] as const satisfies readonly TipTier[];
export type RankedTipTier = (typeof RANKED_TIP_TIERS)[number];

/** The closed lists a rubric's evaluator may name, by name. */
export const CLOSED_LISTS = {
  ACTS,
  MEANS,
  PURPOSES,
  AGGRAVATING_CIRCUMSTANCES,
  ANCILLARY_LIABILITY,
  ONLINE_OFFENCES,
} as const;
export type ClosedListName = keyof typeof CLOSED_LISTS;

/** The date `years` years before `date` (29 February falls back to the 28th). */
export function yearsBefore(date: string, years: number): string {
  const year = String(Number(date.slice(0, 4)) - years).padStart(4, '0');
  const monthDay = date.slice(5);
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap(Number(year)) ? '02-28' : monthDay}`;
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
