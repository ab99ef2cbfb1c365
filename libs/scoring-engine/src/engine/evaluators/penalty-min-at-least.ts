import type { PenaltyMinAtLeastConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { lowestMinimum, penaltiesFor } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `penaltyMinAtLeast` (PEN-4): the lowest minimum term stated for the offences: at least the full
 * parameter (4 years) → 1, at least the partial one (2 years) → `partialScore`, else 0; not
 * assessed when no minimum is stated. A fine in lieu of prison is PEN-1's concern and is not
 * counted again here.
 */
export const evaluatePenaltyMinAtLeast: Evaluator<PenaltyMinAtLeastConfig> = (config, context) => {
  const full = context.parameters[config.fullYearsParameter];
  const partial = context.parameters[config.partialYearsParameter];
  const offences = config.offences.join(' or ');
  const minimum = lowestMinimum(penaltiesFor(context.provisions, config.offences));
  if (!minimum) {
    return evaluation(null, `No minimum term for ${offences} is stated by a provision in force on ${context.asOf}.`, 'penalty.minNotStated', {
      offences: config.offences,
      asOf: context.asOf,
    });
  }
  const [score, key, comparison] =
    minimum.years >= full
      ? [1, 'penalty.minFull', `at least ${full} years`]
      : minimum.years >= partial
        ? [config.partialScore, 'penalty.minPartial', `at least ${partial} but below ${full} years`]
        : [0, 'penalty.minBelow', `below ${partial} years`];
  return evaluation(
    score,
    `The lowest minimum term for ${offences} is ${minimum.years} years (${citeAll(minimum.provisions)}), ${comparison}.`,
    key,
    { offences: config.offences, years: minimum.years, fullYears: full, partialYears: partial },
    minimum.provisions,
  );
};
