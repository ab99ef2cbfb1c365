import type { ExpertConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';

/** `expert`: no automatic result; the criterion is not assessed until an expert result applies. */
export const evaluateExpert: Evaluator<ExpertConfig> = (_config, context) =>
  evaluation(null, `No approved expert assessment applies as of ${context.asOf}.`, 'expert.awaiting', { asOf: context.asOf });
