import type { PenaltyMinComparedToConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { lowestMinimum, penaltiesFor, TermReading } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `penaltyMinComparedTo` (PEN-3): the lowest minimum for the first of `offences` that has one
 * (SEX_TRAFFICKING, else the base TRAFFICKING offence) against the lowest minimum for the
 * comparator (RAPE): at least equal → 1, at least `ratio` of it (80 %) → `partialScore`, below → 0.
 * Not assessed unless both minimums are stated.
 */
export const evaluatePenaltyMinComparedTo: Evaluator<PenaltyMinComparedToConfig> = (config, context) => {
  const ratio = context.parameters[config.partialRatioParameter];
  const found = config.offences
    .map((offence) => ({ offence, minimum: lowestMinimum(penaltiesFor(context.provisions, [offence])) }))
    .find((candidate): candidate is { offence: (typeof config.offences)[number]; minimum: TermReading } => candidate.minimum !== undefined);
  const comparator = lowestMinimum(penaltiesFor(context.provisions, [config.comparator]));
  if (!found || !comparator) {
    const lacking = [...(found ? [] : [config.offences.join(' or ')]), ...(comparator ? [] : [config.comparator])].join(' or ');
    return evaluation(
      null,
      `Not assessed: no minimum term for ${lacking} is stated by a provision in force on ${context.asOf}.`,
      'penalty.comparisonNotStated',
      { offences: config.offences, comparator: config.comparator, asOf: context.asOf },
      [...(found?.minimum.provisions ?? []), ...(comparator?.provisions ?? [])],
    );
  }
  const years = found.minimum.years;
  const [score, key, relation] =
    years >= comparator.years
      ? [1, 'penalty.comparison.atLeast', 'at least']
      : years >= ratio * comparator.years
        ? [config.partialScore, 'penalty.comparison.partial', `at least ${Math.round(ratio * 100)} % of, but below,`]
        : [0, 'penalty.comparison.below', `below ${Math.round(ratio * 100)} % of`];
  return evaluation(
    score,
    `The minimum term for ${found.offence} (${years} years, ${citeAll(found.minimum.provisions)}) is ${relation} the minimum for ${config.comparator} (${comparator.years} years, ${citeAll(comparator.provisions)}).`,
    key,
    { offence: found.offence, years, comparator: config.comparator, comparatorYears: comparator.years, ratio },
    [...found.minimum.provisions, ...comparator.provisions],
  );
};
