import type { PenaltyMaxAtLeastConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { highestMaximum, penaltiesFor } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `penaltyMaxAtLeast` (PEN-2): the highest maximum term stated for the offences reaches the
 * parameter (UNTOC Art. 2(b): a serious crime carries at least four years) → 1, else 0; not
 * assessed when no maximum is stated.
 */
export const evaluatePenaltyMaxAtLeast: Evaluator<PenaltyMaxAtLeastConfig> = (config, context) => {
  const required = context.parameters[config.minYearsParameter];
  const offences = config.offences.join(' or ');
  const maximum = highestMaximum(penaltiesFor(context.provisions, config.offences));
  if (!maximum) {
    return evaluation(null, `No maximum term for ${offences} is stated by a provision in force on ${context.asOf}.`, 'penalty.maxNotStated', {
      offences: config.offences,
      asOf: context.asOf,
    });
  }
  const met = maximum.years >= required;
  const params = { offences: config.offences, years: maximum.years, required };
  return evaluation(
    met ? 1 : 0,
    `The highest maximum term for ${offences} is ${maximum.years} years (${citeAll(maximum.provisions)}), ${met ? 'at least' : 'below'} the ${required} years required.`,
    met ? 'penalty.maxAtLeast' : 'penalty.maxBelow',
    params,
    maximum.provisions,
  );
};
