import type { Criterion } from '../rubric/rubric';
import { statusOf } from './criterion-status';
import type { Evaluation, EvaluationContext } from './evaluation';
import { explanation, refs, unique } from './evaluation';
import { evaluate } from './evaluator-registry';
import type { ExpertResultInput, SourceFindingInput } from './evidence';
import type { AutomaticResult, CriterionResult } from './scorecard';
import { findingDecision, findingEvaluation } from './source-findings';

/** A criterion's result before aggregation gives it its weight share. */
export type CriterionOutcome = Omit<CriterionResult, 'weightShare'>;

/**
 * One criterion on the as-of date, by precedence:
 * 1. an approved expert result in effect on that date;
 * 2. else the rubric's evaluator (the automatic result), when it gives a result (not null);
 * 3. else a source finding in effect on that date (`sourceFindingFor`): method SOURCE_FINDING;
 * 4. else not assessed, with the evaluator's explanation of what is missing.
 * An expert result keeps what it overrides beside it (`automatic`): the automatic result, or the
 * finding's when the finding would have counted (with `automatic.finding`), so a reader sees both.
 * An `expert` criterion's evaluator never gives a result: there is nothing to keep unless a
 * finding would have counted.
 */
export function evaluateCriterion(criterion: Criterion, categoryId: string, context: EvaluationContext, expert: ExpertResultInput | undefined, finding?: SourceFindingInput): CriterionOutcome {
  const automatic = evaluate(criterion.evaluator, context);
  const base = { criterionId: criterion.id, categoryId, maxScore: 1 as const, weight: criterion.weight };
  // What counts without an expert: the automatic result, unless it is not assessed and a finding applies.
  const counted = automatic.score === null ? finding : undefined;
  const byFinding = counted !== undefined;
  const fallback = counted ? findingEvaluation(counted) : automatic;
  const decision = counted ? { finding: findingDecision(counted) } : {};
  if (!expert) {
    return {
      ...base,
      status: statusOf(fallback.score),
      score: fallback.score,
      method: byFinding ? 'SOURCE_FINDING' : criterion.method === 'expert' ? 'EXPERT' : 'AUTOMATIC',
      explanation: fallback.explanation,
      evidence: fallback.evidence,
      ...decision,
    };
  }

  const applicable = expert.result !== 'NOT_APPLICABLE';
  const score = applicable ? (expert.result as number) : null;
  // The rationale is part of the explanation: an override must show its reason to the reader.
  const text = applicable
    ? `Set to ${score} by expert assessment ${expert.assessmentId} (approved ${expert.decidedOn}): ${expert.rationale}`
    : `Not applicable by expert assessment ${expert.assessmentId} (approved ${expert.decidedOn}): ${expert.rationale}`;
  return {
    ...base,
    status: applicable ? statusOf(score) : 'NOT_APPLICABLE',
    score,
    method: 'EXPERT',
    explanation: explanation(text, applicable ? 'expert.result' : 'expert.notApplicable', {
      assessmentId: expert.assessmentId,
      decidedOn: expert.decidedOn,
      result: score,
      rationale: expert.rationale,
    }),
    evidence: refs({
      provisions: unique(expert.evidence?.provisions ?? []),
      treatyActions: unique(expert.evidence?.treatyActions ?? []),
      treatyObservations: unique(expert.evidence?.treatyObservations ?? []),
      assessments: [expert.assessmentId],
    }),
    expert: { assessmentId: expert.assessmentId, decidedOn: expert.decidedOn, rationale: expert.rationale, reviewerName: expert.reviewerName ?? null, urls: unique(expert.urls ?? []) },
    ...(byFinding || criterion.method !== 'expert' ? { automatic: { ...automaticResult(fallback), ...decision } } : {}),
  };
}

function automaticResult(evaluation: Evaluation): AutomaticResult {
  return { status: statusOf(evaluation.score), ...evaluation };
}
