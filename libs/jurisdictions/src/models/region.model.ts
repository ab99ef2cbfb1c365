import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegionKind } from '../entities/region.entity';

registerEnumType(RegionKind, { name: 'RegionKind', description: 'A UN M49 area or a named group of states.' });

@ObjectType('Region', { description: 'A UN M49 region (`419`) or a named group of states (`OAS`).' })
export class RegionModel {
  @Field(() => ID)
  code: string;

  @Field(() => RegionKind)
  kind: RegionKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'M49 level: region, sub-region or intermediate-region.' })
  level: string | null;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field()
  source: string;

  @Field(() => Int, { description: 'How many jurisdictions belong to it.' })
  memberCount: number;
}

@ObjectType('RegionMembership', { description: "A jurisdiction's membership of a region or group." })
export class RegionMembershipModel {
  @Field()
  regionCode: string;

  @Field(() => RegionKind)
  kind: RegionKind;

  @Field(() => Int, { nullable: true, description: 'Year the membership began, where a source gives it.' })
  sinceYear: number | null;

  @Field(() => String, { nullable: true, description: 'What a reader must know about this membership.' })
  note: string | null;

  @Field()
  source: string;
}
