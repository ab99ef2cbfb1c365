import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { JurisdictionModel } from '@lexgap/jurisdictions';
import { InstrumentModel } from '@lexgap/legislation';
import { graphqlEnum, IsoDateScalar, PageInfoModel } from '@lexgap/platform';
import { CRITERION_STATUSES, CriterionStatus, RESULT_METHODS, ResultMethod } from '@lexgap/scoring-engine';
import { CriterionModel, RubricModel } from '@lexgap/rubric';
import { TreatyActionModel, TreatyStatusObservationModel } from '@lexgap/treaties';

export const CriterionStatusEnum = graphqlEnum(CRITERION_STATUSES, {
  name: 'CriterionStatus',
  description: 'NOT_ASSESSED lowers coverage and never counts as zero; NOT_APPLICABLE leaves the weight out.',
});
export type CriterionStatusEnum = CriterionStatus;
export const ResultMethodEnum = graphqlEnum(RESULT_METHODS, {
  name: 'ResultMethod',
  description: 'AUTOMATIC: from recorded treaty actions and legal facts. EXPERT: an approved expert assessment.',
});
export type ResultMethodEnum = ResultMethod;

@ObjectType('ProvisionEvidence', { description: 'A provision a result rests on.' })
export class ProvisionEvidenceModel {
  @Field()
  id: string;
  @Field({ description: 'The article as the law cites it.' })
  citation: string;
  @Field(() => InstrumentModel, { nullable: true })
  instrument: InstrumentModel | null;
  @Field(() => IsoDateScalar)
  inForceFrom: string;
  @Field(() => IsoDateScalar, { nullable: true })
  inForceTo: string | null;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
}

@ObjectType('Evidence', { description: 'What a result rests on.' })
export class EvidenceModel {
  @Field(() => [ProvisionEvidenceModel])
  provisions: ProvisionEvidenceModel[];
  @Field(() => [TreatyActionModel])
  treatyActions: TreatyActionModel[];
  @Field(() => [TreatyStatusObservationModel])
  treatyObservations: TreatyStatusObservationModel[];
  @Field(() => [String], { description: 'Ids of the approved expert assessments it rests on.' })
  assessments: string[];
}

@ObjectType('AutomaticResult', { description: 'The automatic result an expert assessment overrides.' })
export class AutomaticResultModel {
  @Field(() => CriterionStatusEnum)
  status: CriterionStatusEnum;
  @Field(() => Float, { nullable: true })
  score: number | null;
  @Field()
  explanation: string;
}

@ObjectType('CriterionResult')
export class CriterionResultModel {
  @Field(() => CriterionModel)
  criterion: CriterionModel;
  @Field(() => CriterionStatusEnum)
  status: CriterionStatusEnum;
  @Field(() => Float, { nullable: true, description: '0..maxScore; null when not assessed or not applicable.' })
  score: number | null;
  @Field(() => Float)
  maxScore: number;
  @Field(() => ResultMethodEnum)
  method: ResultMethodEnum;
  @Field({ description: 'How the result was reached.' })
  explanation: string;
  @Field({ description: 'Stable key of the explanation, for translation.' })
  explanationKey: string;
  @Field(() => EvidenceModel)
  evidence: EvidenceModel;
  @Field(() => AutomaticResultModel, { nullable: true, description: 'Present when an expert result overrides the automatic one.' })
  automatic: AutomaticResultModel | null;
  @Field(() => Float, { description: 'Share of the whole rubric this criterion weighs.' })
  weightShare: number;
  evidenceIds: { provisions: string[]; treatyActions: string[]; treatyObservations: string[]; assessments: string[] };
}

@ObjectType('CategoryScore')
export class CategoryScoreModel {
  @Field()
  id: string;
  @Field()
  title: string;
  @Field(() => Float)
  weight: number;
  @Field(() => Float, { nullable: true, description: '0..100 over the assessed weight; null when nothing is assessed.' })
  score: number | null;
  @Field(() => Float, { description: 'Assessed share of the category weight, 0..1.' })
  coverage: number;
}

@ObjectType('Gap', { description: 'A criterion below its maximum, with what to do about it.' })
export class GapModel {
  @Field(() => CriterionModel)
  criterion: CriterionModel;
  @Field(() => Float, { description: 'weight share × (1 − result), 0..1: what the shortfall costs the overall score.' })
  severity: number;
  @Field(() => Float)
  result: number;
  @Field()
  recommendation: string;
}

@ObjectType('Scorecard')
export class ScorecardModel {
  @Field(() => JurisdictionModel)
  jurisdiction: JurisdictionModel;
  @Field(() => RubricModel)
  rubric: RubricModel;
  @Field(() => IsoDateScalar)
  asOf: string;
  @Field(() => Float, { nullable: true, description: '0..100 over the assessed weight; null when nothing is assessed.' })
  score: number | null;
  @Field(() => Float, { description: 'Share of the rubric weight that has a result, 0..1.' })
  coverage: number;
  @Field(() => String, { nullable: true, description: 'Band id (STRONG, SUBSTANTIAL, PARTIAL, WEAK, CRITICAL); null below the minimum coverage.' })
  band: string | null;
  @Field(() => String, { nullable: true })
  bandLabel: string | null;
  @Field(() => [CategoryScoreModel])
  categories: CategoryScoreModel[];
  @Field(() => [CriterionResultModel])
  criteria: CriterionResultModel[];
  @Field(() => [GapModel], { description: 'Worst first.' })
  gaps: GapModel[];
  @Field({ description: 'When this scorecard was computed.' })
  computedAt: Date;
}

@ObjectType('RankingEntry')
export class RankingEntryModel {
  @Field(() => Int, { nullable: true, description: 'Equal scores share a rank (1, 2, 2, 4); null for jurisdictions with no score, listed last.' })
  rank: number | null;
  @Field(() => JurisdictionModel)
  jurisdiction: JurisdictionModel;
  @Field(() => Float, { nullable: true })
  score: number | null;
  @Field(() => Float)
  coverage: number;
  @Field(() => String, { nullable: true })
  band: string | null;
  @Field(() => ScorecardModel)
  scorecard: ScorecardModel;
}

@ObjectType('RankingEdge')
export class RankingEdgeModel {
  @Field()
  cursor: string;
  @Field(() => RankingEntryModel)
  node: RankingEntryModel;
}

@ObjectType('RankingConnection')
export class RankingConnectionModel {
  @Field(() => [RankingEdgeModel])
  edges: RankingEdgeModel[];
  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;
  @Field(() => Int)
  totalCount: number;
  @Field(() => RubricModel)
  rubric: RubricModel;
  @Field(() => IsoDateScalar)
  asOf: string;
}

@ObjectType('ScorePoint', { description: 'The score from `date` until the next point.' })
export class ScorePointModel {
  @Field(() => IsoDateScalar)
  date: string;
  @Field(() => Float, { nullable: true })
  score: number | null;
  @Field(() => Float)
  coverage: number;
  @Field(() => String, { nullable: true })
  band: string | null;
  @Field(() => [String], { description: 'Criteria whose result changed on this date.' })
  changed: string[];
}
