import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '@lexgap/platform';
import { JurisdictionModel } from './jurisdiction.model';

@ObjectType('JurisdictionEdge')
export class JurisdictionEdgeModel {
  @Field()
  cursor: string;
  @Field(() => JurisdictionModel)
  node: JurisdictionModel;
}

@ObjectType('JurisdictionConnection', { description: 'Jurisdictions ordered by code (Relay connection).' })
export class JurisdictionConnectionModel {
  @Field(() => [JurisdictionEdgeModel])
  edges: JurisdictionEdgeModel[];
  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
  @Field(() => Int)
  totalCount: number;
}
