/** The closed lists lexgap's facts and treaties are written in (RUBRIC.md, API.md). */

export const TREATY_CODES = ['PALERMO', 'UNTOC', 'OPSC', 'ILO-C029', 'ILO-P029', 'ILO-C105', 'ILO-C138', 'ILO-C182', 'ILO-C189'] as const;
export type TreatyCode = (typeof TREATY_CODES)[number];

export const TREATY_ACTION_TYPES = ['SIGNATURE', 'RATIFICATION', 'ACCESSION', 'SUCCESSION', 'ACCEPTANCE', 'APPROVAL', 'DENUNCIATION'] as const;
export type TreatyActionType = (typeof TREATY_ACTION_TYPES)[number];

/** Actions by which a state consents to be bound: after one, it is a party. */
export const CONSENT_ACTIONS: readonly TreatyActionType[] = ['RATIFICATION', 'ACCESSION', 'SUCCESSION', 'ACCEPTANCE', 'APPROVAL'];

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Palermo Protocol Art. 3(a). */
export const ACTS = ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'HARBOURING', 'RECEIPT'] as const;
export const MEANS = ['THREAT', 'FORCE', 'OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_TO_PERSON_IN_CONTROL'] as const;
export const PURPOSES = ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SLAVERY_OR_SIMILAR_PRACTICES', 'SERVITUDE', 'ORGAN_REMOVAL'] as const;
/** Palermo Protocol Art. 5(2). */
export const ANCILLARY_LIABILITY = ['ATTEMPT', 'COMPLICITY', 'ORGANISING_OR_DIRECTING'] as const;
export const ONLINE_OFFENCES = ['ONLINE_RECRUITMENT', 'ADVERTISING', 'CHILD_SEXUAL_ABUSE_MATERIAL'] as const;
/** The first three are read by PEN-5; experts may record others. */
export const AGGRAVATING_CIRCUMSTANCES = ['CHILD_VICTIM', 'ORGANISED_GROUP', 'PUBLIC_OFFICIAL', 'SERIOUS_HARM', 'VULNERABLE_VICTIM', 'RELATIVE_OR_GUARDIAN'] as const;
/** The offence a penalty is for; RAPE is the comparator offence of PEN-3. */
export const PENALTY_OFFENCES = ['TRAFFICKING', 'TRAFFICKING_AGGRAVATED', 'SEX_TRAFFICKING', 'CHILD_TRAFFICKING', 'FORCED_LABOUR', 'RAPE'] as const;

export type Act = (typeof ACTS)[number];
export type Means = (typeof MEANS)[number];
export type Purpose = (typeof PURPOSES)[number];
export type Ancillary = (typeof ANCILLARY_LIABILITY)[number];
export type OnlineOffenceCode = (typeof ONLINE_OFFENCES)[number];
export type PenaltyOffenceCode = (typeof PENALTY_OFFENCES)[number];
