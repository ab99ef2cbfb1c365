import type { Criterion } from '../rubric/rubric';
import { statusOf } from './criterion-status';
import type { Evaluation, EvaluationContext } from './evaluation';
import { explanation, refs, unique } from './evaluation';
import { evaluate } from './evaluator-registry';
import type { ExpertResultInput } from './evidence';
import type { AutomaticResult, CriterionResult } from './scorecard';

/** A criterion's result before aggregation gives it its weight share. */
export type CriterionOutcome = Omit<CriterionResult, 'weightShare'>;

/**
 * One criterion on the as-of date: the rubric's evaluator gives the automatic result; an approved
 * expert result in effect on that date overrides it, and the automatic result is kept beside it
 * (`automatic`) so a reader sees both. An `expert` criterion has no automatic result to keep.
 */
export function evaluateCriterion(criterion: Criterion, categoryId: string, context: EvaluationContext, expert: ExpertResultInput | undefined): CriterionOutcome {
  const automatic = evaluate(criterion.evaluator, context);
  const base = { criterionId: criterion.id, categoryId, maxScore: 1 as const, weight: criterion.weight };
  if (!expert) {
    return {
      ...base,
      status: statusOf(automatic.score),
      score: automatic.score,
      method: criterion.method === 'expert' ? 'EXPERT' : 'AUTOMATIC',
      explanation: automatic.explanation,
      evidence: automatic.evidence,
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
    expert: { assessmentId: expert.assessmentId, decidedOn: expert.decidedOn, rationale: expert.rationale },
    ...(criterion.method === 'expert' ? {} : { automatic: automaticResult(automatic) }),
  };
}

function automaticResult(evaluation: Evaluation): AutomaticResult {
  return { status: statusOf(evaluation.score), ...evaluation };
}
