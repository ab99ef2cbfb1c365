import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsoDateScalar } from '@lexgap/platform';
import { CriminalLawDivision, JurisdictionKind } from '../entities/jurisdiction.entity';

registerEnumType(JurisdictionKind, { name: 'JurisdictionKind', description: 'A country or a sub-national unit.' });

@ObjectType('LocalizedNames', { description: 'A name in each language lexgap speaks; null where none is recorded.' })
export class LocalizedNamesModel {
  @Field()
  en: string;
  @Field(() => String, { nullable: true })
  es: string | null;
  @Field(() => String, { nullable: true })
  pt: string | null;
  @Field(() => String, { nullable: true })
  fr: string | null;
}

@ObjectType('CriminalLaw', { description: "How a country's criminal law is divided, as recorded, with its source." })
export class CriminalLawModel {
  @Field(() => CriminalLawDivision)
  division: CriminalLawDivision;
  @Field({ description: 'URL or citation.' })
  source: string;
  @Field(() => IsoDateScalar, { description: 'The date the reading is current to.' })
  asOf: string;
}

@ObjectType('Jurisdiction', { description: 'A country or sub-national unit whose law lexgap records and scores.' })
export class JurisdictionModel {
  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 (countries) or ISO 3166-2 (sub-national units).' })
  code: string;

  @Field(() => JurisdictionKind)
  kind: JurisdictionKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code (countries).' })
  alpha3: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 numeric code, which is also the UN M49 code.' })
  numericCode: string | null;

  @Field(() => LocalizedNamesModel)
  names: LocalizedNamesModel;

  @Field({ description: 'Where the names and codes come from.' })
  source: string;

  @Field(() => Int, { description: 'Send this back when you update the jurisdiction (optimistic locking).' })
  version: number;

  @Field(() => CriminalLawModel, {
    nullable: true,
    description:
      "Countries: how criminal law is divided between the nation and its units; null until recorded (recordCriminalLawDivision). Either way a unit's scorecard counts the national law in force, its country's treaty status and its own law.",
  })
  criminalLaw: CriminalLawModel | null;

  parentCode: string | null;
}
