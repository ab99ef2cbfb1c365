import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum, IsoDateScalar, MAX_VERSION, PageInfoModel } from '@lexgap/platform';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { REPORT_EDITION_KINDS, ReportEditionKind } from './report-edition.entity';

export const ReportEditionKindEnum = graphqlEnum(REPORT_EDITION_KINDS, { name: 'ReportEditionKind', description: "COUNTRY: a jurisdiction's report; REGIONAL: a region's or group's." });

@InputType('PublishReportInput', { description: "The report to publish as an edition: a jurisdiction's or a region's (one of them), with the options of any report." })
export class PublishReportInput {
  @Field(() => String, { nullable: true, description: 'Jurisdiction code (alpha-2, alpha-3 or ISO 3166-2) for a country report.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Region or group (`OAS`, `419`) for a regional report.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'en, es, pt or fr (default en).' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  lang?: string | null;

  @Field(() => String, { nullable: true, description: 'Rubric id (default tip-legal-framework).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  rubric?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rubric version (default the latest).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number | null;

  @Field(() => IsoDateScalar, { nullable: true, description: 'Default today.' })
  @IsOptional()
  @IsString()
  asOf?: string | null;
}

@ObjectType('ReportEditionFile', { description: 'One format of an edition, stored as published.' })
export class ReportEditionFileModel {
  @Field({ description: 'html, md, pdf or json.' })
  format: string;
  @Field({ description: 'Its stable address: /reports/editions/{contentHash}.{lang}.{format}.' })
  url: string;
  @Field()
  contentType: string;
  @Field(() => Int)
  byteLength: number;
  @Field({ description: 'sha256 of the bytes (the strong ETag they are served with).' })
  sha256: string;
}

@ObjectType('ReportEditionUrls', { description: "Where an edition's formats are served, for ever." })
export class ReportEditionUrlsModel {
  @Field()
  html: string;
  @Field()
  markdown: string;
  @Field(() => String, { nullable: true, description: 'Null when the edition has no PDF (see pdfUnavailable).' })
  pdf: string | null;
  @Field()
  json: string;
}

@ObjectType('ReportEdition', { description: 'A published, immutable edition of a gap report: one content hash in one language, every format stored as it was rendered.' })
export class ReportEditionModel {
  @Field(() => ID, { description: 'The edition id (the audit trail names it: auditLog(entity: "ReportEdition", id)).' })
  id: string;
  @Field({ description: "The report's content hash (provenance.contentHash)." })
  contentHash: string;
  @Field()
  lang: string;
  @Field(() => ReportEditionKindEnum)
  kind: ReportEditionKind;
  @Field(() => String, { nullable: true, description: 'The jurisdiction of a COUNTRY edition.' })
  jurisdiction: string | null;
  @Field(() => String, { nullable: true, description: 'The region or group of a REGIONAL edition.' })
  region: string | null;
  @Field({ description: "The jurisdiction's or region's name in the edition's language." })
  title: string;
  @Field()
  rubricId: string;
  @Field(() => Int)
  rubricVersion: number;
  @Field(() => IsoDateScalar)
  asOf: string;
  @Field(() => GraphQLISODateTime)
  generatedAt: Date;
  @Field(() => GraphQLISODateTime)
  publishedAt: Date;
  @Field(() => String, { nullable: true, description: 'Why the edition has no PDF (no browser where it was published); null when it has one.' })
  pdfUnavailable: string | null;
  @Field(() => ReportEditionUrlsModel)
  urls: ReportEditionUrlsModel;
  @Field(() => [ReportEditionFileModel])
  files: ReportEditionFileModel[];
}

@ObjectType('PublishReportResult')
export class PublishReportResultModel {
  @Field({ description: 'False when this report (content hash) in this language was already published: the existing edition is returned, nothing is written.' })
  created: boolean;
  @Field(() => ReportEditionModel)
  edition: ReportEditionModel;
  @Field(() => String, { nullable: true, description: 'Set when the edition has no PDF: why it could not be made.' })
  pdfUnavailable: string | null;
}

@ObjectType('ReportEditionEdge')
export class ReportEditionEdgeModel {
  @Field()
  cursor: string;
  @Field(() => ReportEditionModel)
  node: ReportEditionModel;
}

@ObjectType('ReportEditionConnection', { description: 'Editions, newest first (Relay connection).' })
export class ReportEditionConnectionModel {
  @Field(() => [ReportEditionEdgeModel])
  edges: ReportEditionEdgeModel[];
  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
  @Field(() => Int)
  totalCount: number;
}
