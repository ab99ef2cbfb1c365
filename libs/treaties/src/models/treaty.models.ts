import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OBSERVED_TREATY_STATUSES, ObservedTreatyStatus, TREATY_ACTION_TYPES, TREATY_STATUS_KINDS, TreatyActionType, TreatyStatusKind } from '@lexgap/legal-model';
import { DatePrecisionEnum, graphqlEnum, IsoDateScalar } from '@lexgap/platform';

export const TreatyActionTypeEnum = graphqlEnum(TREATY_ACTION_TYPES, { name: 'TreatyActionType' });
export type TreatyActionTypeEnum = TreatyActionType;
// Defined beside the Date scalar (platform): the legislation records share it.
export { DatePrecisionEnum } from '@lexgap/platform';
export const TreatyStatusKindEnum = graphqlEnum(TREATY_STATUS_KINDS, {
  name: 'TreatyStatusKind',
  description: 'UNKNOWN: nothing recorded applies on the date (or the treaty was not yet adopted). NOT_PARTY: a source says the state was not a party.',
});
export type TreatyStatusKindEnum = TreatyStatusKind;
export const ObservedStatusEnum = graphqlEnum(OBSERVED_TREATY_STATUSES, { name: 'ObservedTreatyStatus' });
export type ObservedStatusEnum = ObservedTreatyStatus;

@ObjectType('Treaty')
export class TreatyModel {
  @Field(() => ID, { description: 'PALERMO, UNTOC, OPSC, ILO-C029, ILO-P029, ILO-C105, ILO-C138, ILO-C182, ILO-C189.' })
  code: string;
  @Field()
  organisation: string;
  @Field({ description: "The depositary's reference (UNTC XVIII-12-a, ILO C029)." })
  reference: string;
  @Field()
  shortTitle: string;
  @Field()
  title: string;
  @Field({ description: "The depositary's status page." })
  url: string;
  @Field(() => IsoDateScalar, {
    nullable: true,
    description:
      'The date the text was adopted (UN General Assembly resolution; International Labour Conference vote). Before it the treaty did not exist: no status applies and its criteria are not assessed.',
  })
  adoptedOn: string | null;
}

@ObjectType('TreatyAction', { description: "A state's act under a treaty, with its source." })
export class TreatyActionModel {
  @Field(() => ID)
  id: string;
  @Field()
  jurisdictionCode: string;
  @Field()
  treaty: string;
  @Field(() => TreatyActionTypeEnum)
  type: TreatyActionTypeEnum;
  @Field(() => IsoDateScalar, { nullable: true })
  date: string | null;
  @Field(() => DatePrecisionEnum)
  datePrecision: DatePrecisionEnum;
  @Field(() => String, { nullable: true })
  reservations: string | null;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => String, { nullable: true })
  sourceCitation: string | null;
  @Field(() => IsoDateScalar, { nullable: true, description: "The date the source's information is current to." })
  asOf: string | null;
  @Field()
  verified: boolean;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => Int)
  version: number;
}

@ObjectType('TreatyStatusObservation', { description: 'A source stating that on a date a state was, or was not, a party.' })
export class TreatyStatusObservationModel {
  @Field(() => ID)
  id: string;
  @Field()
  jurisdictionCode: string;
  @Field()
  treaty: string;
  @Field(() => ObservedStatusEnum)
  status: ObservedStatusEnum;
  @Field(() => IsoDateScalar)
  observedOn: string;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => String, { nullable: true })
  sourceCitation: string | null;
  @Field()
  verified: boolean;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => Int)
  version: number;
}

@ObjectType('TreatyStatus', { description: 'Where a state stands under a treaty on a date, and on what it rests.' })
export class TreatyStatusModel {
  @Field()
  treaty: string;
  @Field(() => TreatyStatusKindEnum)
  status: TreatyStatusKindEnum;
  @Field(() => IsoDateScalar, { nullable: true, description: 'Date of the action the status rests on.' })
  since: string | null;
  @Field(() => DatePrecisionEnum, { nullable: true })
  datePrecision: DatePrecisionEnum | null;
  @Field(() => IsoDateScalar)
  asOf: string;
  @Field(() => [TreatyActionModel], { description: 'The actions the status rests on.' })
  basis: TreatyActionModel[];
  @Field(() => TreatyStatusObservationModel, { nullable: true, description: 'The observation it rests on, where no dated action does.' })
  observation: TreatyStatusObservationModel | null;
  @Field({ description: 'Whether everything it rests on is verified.' })
  verified: boolean;
}
