import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatePrecisionEnum, IsoDateScalar } from '@lexgap/platform';
import { InstrumentKind, InstrumentStatus } from '../entities/instrument.entity';
import type { ConfidenceLevel, DatePrecision, LegalFacts, SourceKind } from '@lexgap/legal-model';
import { ConfidenceEnum, SourceKindEnum } from './evidence-source.models';
import { LegalFactsModel } from './legal-facts.models';

registerEnumType(InstrumentKind, { name: 'InstrumentKind' });
registerEnumType(InstrumentStatus, {
  name: 'InstrumentStatus',
  description: 'ENACTED: law. DRAFT: a bill before parliament, never counted in official scores; scorecard(withDrafts:) projects it as if in force.',
});

const PRECISION_FROM = 'How much of inForceFrom is known: a MONTH or YEAR date is given as its first day (YEAR 2012 is 2012-01-01), and counts from that day.';
const PRECISION_TO = 'How much of inForceTo is known; null when inForceTo is.';

@ObjectType('InstrumentVersion', { description: 'A consolidated text in force over [inForceFrom, inForceTo); inForceTo is exclusive, null while in force.' })
export class InstrumentVersionModel {
  @Field(() => ID)
  id: string;
  @Field(() => IsoDateScalar)
  inForceFrom: string;
  @Field(() => IsoDateScalar, { nullable: true })
  inForceTo: string | null;
  @Field(() => DatePrecisionEnum, { description: PRECISION_FROM })
  inForceFromPrecision: DatePrecision;
  @Field(() => DatePrecisionEnum, { nullable: true, description: PRECISION_TO })
  inForceToPrecision: DatePrecision | null;
  @Field(() => String, { nullable: true, description: 'The amending act that produced this version.' })
  amendedBy: string | null;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('Instrument', { description: 'A constitution, code, law, decree or regulation of one jurisdiction.' })
export class InstrumentModel {
  @Field(() => ID)
  id: string;
  @Field()
  jurisdictionCode: string;
  @Field({ description: 'Stable identifier within the jurisdiction.' })
  key: string;
  @Field(() => InstrumentKind)
  kind: InstrumentKind;
  @Field({ description: 'BCP 47 language of the official text.' })
  language: string;
  @Field(() => String, { nullable: true, description: 'Title in the original language; null when only an English title is known (lexgap does not translate titles back).' })
  titleOriginal: string | null;
  @Field(() => String, { nullable: true, description: 'Title in English.' })
  titleEn: string | null;
  @Field(() => String, { nullable: true })
  officialCitation: string | null;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => InstrumentStatus)
  status: InstrumentStatus;
  @Field(() => String, { nullable: true, description: "A bill's reference in parliament; set for a DRAFT." })
  parliamentaryReference: string | null;
  @Field(() => IsoDateScalar, { nullable: true, description: 'The date a bill was introduced; set for a DRAFT.' })
  introducedOn: string | null;
  @Field(() => Int)
  version: number;
}

@ObjectType('LegalFactSet', { description: 'The structured facts an expert read from a provision, with their source and as-of date.' })
export class LegalFactSetModel {
  @Field(() => ID)
  provisionId: string;
  @Field(() => LegalFactsModel)
  facts: LegalFacts;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => String, { nullable: true })
  sourceCitation: string | null;
  @Field(() => IsoDateScalar)
  asOf: string;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => SourceKindEnum, { description: "Where the facts were read: the law's text (PRIMARY), a report describing it (SECONDARY), an expert (EXPERT)." })
  sourceKind: SourceKind;
  @Field(() => ConfidenceEnum, { nullable: true, description: 'How sure the reader is of the facts; null when not recorded.' })
  confidence: ConfidenceLevel | null;
  @Field(() => String, { nullable: true, description: 'Who recorded (or last replaced) the facts; null for facts recorded before lexgap kept it.' })
  recordedByName: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The earlier wording an amendment copied these facts from: a draft that counts in no score until an expert confirms it for this wording (confirmLegalFacts). Null for facts read from this wording.',
  })
  carriedForwardFrom: string | null;
  @Field({ description: 'True once a second expert has verified the facts against their source (verifyLegalFacts).' })
  verified: boolean;
  @Field(() => String, { nullable: true, description: 'The second expert who verified the facts against their source; null until verified.' })
  verifiedByName: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the facts were verified; null until verified.' })
  verifiedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'What the verifier said of the facts and their source.' })
  verificationComment: string | null;
  @Field(() => Int)
  version: number;
}

@ObjectType('Provision', { description: 'An article or section in one wording, in force over [inForceFrom, inForceTo).' })
export class ProvisionModel {
  @Field(() => ID)
  id: string;
  @Field()
  instrumentId: string;
  @Field({ description: 'Stable identifier of the article within its instrument (shared by its successive wordings).' })
  key: string;
  @Field({ description: 'The citation as the law writes it, e.g. "Art. 145 bis".' })
  citation: string;
  @Field(() => String, { nullable: true })
  heading: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The wording of the provision; null when the text is not recorded, e.g. the provision is known through a report that describes it (its facts name that source).',
  })
  text: string | null;
  @Field(() => IsoDateScalar)
  inForceFrom: string;
  @Field(() => IsoDateScalar, { nullable: true })
  inForceTo: string | null;
  @Field(() => DatePrecisionEnum, { description: PRECISION_FROM })
  inForceFromPrecision: DatePrecision;
  @Field(() => DatePrecisionEnum, { nullable: true, description: PRECISION_TO })
  inForceToPrecision: DatePrecision | null;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => ID, { nullable: true, description: "For a bill's provision: the enacted wording it would replace (left out of a projection). Null for enacted law." })
  replacesProvisionId: string | null;
  @Field(() => Int)
  version: number;
}
