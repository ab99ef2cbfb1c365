import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { JurisdictionModel } from '@lexgap/jurisdictions';
import { SOURCE_JUDGEMENTS, type ConfidenceLevel, type SourceJudgement, type SourceKind } from '@lexgap/legal-model';
import { ConfidenceEnum, InstrumentModel, LegalFactSetModel, SourceKindEnum } from '@lexgap/legislation';
import { graphqlEnum, IsoDateScalar, PageInfoModel } from '@lexgap/platform';
import { CRITERION_STATUSES, CriterionStatus, LAW_LEVELS, LawLevel, RESULT_METHODS, ResultMethod, UNRANKED_REASONS, UnrankedReason } from '@lexgap/scoring-engine';
import { CriterionModel, RubricModel } from '@lexgap/rubric';
import { TreatyActionModel, TreatyStatusObservationModel } from '@lexgap/treaties';

export const CriterionStatusEnum = graphqlEnum(CRITERION_STATUSES, {
  name: 'CriterionStatus',
  description: 'NOT_ASSESSED lowers coverage and never counts as zero; NOT_APPLICABLE leaves the weight out.',
});
export type CriterionStatusEnum = CriterionStatus;
export const ResultMethodEnum = graphqlEnum(RESULT_METHODS, {
  name: 'ResultMethod',
  description:
    "AUTOMATIC: from recorded treaty actions and legal facts. EXPERT: an approved expert assessment. SOURCE_FINDING: a source's own judgement of the law on the criterion (the US TIP Report's), used only where the automatic result is not assessed and no expert result applies.",
});
export type ResultMethodEnum = ResultMethod;

export const SourceJudgementEnum = graphqlEnum(SOURCE_JUDGEMENTS, {
  name: 'SourceJudgement',
  description:
    'What a source judged of a law as a whole: PENALTIES_COMMENSURATE_WITH_RAPE (the US TIP Report: penalties "commensurate with those for rape"), PENALTIES_SUFFICIENTLY_STRINGENT ("sufficiently stringent").',
});
export type SourceJudgementEnum = SourceJudgement;

export const UnrankedReasonEnum = graphqlEnum(UNRANKED_REASONS, {
  name: 'UnrankedReason',
  description: 'Why a scorecard has no rank: INSUFFICIENT_COVERAGE, less of the rubric is assessed than its minimum coverage; NO_SCORE, nothing is assessed.',
});

@ObjectType('ScoreRange', { description: 'What the score could be once the criteria not assessed are assessed: all unmet (lower) or all met (upper). lower ≤ score ≤ upper; equal at full coverage.' })
export class ScoreRangeModel {
  @Field(() => Float, { description: '0..100, to 4 decimals: every criterion not assessed counted as 0.' })
  lower: number;
  @Field(() => Float, { description: '0..100, to 4 decimals: every criterion not assessed counted as 1.' })
  upper: number;
}

@ObjectType('EvidenceAge', { description: 'The oldest and newest as-of dates of the evidence a scorecard rests on.' })
export class EvidenceAgeModel {
  @Field(() => IsoDateScalar)
  oldest: string;
  @Field(() => IsoDateScalar)
  newest: string;
}

export const LawLevelEnum = graphqlEnum(LAW_LEVELS, {
  name: 'LawLevel',
  description: "Which level enacted a provision: NATIONAL, the country's law (in force in every unit); SUBNATIONAL, a state's or province's own law.",
});

@ObjectType('ProvisionEvidence', { description: 'A provision a result rests on.' })
export class ProvisionEvidenceModel {
  @Field()
  id: string;
  @Field(() => LawLevelEnum, { description: "Whether the provision is national law or a unit's own: a unit's scorecard counts both." })
  level: LawLevel;
  @Field({ description: 'The jurisdiction that enacted it (the country for national law).' })
  jurisdictionCode: string;
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
  @Field(() => LegalFactSetModel, {
    nullable: true,
    description: 'The legal facts read from the provision, with who recorded them, where from, how sure, and whether a second expert verified them (verified, verifiedByName, verifiedAt).',
  })
  facts: LegalFactSetModel | null;
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
  @Field(() => [String], { description: "Ids of the source findings (a report's judgement of the law) it rests on; see CriterionResult.finding." })
  findings: string[];
}

@ObjectType('CriterionFinding', { description: "A source's own judgement of one wording of the law on the criterion, by which a result is (or would be) reached." })
export class CriterionFindingModel {
  @Field()
  findingId: string;
  @Field(() => SourceJudgementEnum)
  judgement: SourceJudgementEnum;
  @Field({ description: 'Whether the source found the judgement to hold (commensurate) or not (not commensurate).' })
  holds: boolean;
  @Field({ description: 'The source as a reader cites it (not translated).' })
  sourceCitation: string;
  @Field(() => String, { nullable: true })
  sourceUrl: string | null;
  @Field(() => IsoDateScalar, { description: 'The date the judgement speaks from; it counts from then on, while the wording is in force.' })
  asOf: string;
  @Field({ description: 'The provision (wording) the source judged.' })
  provisionId: string;
}

@ObjectType('AutomaticResult', {
  description: "The result an expert assessment overrides: the automatic one, or the source finding's where the automatic one is not assessed (method SOURCE_FINDING, with its finding).",
})
export class AutomaticResultModel {
  @Field(() => CriterionStatusEnum)
  status: CriterionStatusEnum;
  @Field(() => Float, { nullable: true })
  score: number | null;
  @Field({ description: "In the reader's language, as CriterionResult.explanation." })
  explanation: string;
  @Field({ description: "The engine's own English sentence, as CriterionResult.engineExplanation." })
  engineExplanation: string;
  @Field(() => ResultMethodEnum, { description: 'AUTOMATIC or SOURCE_FINDING.' })
  method: ResultMethodEnum;
  @Field(() => CriterionFindingModel, { nullable: true, description: 'Present when the overridden result is a source finding.' })
  finding: CriterionFindingModel | null;
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
  @Field({ description: "How the result was reached, in the reader's language (`lang`): codes said as words, dates and numbers in the language's format." })
  explanation: string;
  @Field({
    description:
      'The engine\'s own sentence, in English, with the citations of the records it read and the vocabulary\'s code names ("Art. 2 of Código Penal states consentIrrelevant = true."): stable text for machines and audits, not for readers.',
  })
  engineExplanation: string;
  @Field({ description: 'Stable key of the explanation, for translation.' })
  explanationKey: string;
  @Field(() => EvidenceModel)
  evidence: EvidenceModel;
  @Field(() => AutomaticResultModel, { nullable: true, description: 'Present when an expert result overrides the automatic one (or a source finding).' })
  automatic: AutomaticResultModel | null;
  @Field(() => CriterionFindingModel, { nullable: true, description: 'Present when the result is a source finding (method SOURCE_FINDING).' })
  finding: CriterionFindingModel | null;
  @Field(() => Float, { description: 'Share of the whole rubric this criterion weighs, to 6 decimals.' })
  weightShare: number;
  @Field(() => IsoDateScalar, { nullable: true, description: 'The oldest as-of date of the records the result rests on: how old its evidence is. Null when it rests on none.' })
  evidenceAsOf: string | null;
  @Field({ description: "True when that evidence is older than the rubric's staleEvidenceYears before the scorecard's date: the law may have changed since." })
  evidenceStale: boolean;
  @Field(() => [SourceKindEnum], { description: "The kinds of source the result rests on: the law's text (PRIMARY), a report about it (SECONDARY), an expert (EXPERT)." })
  sourceKinds: SourceKind[];
  @Field(() => ConfidenceEnum, { nullable: true, description: 'The lowest confidence its evidence states; null when none states one.' })
  lowestConfidence: ConfidenceLevel | null;
  @Field({ description: 'True when a record it rests on has not been verified by a second check of its source.' })
  unverifiedEvidence: boolean;
  evidenceIds: { provisions: string[]; treatyActions: string[]; treatyObservations: string[]; assessments: string[]; findings: string[] };
}

@ObjectType('CategoryScore')
export class CategoryScoreModel {
  @Field()
  id: string;
  @Field()
  title: string;
  @Field(() => Float)
  weight: number;
  @Field(() => Float, { nullable: true, description: '0..100 over the assessed weight, to 4 decimals; null when nothing is assessed.' })
  score: number | null;
  @Field(() => Float, { description: 'Assessed share of the category weight, 0..1, to 4 decimals.' })
  coverage: number;
  @Field(() => ScoreRangeModel, { nullable: true, description: 'The category score if its criteria not assessed were all unmet or all met; null when none of it applies.' })
  scoreRange: ScoreRangeModel | null;
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

@ObjectType('CriterionOutcome', { description: "One criterion's result in a scorecard: its status and score." })
export class CriterionOutcomeModel {
  @Field(() => CriterionStatusEnum)
  status: CriterionStatus;
  @Field(() => Float, { nullable: true, description: '0..1; null when not assessed or not applicable.' })
  score: number | null;
}

@ObjectType('CriterionChange', { description: 'What a projection changes in one criterion: its official result and its result if the bills were in force.' })
export class CriterionChangeModel {
  @Field(() => CriterionModel)
  criterion: CriterionModel;
  @Field(() => CriterionOutcomeModel, { description: 'The result under the law in force (the official scorecard).' })
  official: CriterionOutcomeModel;
  @Field(() => CriterionOutcomeModel, { description: 'The result if the bills were in force on the as-of date.' })
  projected: CriterionOutcomeModel;
  @Field(() => Float, { nullable: true, description: 'projected − official score, to 4 decimals (negative when a bill weakens the law); null unless both have a score.' })
  scoreChange: number | null;
}

@ObjectType('ScorecardProjection', {
  description:
    'Present when the scorecard is a projection (scorecard(withDrafts:)): the score as if the bills named were in force on the as-of date. A projection is never an official score: it is not stored, ranked, exported or reported as one.',
})
export class ScorecardProjectionModel {
  @Field(() => [InstrumentModel], { description: 'The bills (status DRAFT) read as if in force, in the order asked.' })
  drafts: InstrumentModel[];
  @Field(() => Float, { nullable: true, description: "The official score (the law in force), to compare with this scorecard's score." })
  officialScore: number | null;
  @Field(() => Float, { description: 'The official coverage.' })
  officialCoverage: number;
  @Field(() => String, { nullable: true, description: 'The official band; null below the minimum coverage.' })
  officialBand: string | null;
  @Field(() => [CriterionChangeModel], { description: 'Each criterion whose status or score the bills change, in rubric order; empty when they change none.' })
  changes: CriterionChangeModel[];
}

@ObjectType('Scorecard')
export class ScorecardModel {
  @Field(() => JurisdictionModel)
  jurisdiction: JurisdictionModel;
  /** The country whose national law and treaty status a unit's scorecard counts; resolved by ScorecardResolver.nationalLaw. */
  nationalJurisdictionCode: string | null;
  @Field(() => RubricModel)
  rubric: RubricModel;
  @Field(() => IsoDateScalar)
  asOf: string;
  @Field(() => Float, { nullable: true, description: '0..100 over the assessed weight, to 4 decimals (computed exactly, rounded once); null when nothing is assessed.' })
  score: number | null;
  @Field(() => Float, { description: 'Share of the rubric weight that has a result, 0..1, to 4 decimals.' })
  coverage: number;
  @Field(() => ScoreRangeModel, { nullable: true, description: 'The score if every criterion not assessed were unmet (lower) or met (upper): read the score with it.' })
  scoreRange: ScoreRangeModel | null;
  @Field(() => Float, { description: "The rubric's minimum coverage for a band and a rank." })
  minimumCoverage: number;
  @Field(() => UnrankedReasonEnum, { nullable: true, description: 'Null when the scorecard can be ranked; else why it is not.' })
  unrankedReason: UnrankedReason | null;
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
  @Field(() => EvidenceAgeModel, { nullable: true, description: 'How old the evidence is: the oldest and newest as-of dates of what the results rest on; null when they rest on nothing.' })
  evidenceAsOf: EvidenceAgeModel | null;
  @Field(() => Int, { description: 'Evidence older than this many years before asOf is stale (the rubric parameter staleEvidenceYears, default 3).' })
  staleEvidenceYears: number;
  @Field(() => [String], { description: 'Ids of the criteria whose evidence is stale, in rubric order.' })
  staleCriteria: string[];
  @Field({ description: 'When this scorecard was computed.' })
  computedAt: Date;
  @Field(() => ScorecardProjectionModel, {
    nullable: true,
    description: 'Null for an official scorecard. Set when it is a projection (withDrafts): then every score, band and gap above is what the bills would make of the law, not the law in force.',
  })
  projection: ScorecardProjectionModel | null;
}

@ObjectType('RankingEntry')
export class RankingEntryModel {
  @Field(() => Int, {
    nullable: true,
    description: "Equal scores share a rank (1, 2, 2, 4). Null below the rubric's minimum coverage (see unrankedReason): those are listed after the ranked ones, most covered first.",
  })
  rank: number | null;
  @Field(() => UnrankedReasonEnum, { nullable: true, description: 'Why the entry has no rank; null when it has one.' })
  unrankedReason: UnrankedReason | null;
  @Field(() => JurisdictionModel)
  jurisdiction: JurisdictionModel;
  @Field(() => Float, { nullable: true, description: '0..100, to 4 decimals.' })
  score: number | null;
  @Field(() => ScoreRangeModel, { nullable: true })
  scoreRange: ScoreRangeModel | null;
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
