import type { PenaltyMinAtLeastConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { citationsOf, lowestSentence, penaltiesFor } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `penaltyMinAtLeast` (PEN-4): the lowest sentence a court may impose for the offences
 * (`lowestSentence`): at least the full parameter (4 years) → 1, at least the partial one
 * (2 years) → `partialScore`, else 0; not assessed when no penalty states a term.
 * - A fine in lieu of imprisonment: the lowest sentence is no imprisonment, 0 years → 0.
 * - A maximum below every stated minimum (`4-8` here, `max 3` there): the lowest sentence is at
 *   most 3 years, exact value not recorded. The full threshold is then certainly not met; below the
 *   bound the record is silent, and unknown is never scored as zero, so the bound is scored:
 *   3 ≥ 2 → `partialScore` (the most the law can earn on its record). A bound at or above the full
 *   threshold shows nothing: not assessed.
 */
export const evaluatePenaltyMinAtLeast: Evaluator<PenaltyMinAtLeastConfig> = (config, context) => {
  const full = context.parameters[config.fullYearsParameter];
  const partial = context.parameters[config.partialYearsParameter];
  const offences = config.offences.join(' or ');
  const lowest = lowestSentence(penaltiesFor(context.provisions, config.offences));
  if (!lowest) {
    return evaluation(null, `No minimum term for ${offences} is stated by a provision in force on ${context.asOf}.`, 'penalty.minNotStated', {
      offences: config.offences,
      asOf: context.asOf,
    });
  }
  const { years, provisions } = lowest;
  const cited = citeAll(provisions);
  const params = { offences: config.offences, years, fullYears: full, partialYears: partial };
  const level = years >= full ? 'full' : years >= partial ? 'partial' : 'below';
  const score = { full: 1, partial: config.partialScore, below: 0 }[level];

  if (lowest.bound === 'atMost') {
    const withCitations = { ...params, citations: citationsOf(provisions) };
    const bound = `The penalty for ${offences} is at most ${years} years, with no minimum stated (${cited}), so`;
    if (level === 'full') {
      return evaluation(null, `${bound} it is not known whether the lowest sentence a court may impose reaches the ${full} years required.`, 'penalty.minAtMostUnknown', withCitations, provisions);
    }
    const text =
      level === 'partial'
        ? `${bound} the lowest sentence a court may impose is at most ${years} years, below the ${full} years required. How much lower it may be is not recorded: it is scored at that bound, at least ${partial} years.`
        : `${bound} the lowest sentence a court may impose is at most ${years} years, below ${partial} years.`;
    return evaluation(score, text, level === 'partial' ? 'penalty.minAtMostPartial' : 'penalty.minAtMostBelow', withCitations, provisions);
  }

  if (lowest.reason === 'fineInLieu' && level === 'below') {
    return evaluation(
      score,
      `A fine may replace imprisonment for ${offences} under ${cited}, so the lowest sentence a court may impose is no imprisonment; ${full} years required.`,
      'penalty.minFineInLieu',
      { ...params, citations: citationsOf(provisions) },
      provisions,
    );
  }
  const comparison = { full: `at least ${full} years`, partial: `at least ${partial} but below ${full} years`, below: `below ${partial} years` }[level];
  const key = { full: 'penalty.minFull', partial: 'penalty.minPartial', below: 'penalty.minBelow' }[level];
  return evaluation(score, `The lowest minimum term for ${offences} is ${years} years (${cited}), ${comparison}.`, key, params, provisions);
};
