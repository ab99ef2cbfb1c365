import { assertIsoDate, IsoDate } from '@lexgap/legal-model';
import { criteriaOf, Rubric } from '../rubric/rubric';
import { aggregate } from './aggregate';
import { bandFor } from './band';
import { evaluateCriterion } from './evaluate-criterion';
import type { EvaluationContext } from './evaluation';
import type { JurisdictionEvidence } from './evidence';
import { expertResultFor } from './expert-results';
import { provisionsInForce } from './facts/provisions-in-force';
import { gapsOf } from './gaps';
import type { CriterionResult, ScorecardResult } from './scorecard';

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
  };
  const outcomes = criteriaOf(rubric).map(({ category, criterion }) => evaluateCriterion(criterion, category.id, context, expertResultFor(evidence.expertResults, criterion.id, asOf)));
  const totals = aggregate(rubric, outcomes);
  const criteria: CriterionResult[] = outcomes.map((outcome) => ({ ...outcome, weightShare: totals.weightShares.get(outcome.criterionId)! }));
  const band = bandFor(rubric, totals.score, totals.coverage);
  return {
    jurisdiction: evidence.jurisdiction,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    asOf,
    score: totals.score,
    coverage: totals.coverage,
    band,
    bandWithheld: totals.score !== null && band === null,
    categories: totals.categories,
    criteria,
    gaps: gapsOf(criteria),
  };
}
