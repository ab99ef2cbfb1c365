import type { Act, AggravatingCircumstance, Ancillary, ClosedListName, Means, Online, PenaltyOffence, Purpose } from './vocabulary';

/**
 * The structured legal facts an expert records for one provision (an article of an instrument
 * version, in force over an interval): what RUBRIC.md's `facts` criteria read.
 *
 * Every field is optional because a provision states only some facts. A field the provision says
 * nothing about is left out (`undefined`): unknown is never the same as `false` or `[]`. A list
 * that is present is the complete list for that provision (`acts: ['RECRUITMENT']` means the
 * provision covers recruitment and no other act). Values outside a closed list go in the matching
 * `extra*` list: they are shown to readers but do not count toward a share.
 */
export interface LegalFacts {
  /** Acts of Palermo Art. 3(a) the offence covers. */
  acts?: Act[];
  /** Other acts the offence names (e.g. "sale", "offering"), in the law's words. */
  extraActs?: string[];
  /** Means of Palermo Art. 3(a) the offence names. */
  means?: Means[];
  /** Other means the offence names. */
  extraMeans?: string[];
  /** Purposes of exploitation of Palermo Art. 3(a) the offence covers. */
  purposes?: Purpose[];
  /** Other purposes the offence covers (e.g. "forced marriage", "illegal adoption"). */
  extraPurposes?: string[];
  /** true when the provision says the victim's consent is irrelevant once a means is used (3(b)). */
  consentIrrelevant?: boolean;
  /** true when the offence is committed only if the victim crosses a border (conflation with smuggling). */
  borderCrossingRequired?: boolean;
  /** Age under which a victim is a child for the offence (18 means "under 18"). */
  childAgeThreshold?: number;
  /** true when a means must be proven even when the victim is a child (contrary to 3(c)). */
  meansRequiredForChildren?: boolean;
  /** Penalties the provision prescribes, one per offence form it punishes. */
  penalties?: Penalty[];
  /** Aggravating circumstances that raise the penalty. */
  aggravatingCircumstances?: AggravatingCircumstance[];
  /** Other aggravating circumstances, in the law's words. */
  extraAggravatingCircumstances?: string[];
  /** Forms of participation made punishable (Art. 5(2)). */
  ancillaryLiability?: Ancillary[];
  /** true when legal persons (companies) can be held liable for the offence. */
  legalPersonLiability?: boolean;
  /** true when proceeds and instrumentalities of the offence are forfeited. */
  forfeiture?: boolean;
  /** true when victims are entitled to restitution or compensation from the offender. */
  restitution?: boolean;
  /** true when buying or soliciting sex with a child is an offence. */
  demandOffence?: boolean;
  /** true when the accused cannot rely on a mistake about the child's age. */
  mistakeOfAgeDefenceBarred?: boolean;
  /** true when child victims cannot be prosecuted for prostitution offences. */
  childNonPunishment?: boolean;
  /** Online and material offences the provision creates. */
  onlineOffences?: Online[];
  /** true when nationals can be prosecuted for child sexual exploitation committed abroad. */
  extraterritorialJurisdiction?: boolean;
  /** The forced labour offence, when the provision creates one (ILO-7). */
  forcedLabourOffence?: ForcedLabourOffence;
}

/** A penalty as the law prescribes it; terms in years, as written (months as fractions: 6 months = 0.5). */
export interface Penalty {
  /** The offence (or offence form) the penalty is for; RAPE is recorded as the comparator of PEN-3. */
  offence: PenaltyOffence;
  /** Minimum term of imprisonment, in years. */
  imprisonmentMinYears?: number;
  /** Maximum term of imprisonment, in years. */
  imprisonmentMaxYears?: number;
  /** true when a fine is prescribed (alongside or instead of imprisonment). */
  fine?: boolean;
  /** true when the court may impose a fine instead of imprisonment. */
  fineInLieuOfImprisonment?: boolean;
  /** A short note in the expert's words (e.g. "doubled when the victim is a child"). */
  note?: string;
}

/** ILO-7: how the law punishes forced labour. */
export interface ForcedLabourOffence {
  /** true when forced labour is punishable by imprisonment. */
  imprisonment: boolean;
  /** true when the offence covers every sector, including domestic and informal work. */
  allSectors: boolean;
}

/** The fields of LegalFacts holding true/false, which the `flag` evaluator reads. */
export const LEGAL_FACT_FLAGS = [
  'consentIrrelevant',
  'borderCrossingRequired',
  'meansRequiredForChildren',
  'legalPersonLiability',
  'forfeiture',
  'restitution',
  'demandOffence',
  'mistakeOfAgeDefenceBarred',
  'childNonPunishment',
  'extraterritorialJurisdiction',
] as const satisfies readonly (keyof LegalFacts)[];
export type LegalFactFlag = (typeof LEGAL_FACT_FLAGS)[number];

/** The fields of LegalFacts holding a closed list, with the list each draws from and its extras. */
export const LEGAL_FACT_LISTS = {
  acts: { list: 'ACTS', extras: 'extraActs' },
  means: { list: 'MEANS', extras: 'extraMeans' },
  purposes: { list: 'PURPOSES', extras: 'extraPurposes' },
  aggravatingCircumstances: { list: 'AGGRAVATING_CIRCUMSTANCES', extras: 'extraAggravatingCircumstances' },
  ancillaryLiability: { list: 'ANCILLARY_LIABILITY', extras: undefined },
  onlineOffences: { list: 'ONLINE_OFFENCES', extras: undefined },
} as const satisfies Record<string, { list: ClosedListName; extras: keyof LegalFacts | undefined }>;
export type LegalFactList = keyof typeof LEGAL_FACT_LISTS;
