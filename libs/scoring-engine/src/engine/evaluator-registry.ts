import type { EvaluatorConfig, EvaluatorKind } from '../rubric/evaluator-config';
import type { Evaluation, EvaluationContext, Evaluator } from './evaluation';
import { evaluateChildAgeAtLeast } from './evaluators/child-age-at-least';
import { evaluateExpert } from './evaluators/expert';
import { evaluateFlag } from './evaluators/flag';
import { evaluateForcedLabourOffence } from './evaluators/forced-labour-offence';
import { evaluateImprisonmentMandatory } from './evaluators/imprisonment-mandatory';
import { evaluatePenaltyMaxAtLeast } from './evaluators/penalty-max-at-least';
import { evaluatePenaltyMinAtLeast } from './evaluators/penalty-min-at-least';
import { evaluatePenaltyMinComparedTo } from './evaluators/penalty-min-compared-to';
import { evaluateShareOfFlags } from './evaluators/share-of-flags';
import { evaluateShareOfList } from './evaluators/share-of-list';
import { evaluateTreatyParty } from './evaluators/treaty-party';

/** Every evaluator kind a rubric may name, mapped to its implementation (the type makes it complete). */
export const EVALUATORS: { [K in EvaluatorKind]: Evaluator<Extract<EvaluatorConfig, { kind: K }>> } = {
  treatyParty: evaluateTreatyParty,
  shareOfList: evaluateShareOfList,
  shareOfFlags: evaluateShareOfFlags,
  flag: evaluateFlag,
  imprisonmentMandatory: evaluateImprisonmentMandatory,
  penaltyMaxAtLeast: evaluatePenaltyMaxAtLeast,
  penaltyMinAtLeast: evaluatePenaltyMinAtLeast,
  penaltyMinComparedTo: evaluatePenaltyMinComparedTo,
  childAgeAtLeast: evaluateChildAgeAtLeast,
  forcedLabourOffence: evaluateForcedLabourOffence,
  expert: evaluateExpert,
};

/** Runs the evaluator a criterion's configuration names. */
export function evaluate(config: EvaluatorConfig, context: EvaluationContext): Evaluation {
  return (EVALUATORS[config.kind] as Evaluator<EvaluatorConfig>)(config, context);
}
