import { assertIsoDate, IsoDate } from '@lexgap/legal-model';
import { criteriaOf, Rubric } from '../rubric/rubric';
import { aggregate, SHARE_DECIMALS } from './aggregate';
import { bandFor, hasMinimumCoverage } from './band';
import { evaluateCriterion } from './evaluate-criterion';
import type { EvaluationContext } from './evaluation';
import type { JurisdictionEvidence } from './evidence';
import { expertResultFor } from './expert-results';
import { provisionsInForce } from './facts/provisions-in-force';
import { gapsOf } from './gaps';
import { DEFAULT_STALE_EVIDENCE_YEARS, qualityOf, recordQualities } from './evidence-quality';
import type { ScorecardResult, ScoredCriterion } from './scorecard';

/**
 * The scorecard of one jurisdiction under a rubric as of a date: a pure function of its inputs,
 * so any past year's scorecard can be reproduced. Only provisions in force on `asOf`, treaty
 * records dated on or before it, and expert results approved on or before it count.
 * `rubric` must come from `validateRubric`.
 */
export function scoreJurisdiction(rubric: Rubric, evidence: JurisdictionEvidence, asOf: IsoDate): ScorecardResult {
  assertIsoDate(asOf, 'asOf');
  const context: EvaluationContext = {
    asOf,
    parameters: rubric.parameters,
    provisions: provisionsInForce(evidence.provisions, asOf),
    treatyActions: evidence.treatyActions,
    treatyObservations: evidence.treatyObservations,
    treaties: evidence.treaties ?? [],
  };
  const outcomes = criteriaOf(rubric).map(({ category, criterion }) => evaluateCriterion(criterion, category.id, context, expertResultFor(evidence.expertResults, criterion.id, asOf)));
  const totals = aggregate(rubric, outcomes);
  const staleEvidenceYears = rubric.parameters.staleEvidenceYears ?? DEFAULT_STALE_EVIDENCE_YEARS;
  const records = recordQualities(evidence);
  const criteria: ScoredCriterion[] = outcomes.map((outcome) => ({
    ...outcome,
    weightShare: totals.weightShares.get(outcome.criterionId)!.round(SHARE_DECIMALS),
    ...qualityOf(outcome.evidence, records, asOf, staleEvidenceYears),
  }));
  const oldest = criteria
    .map((c) => c.evidenceAsOf)
    .filter((d): d is string => d !== null)
    .sort()[0];
  const newest = criteria
    .map((c) => c.newestEvidenceAsOf)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const band = bandFor(rubric, totals.exact.score, totals.exact.coverage);
  const unrankedReason = totals.exact.score === null ? 'NO_SCORE' : hasMinimumCoverage(rubric, totals.exact.coverage) ? null : 'INSUFFICIENT_COVERAGE';
  return {
    jurisdiction: evidence.jurisdiction,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    asOf,
    score: totals.score,
    coverage: totals.coverage,
    scoreRange: totals.scoreRange,
    minimumCoverage: rubric.minimumCoverageForBand,
    unrankedReason,
    band,
    bandWithheld: totals.score !== null && band === null,
    categories: totals.categories,
    criteria,
    evidenceAsOf: oldest && newest ? { oldest, newest } : null,
    staleEvidenceYears,
    staleCriteria: criteria.filter((c) => c.evidenceStale).map((c) => c.criterionId),
    gaps: gapsOf(criteria, totals.weightShares),
  };
}
