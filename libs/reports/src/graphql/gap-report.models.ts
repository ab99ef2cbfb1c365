import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JurisdictionModel, TipTierModel } from '@lexgap/jurisdictions';
import { IsoDateScalar } from '@lexgap/platform';
import { RubricModel } from '@lexgap/rubric';
import { AutomaticResultModel, CategoryScoreModel, CriterionFindingModel, CriterionStatusEnum, ResultMethodEnum, ScorePointModel, UnrankedReasonEnum } from '@lexgap/scoring';
import type { UnrankedReason } from '@lexgap/scoring-engine';
import { DatePrecisionEnum, TreatyActionModel, TreatyStatusKindEnum, TreatyStatusObservationModel } from '@lexgap/treaties';

@ObjectType('ReportEvidence', { description: "What a result rests on; provision ids refer to the report's `provisions`." })
export class ReportEvidenceModel {
  @Field(() => [ID])
  provisions: string[];
  @Field(() => [TreatyActionModel])
  treatyActions: TreatyActionModel[];
  @Field(() => [TreatyStatusObservationModel])
  observations: TreatyStatusObservationModel[];
  @Field(() => [ID])
  assessments: string[];
  @Field(() => [CriterionFindingModel], { description: "The source finding (a report's judgement of the law) the result is reached by, if it is." })
  findings: CriterionFindingModel[];
}

@ObjectType('ReportExpertDecision')
export class ReportExpertDecisionModel {
  @Field(() => ID)
  assessmentId: string;
  @Field(() => IsoDateScalar)
  decidedOn: string;
  @Field({ description: 'The reasoning as the expert wrote it (not translated).' })
  rationale: string;
}

@ObjectType('ReportCriterion', { description: "A criterion's result as a gap report shows it, in the report's language." })
export class ReportCriterionModel {
  @Field(() => ID)
  id: string;
  @Field()
  categoryId: string;
  @Field()
  categoryTitle: string;
  @Field()
  question: string;
  @Field({ description: 'How the rubric reaches a result: TREATY, FACTS or EXPERT.' })
  basis: string;
  @Field(() => ResultMethodEnum)
  method: ResultMethodEnum;
  @Field(() => CriterionStatusEnum)
  status: CriterionStatusEnum;
  @Field(() => Float, { nullable: true })
  score: number | null;
  @Field(() => String, { nullable: true, description: 'The scale level the result sits on.' })
  resultLabel: string | null;
  @Field(() => Float)
  weightShare: number;
  @Field(() => Float, { nullable: true, description: 'weight share × (1 − result) for gaps; null otherwise.' })
  severity: number | null;
  @Field()
  explanation: string;
  @Field(() => AutomaticResultModel, { nullable: true })
  automatic: AutomaticResultModel | null;
  @Field(() => ReportExpertDecisionModel, { nullable: true })
  expert: ReportExpertDecisionModel | null;
  @Field()
  recommendation: string;
  @Field(() => [String])
  references: string[];
  @Field(() => ReportEvidenceModel)
  evidence: ReportEvidenceModel;
}

@ObjectType('ReportRank')
export class ReportRankModel {
  @Field()
  regionCode: string;
  @Field()
  regionName: string;
  @Field(() => Int, { nullable: true, description: "Competition rank (1, 2, 2, 4); null below the rubric's minimum coverage or without a score (see reason)." })
  rank: number | null;
  @Field(() => UnrankedReasonEnum, { nullable: true, description: 'Why there is no rank; null when there is one.' })
  reason: UnrankedReason | null;
  @Field(() => Int, { description: 'Members with a rank.' })
  ranked: number;
  @Field(() => Int)
  members: number;
}

@ObjectType('ReportTreatyStatus')
export class ReportTreatyStatusModel {
  @Field()
  treaty: string;
  @Field()
  name: string;
  @Field(() => TreatyStatusKindEnum)
  status: TreatyStatusKindEnum;
  @Field(() => IsoDateScalar, { nullable: true })
  since: string | null;
  @Field(() => DatePrecisionEnum, { nullable: true })
  datePrecision: DatePrecisionEnum | null;
  @Field(() => [TreatyActionModel])
  basis: TreatyActionModel[];
  @Field(() => TreatyStatusObservationModel, { nullable: true })
  observation: TreatyStatusObservationModel | null;
  @Field()
  verified: boolean;
}

@ObjectType('ReportProvision', { description: 'An article a result rests on, with its wording as recorded.' })
export class ReportProvisionModel {
  @Field(() => ID)
  id: string;
  @Field()
  citation: string;
  @Field(() => String, { nullable: true })
  heading: string | null;
  @Field(() => String, { nullable: true, description: 'The wording; null when the text is not recorded (the provision is known through a report that describes it: see textNote).' })
  text: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'In the report\'s language, what stands where the text would be when it is not recorded ("Text not recorded; described by …"); null when it is.',
  })
  textNote: string | null;
  @Field({ description: "The instrument's title in its own language, else in English." })
  instrumentTitle: string;
  @Field(() => String, { nullable: true })
  instrumentCitation: string | null;
  @Field(() => IsoDateScalar)
  inForceFrom: string;
  @Field(() => IsoDateScalar, { nullable: true })
  inForceTo: string | null;
  @Field(() => DatePrecisionEnum, { description: 'How much of inForceFrom is known (a MONTH or YEAR date is given as its first day).' })
  inForceFromPrecision: DatePrecisionEnum;
  @Field(() => DatePrecisionEnum, { nullable: true, description: 'How much of inForceTo is known; null when inForceTo is.' })
  inForceToPrecision: DatePrecisionEnum | null;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether a second expert verified the legal facts read from it against their source; null when no facts are recorded.' })
  factsVerified: boolean | null;
}

@ObjectType('ReportSource')
export class ReportSourceModel {
  @Field()
  citation: string;
  @Field(() => String, { nullable: true })
  url: string | null;
  @Field(() => IsoDateScalar, { nullable: true })
  asOf: string | null;
  @Field({ description: 'treaties, provisions or assessments' })
  usedFor: string;
  @Field()
  verified: boolean;
}

@ObjectType('ReportProvenance')
export class ReportProvenanceModel {
  @Field(() => IsoDateScalar)
  asOf: string;
  @Field(() => [ReportSourceModel])
  sources: ReportSourceModel[];
  @Field()
  generatedAt: string;
  @Field()
  generator: string;
  @Field({ description: 'sha256 of the language-neutral content: equal in every format and language of the same data.' })
  contentHash: string;
  @Field(() => [String], { description: 'Texts shown in English because the language lacks them.' })
  untranslated: string[];
}

@ObjectType('ReportLinks', { description: 'Where the same report is served as a document.' })
export class ReportLinksModel {
  @Field()
  html: string;
  @Field()
  markdown: string;
  @Field()
  pdf: string;
  @Field()
  json: string;
}

@ObjectType('GapReport', { description: "A jurisdiction's gap report: what its law lacks against the rubric, worst first, in the reader's language." })
export class GapReportModel {
  @Field(() => JurisdictionModel)
  jurisdiction: JurisdictionModel;
  @Field(() => RubricModel)
  rubric: RubricModel;
  @Field(() => IsoDateScalar)
  asOf: string;
  @Field()
  lang: string;
  @Field(() => Float, { nullable: true })
  score: number | null;
  @Field(() => Float)
  coverage: number;
  @Field(() => String, { nullable: true })
  band: string | null;
  @Field(() => String, { nullable: true })
  bandLabel: string | null;
  @Field({ description: "True when a score exists but its coverage is below the rubric's minimum for a band." })
  bandWithheld: boolean;
  @Field(() => ReportRankModel, { nullable: true })
  rank: ReportRankModel | null;
  @Field(() => [CategoryScoreModel])
  categories: CategoryScoreModel[];
  @Field(() => [ReportCriterionModel], { description: 'Worst first.' })
  gaps: ReportCriterionModel[];
  @Field(() => [ReportCriterionModel], { description: 'Never counted as zero; listed apart.' })
  notAssessed: ReportCriterionModel[];
  @Field(() => [ReportTreatyStatusModel])
  treaties: ReportTreatyStatusModel[];
  @Field(() => [ScorePointModel])
  history: ScorePointModel[];
  @Field(() => [TipTierModel], { description: "The US TIP Report tiers up to the as-of date's year, oldest first: a comparator shown beside the score history, not part of the score." })
  tipTiers: TipTierModel[];
  @Field(() => [ReportProvisionModel])
  provisions: ReportProvisionModel[];
  @Field(() => ReportProvenanceModel)
  provenance: ReportProvenanceModel;
  @Field(() => ReportLinksModel)
  links: ReportLinksModel;
}
