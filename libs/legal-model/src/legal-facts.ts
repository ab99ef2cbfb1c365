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
  /** true when the offence requires moving the victim (Palermo Art. 3(a) does not: harbouring or receipt suffice). */
  movementRequired?: boolean;
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
  /** Maximum term of imprisonment, in years; absent when the maximum is life imprisonment. */
  imprisonmentMaxYears?: number;
  /** true when the maximum is imprisonment for life (then no imprisonmentMaxYears is given): above any term of years. */
  lifeImprisonment?: boolean;
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

/**
 * Every field of LegalFacts, declared once: its kind, the closed list it draws from, what it
 * means. The validator, the scoring engine's field names, the GraphQL `LegalFacts` type and
 * `LegalFactsInput`, the legal-facts import columns and template are all derived from this
 * table, so a new fact is one entry here (and a line in the LegalFacts interface above, which the
 * compiler checks against it).
 */
export const LEGAL_FACT_FIELDS = [
  {
    name: 'acts',
    kind: 'list',
    list: 'ACTS',
    extras: 'extraActs',
    description: 'Acts of Palermo Art. 3(a) the offence covers.',
    example: 'RECRUITMENT; TRANSPORTATION; TRANSFER; HARBOURING; RECEIPT',
  },
  { name: 'extraActs', kind: 'extras', of: 'acts', description: "Other acts the offence names, in the law's words.", example: 'sale; offering' },
  { name: 'means', kind: 'list', list: 'MEANS', extras: 'extraMeans', description: 'Means of Palermo Art. 3(a) the offence names.', example: 'THREAT; FORCE; DECEPTION' },
  { name: 'extraMeans', kind: 'extras', of: 'means', description: "Other means the offence names, in the law's words.", example: 'administering drugs' },
  {
    name: 'purposes',
    kind: 'list',
    list: 'PURPOSES',
    extras: 'extraPurposes',
    description: 'Purposes of exploitation of Palermo Art. 3(a) the offence covers.',
    example: 'SEXUAL_EXPLOITATION; FORCED_LABOUR',
  },
  { name: 'extraPurposes', kind: 'extras', of: 'purposes', description: "Other purposes the offence covers, in the law's words.", example: 'forced marriage; illegal adoption' },
  { name: 'ancillaryLiability', kind: 'list', list: 'ANCILLARY_LIABILITY', description: 'Forms of participation made punishable (Palermo Art. 5(2)).', example: 'ATTEMPT; COMPLICITY' },
  { name: 'onlineOffences', kind: 'list', list: 'ONLINE_OFFENCES', description: 'Online and material offences the provision creates.', example: 'CHILD_SEXUAL_ABUSE_MATERIAL' },
  {
    name: 'aggravatingCircumstances',
    kind: 'list',
    list: 'AGGRAVATING_CIRCUMSTANCES',
    extras: 'extraAggravatingCircumstances',
    description: 'Aggravating circumstances that raise the penalty.',
    example: 'CHILD_VICTIM; ORGANISED_GROUP',
  },
  { name: 'extraAggravatingCircumstances', kind: 'extras', of: 'aggravatingCircumstances', description: "Other aggravating circumstances, in the law's words.", example: 'use of a weapon' },
  { name: 'consentIrrelevant', kind: 'flag', description: "The victim's consent is irrelevant once a means is used (Palermo Art. 3(b)).", example: 'yes' },
  { name: 'borderCrossingRequired', kind: 'flag', description: 'The offence requires crossing a border (conflation with smuggling).', example: 'no' },
  {
    name: 'movementRequired',
    kind: 'flag',
    description: 'The offence requires moving the victim (Palermo Art. 3(a) does not: harbouring or receipt suffice).',
    example: 'no',
  },
  { name: 'meansRequiredForChildren', kind: 'flag', description: 'A means must be proved when the victim is a child (contrary to Palermo Art. 3(c)).', example: 'no' },
  { name: 'legalPersonLiability', kind: 'flag', description: 'Legal persons (companies) can be held liable.', example: 'yes' },
  { name: 'forfeiture', kind: 'flag', description: 'Proceeds and instrumentalities of the offence are forfeited.', example: 'yes' },
  { name: 'restitution', kind: 'flag', description: 'Victims are entitled to restitution or compensation from the offender.', example: 'yes' },
  { name: 'demandOffence', kind: 'flag', description: 'Buying or soliciting sex with a child is an offence.', example: 'yes' },
  { name: 'mistakeOfAgeDefenceBarred', kind: 'flag', description: "A mistake about the child's age is no defence.", example: 'yes' },
  { name: 'childNonPunishment', kind: 'flag', description: 'Child victims are not prosecuted for prostitution offences.', example: 'yes' },
  { name: 'extraterritorialJurisdiction', kind: 'flag', description: 'Nationals can be prosecuted for child sexual exploitation committed abroad.', example: 'yes' },
  { name: 'childAgeThreshold', kind: 'age', description: 'A victim under this age is a child (whole years).', example: '18' },
  { name: 'forcedLabourOffence', kind: 'forcedLabour', description: 'How the law punishes forced labour (ILO-7), when the provision creates the offence.', example: 'yes' },
  { name: 'penalties', kind: 'penalties', description: 'Penalties the provision prescribes, one per offence form it punishes.', example: 'TRAFFICKING 4-8; RAPE 6-15; TRAFFICKING fine-in-lieu' },
] as const satisfies readonly LegalFactFieldSpec[];

export type LegalFactFieldSpec =
  | { name: keyof LegalFacts; kind: 'list'; list: ClosedListName; extras?: keyof LegalFacts; description: string; example: string }
  | { name: keyof LegalFacts; kind: 'extras'; of: keyof LegalFacts; description: string; example: string }
  | { name: keyof LegalFacts; kind: 'flag' | 'age' | 'forcedLabour' | 'penalties'; description: string; example: string };

type FieldsOf<K extends LegalFactFieldSpec['kind']> = Extract<(typeof LEGAL_FACT_FIELDS)[number], { kind: K }>;

/** Every LegalFacts key is in the table, and nothing else is: a fact added to one and not the other fails to compile. */
type Unlisted = Exclude<keyof LegalFacts, (typeof LEGAL_FACT_FIELDS)[number]['name']>;
const EVERY_FACT_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
void EVERY_FACT_LISTED;

/** The fields of LegalFacts holding true/false, which the `flag` evaluator reads. */
export const LEGAL_FACT_FLAGS = LEGAL_FACT_FIELDS.filter((f): f is FieldsOf<'flag'> => f.kind === 'flag').map((f) => f.name);
export type LegalFactFlag = FieldsOf<'flag'>['name'];

/** The fields of LegalFacts holding a closed list, with the list each draws from and its extras. */
export type LegalFactList = FieldsOf<'list'>['name'];
export const LEGAL_FACT_LISTS = Object.fromEntries(
  LEGAL_FACT_FIELDS.filter((f): f is FieldsOf<'list'> => f.kind === 'list').map((f) => [f.name, { list: f.list, extras: 'extras' in f ? f.extras : undefined }]),
) as { [K in LegalFactList]: { list: Extract<FieldsOf<'list'>, { name: K }>['list']; extras: LegalFactExtras | undefined } };
export type LegalFactExtras = FieldsOf<'extras'>['name'];
