import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CLOSED_LISTS, type ClosedListName, type ConfidenceLevel, type PenaltyOffence, type SourceKind } from '@lexgap/legal-model';
import { ConfidenceEnum, ForcedLabourOffenceModel, PenaltyModel, PenaltyOffenceEnum, SourceKindEnum } from '@lexgap/legislation';
import { graphqlEnum, IsoDateScalar } from '@lexgap/platform';
import { LAW_FACT_KINDS, type LawFactKind, type LawLevel } from '@lexgap/scoring-engine';
import { LawLevelEnum } from './scorecard.models';

/**
 * The GraphQL side of `compareLaw` (side-by-side law): the engine's `compareFacts` result, one row
 * per legal fact the rubric reads, one cell per jurisdiction. Values are structured (codes,
 * booleans, terms), never sentences.
 */

export const LawFactKindEnum = graphqlEnum(LAW_FACT_KINDS, {
  name: 'LawFactKind',
  description:
    "The shape of a fact's value: LIST (closed-list codes and extra entries), FLAG (yes/no), PENALTY (the penalties stated for one offence), AGE (the child age threshold), FORCED_LABOUR_OFFENCE (how forced labour is punished).",
});

export const ClosedListEnum = graphqlEnum(Object.keys(CLOSED_LISTS) as ClosedListName[], {
  name: 'ClosedList',
  description: 'The closed lists of the legal model a LIST fact draws its codes from.',
});

@ObjectType('LawFactProvision', { description: 'A provision in force on the as-of date that states the value shown.' })
export class LawFactProvisionModel {
  @Field({ description: 'The provision (wording) id.' })
  id: string;
  @Field({ description: 'The article as the law cites it: "Art. 145 bis".' })
  citation: string;
  @Field(() => String, { nullable: true, description: "The instrument's title (the official one, else the English)." })
  instrumentTitle: string | null;
  @Field({ description: 'The jurisdiction that enacted it: for a sub-national unit, its country where the national law is inherited.' })
  jurisdiction: string;
  @Field({ description: "True when it is the country's national law counted in a sub-national unit." })
  inherited: boolean;
  @Field(() => LawLevelEnum, { description: "NATIONAL: a country's law; SUBNATIONAL: a state's or province's own law." })
  level: LawLevel;
  @Field(() => IsoDateScalar, { description: 'In force from this date (inclusive).' })
  inForceFrom: string;
  @Field(() => IsoDateScalar, { nullable: true, description: 'In force until this date (exclusive); null while in force.' })
  inForceTo: string | null;
  @Field(() => String, { nullable: true, description: "Where the text can be read: the provision's URL, else its instrument's." })
  sourceUrl: string | null;
  @Field(() => SourceKindEnum, { description: "Where the facts were read: PRIMARY the law's text, SECONDARY a report about it, EXPERT an expert's judgement." })
  sourceKind: SourceKind;
  @Field({ description: 'Whether a second expert has verified the facts against their source.' })
  verified: boolean;
  @Field(() => IsoDateScalar, { description: 'The date the reading of the facts is current to.' })
  factsAsOf: string;
  @Field(() => ConfidenceEnum, { nullable: true, description: 'How sure the reader is; null when not recorded.' })
  confidence: ConfidenceLevel | null;
}

@ObjectType('LawFactPenalty', { description: 'One penalty stated for the offence, with the provision stating it.' })
export class LawFactPenaltyModel {
  @Field({ description: "The provision (wording) id; see the cell's provisions for its citation." })
  provisionId: string;
  @Field(() => PenaltyModel, { description: 'The penalty as recorded: terms in years, life imprisonment, fine, fine in lieu.' })
  penalty: PenaltyModel;
}

@ObjectType('LawFactPenaltyRange', { description: 'The range the penalties stated for the offence give a court, as the scorecard reads them (PEN-2, PEN-4).' })
export class LawFactPenaltyRangeModel {
  @Field({ description: "True when some penalty's maximum is life imprisonment." })
  lifeImprisonment: boolean;
  @Field(() => Float, { nullable: true, description: 'The highest maximum term in years; null when none is stated.' })
  highestMaximumYears: number | null;
  @Field(() => Float, { nullable: true, description: 'The lowest sentence a court may impose, in years (0: a fine may replace imprisonment); null when no term is stated.' })
  lowestSentenceYears: number | null;
  @Field({ description: 'True when the lowest sentence is only known to be at most lowestSentenceYears (a maximum below every stated minimum).' })
  lowestSentenceAtMost: boolean;
}

@ObjectType('LawFactCell', {
  description: "One jurisdiction's value of one fact, combined over its provisions in force on the as-of date as its scorecard combines them. Only the fields of the row's kind are set.",
})
export class LawFactCellModel {
  @Field({ description: 'The jurisdiction code.' })
  jurisdiction: string;
  @Field({ description: 'False when no provision in force states the fact: every value is then null (unknown, never "no" or empty).' })
  stated: boolean;
  @Field(() => [String], { nullable: true, description: "LIST: the codes of the closed list (the row's list) covered by some provision in force, in the list's order." })
  values: string[] | null;
  @Field(() => [String], { nullable: true, description: "LIST: entries outside the closed list, in the law's words (shown, not counted)." })
  extras: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'FLAG: the combined value (the favourable value wins when any provision states it).' })
  flag: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "FLAG: whether the combined value is the favourable one (the row's favourableValue)." })
  favourable: boolean | null;
  @Field(() => [LawFactPenaltyModel], { nullable: true, description: 'PENALTY: every penalty stated for the offence by a provision in force.' })
  penalties: LawFactPenaltyModel[] | null;
  @Field(() => LawFactPenaltyRangeModel, { nullable: true, description: 'PENALTY: the range those penalties give.' })
  penaltyRange: LawFactPenaltyRangeModel | null;
  @Field(() => Int, { nullable: true, description: 'AGE: the highest child age threshold stated (a victim under it is a child).' })
  number: number | null;
  @Field(() => ForcedLabourOffenceModel, { nullable: true, description: 'FORCED_LABOUR_OFFENCE: the best single offence stated (imprisonment and sectors from one offence).' })
  forcedLabourOffence: ForcedLabourOffenceModel | null;
  @Field(() => [LawFactProvisionModel], { description: 'The provisions stating the value shown; empty when not stated.' })
  provisions: LawFactProvisionModel[];
}

@ObjectType('LawFactRow', { description: "One legal fact the rubric reads, with each jurisdiction's value." })
export class LawFactRowModel {
  @Field({ description: 'Stable key: the legal fact field (acts, consentIrrelevant, childAgeThreshold, forcedLabourOffence), or penalties:<OFFENCE> for the penalties of one offence.' })
  key: string;
  @Field(() => LawFactKindEnum, { description: 'The shape of the value, which says which cell fields are set.' })
  kind: LawFactKind;
  @Field({ description: 'The LegalFacts field the fact is recorded in (penalties for every PENALTY row).' })
  field: string;
  @Field(() => ClosedListEnum, { nullable: true, description: 'LIST: the closed list the codes come from.' })
  list: ClosedListName | null;
  @Field(() => PenaltyOffenceEnum, { nullable: true, description: 'PENALTY: the offence.' })
  offence: PenaltyOffence | null;
  @Field(() => Boolean, { nullable: true, description: "FLAG: the favourable value, the criterion's metWhen (true for consentIrrelevant, false for borderCrossingRequired)." })
  favourableValue: boolean | null;
  @Field(() => [String], { description: 'Ids of the criteria that read the fact, in rubric order.' })
  criteria: string[];
  @Field(() => [LawFactCellModel], { description: 'One cell per jurisdiction, in the order asked.' })
  cells: LawFactCellModel[];
}

@ObjectType('LawComparison', { description: "Side-by-side law: each legal fact the rubric reads, each jurisdiction's value on the as-of date and the provisions (with citations) stating it." })
export class LawComparisonModel {
  @Field({ description: 'The rubric whose facts criteria are compared.' })
  rubricId: string;
  @Field(() => Int, { description: 'The rubric version.' })
  rubricVersion: number;
  @Field(() => IsoDateScalar, { description: 'The date the law is compared on: provisions in force on it count.' })
  asOf: string;
  @Field(() => [String], { description: 'The jurisdiction codes, in the order asked (normalised: upper case).' })
  jurisdictions: string[];
  @Field(() => [LawFactRowModel], { description: 'One row per fact, in rubric order.' })
  facts: LawFactRowModel[];
}
