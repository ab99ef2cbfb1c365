import type { PenaltyMaxAtLeastConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { citationsOf, highestMaximum, highestOpenEndedMinimum, lifeMaximum, penaltiesFor } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `penaltyMaxAtLeast` (PEN-2): the most a court may impose for the offences reaches the parameter
 * (UNTOC Art. 2(b): a serious crime carries a maximum of at least four years) → 1, else 0.
 * - A maximum of life imprisonment → 1: life is above any number of years.
 * - The highest maximum stated reaching it → 1.
 * - Else an open-ended term (`TRAFFICKING 4+`: a minimum and no maximum stated) whose minimum
 *   reaches it → 1: a court may impose at least that minimum, so the maximum is at least as high.
 * - Else a stated maximum below it → 0. An open-ended term with a lower minimum says nothing
 *   certain about the maximum: alone, not assessed; beside a stated maximum, that maximum decides.
 */
export const evaluatePenaltyMaxAtLeast: Evaluator<PenaltyMaxAtLeastConfig> = (config, context) => {
  const required = context.parameters[config.minYearsParameter];
  const offences = config.offences.join(' or ');
  const penalties = penaltiesFor(context.provisions, config.offences);
  const maximum = highestMaximum(penalties);
  const openEnded = highestOpenEndedMinimum(penalties);
  const life = lifeMaximum(penalties);
  if (life) {
    return evaluation(
      1,
      `The maximum penalty for ${offences} is life imprisonment (${citeAll(life.provisions)}), above the ${required} years required.`,
      'penalty.maxLife',
      { offences: config.offences, required, citations: citationsOf(life.provisions) },
      life.provisions,
    );
  }
  if (maximum && maximum.years >= required) {
    return evaluation(
      1,
      `The highest maximum term for ${offences} is ${maximum.years} years (${citeAll(maximum.provisions)}), at least the ${required} years required.`,
      'penalty.maxAtLeast',
      { offences: config.offences, years: maximum.years, required },
      maximum.provisions,
    );
  }
  if (openEnded && openEnded.years >= required) {
    return evaluation(
      1,
      `The penalty for ${offences} is at least ${openEnded.years} years, with no maximum stated (${citeAll(openEnded.provisions)}), so a court may impose at least ${openEnded.years} years: the maximum is at least the ${required} years required.`,
      'penalty.maxOpenEnded',
      { offences: config.offences, years: openEnded.years, required, citations: citationsOf(openEnded.provisions) },
      openEnded.provisions,
    );
  }
  if (!maximum) {
    return evaluation(null, `No maximum term for ${offences} is stated by a provision in force on ${context.asOf}.`, 'penalty.maxNotStated', {
      offences: config.offences,
      asOf: context.asOf,
    });
  }
  return evaluation(
    0,
    `The highest maximum term for ${offences} is ${maximum.years} years (${citeAll(maximum.provisions)}), below the ${required} years required.`,
    'penalty.maxBelow',
    { offences: config.offences, years: maximum.years, required },
    maximum.provisions,
  );
};
