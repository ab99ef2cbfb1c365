import type { PenaltyMinComparedToConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { citationsOf, lowestMinimum, lowestSentence, penaltiesFor, SentenceReading } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `penaltyMinComparedTo` (PEN-3): the lowest sentence a court may impose (`lowestSentence`, as
 * PEN-4 reads it) for the first of `offences` that has one (SEX_TRAFFICKING, else the base
 * TRAFFICKING offence) against the lowest minimum for the comparator (RAPE): at least equal → 1,
 * at least `ratio` of it (80 %) → `partialScore`, below → 0. A fine in lieu of imprisonment makes
 * the lowest sentence 0 years: not commensurate. An "at most" lowest sentence is scored at its bound
 * as in PEN-4, and not assessed when the bound reaches the comparator's minimum. Not assessed
 * unless both are stated.
 */
export const evaluatePenaltyMinComparedTo: Evaluator<PenaltyMinComparedToConfig> = (config, context) => {
  const ratio = context.parameters[config.partialRatioParameter];
  const found = config.offences
    .map((offence) => ({ offence, lowest: lowestSentence(penaltiesFor(context.provisions, [offence])) }))
    .find((candidate): candidate is { offence: (typeof config.offences)[number]; lowest: SentenceReading } => candidate.lowest !== undefined);
  const comparator = lowestMinimum(penaltiesFor(context.provisions, [config.comparator]));
  if (!found || !comparator) {
    const lacking = [...(found ? [] : [config.offences.join(' or ')]), ...(comparator ? [] : [config.comparator])].join(' or ');
    return evaluation(
      null,
      `Not assessed: no minimum term for ${lacking} is stated by a provision in force on ${context.asOf}.`,
      'penalty.comparisonNotStated',
      { offences: config.offences, comparator: config.comparator, asOf: context.asOf },
      [...(found?.lowest.provisions ?? []), ...(comparator?.provisions ?? [])],
    );
  }
  const { offence, lowest } = found;
  const { years } = lowest;
  const percent = `${Math.round(ratio * 100)} %`;
  const provisions = [...lowest.provisions, ...comparator.provisions];
  const params = { offence, years, comparator: config.comparator, comparatorYears: comparator.years, ratio };
  const withCitations = { ...params, citations: citationsOf(lowest.provisions), comparatorCitations: citationsOf(comparator.provisions) };
  const level = years >= comparator.years ? 'atLeast' : years >= ratio * comparator.years ? 'partial' : 'below';
  const score = { atLeast: 1, partial: config.partialScore, below: 0 }[level];
  const comparatorMinimum = `the minimum for ${config.comparator} (${comparator.years} years, ${citeAll(comparator.provisions)})`;

  if (lowest.bound === 'atMost') {
    const bound = `The penalty for ${offence} is at most ${years} years, with no minimum stated (${citeAll(lowest.provisions)}), so`;
    if (level === 'atLeast') {
      return evaluation(null, `${bound} it is not known whether the lowest sentence a court may impose reaches ${comparatorMinimum}.`, 'penalty.comparison.atMostUnknown', withCitations, provisions);
    }
    const text =
      level === 'partial'
        ? `${bound} the lowest sentence a court may impose is at most ${years} years, below ${comparatorMinimum}. How much lower it may be is not recorded: it is scored at that bound, at least ${percent} of it.`
        : `${bound} the lowest sentence a court may impose is at most ${years} years, below ${percent} of ${comparatorMinimum}.`;
    return evaluation(score, text, level === 'partial' ? 'penalty.comparison.atMostPartial' : 'penalty.comparison.atMostBelow', withCitations, provisions);
  }

  if (lowest.reason === 'fineInLieu' && level === 'below') {
    return evaluation(
      score,
      `A fine may replace imprisonment for ${offence} under ${citeAll(lowest.provisions)}, so the lowest sentence a court may impose is no imprisonment, below ${percent} of ${comparatorMinimum}.`,
      'penalty.comparison.fineInLieu',
      withCitations,
      provisions,
    );
  }
  const relation = { atLeast: 'at least', partial: `at least ${percent} of, but below,`, below: `below ${percent} of` }[level];
  const key = { atLeast: 'penalty.comparison.atLeast', partial: 'penalty.comparison.partial', below: 'penalty.comparison.below' }[level];
  return evaluation(
    score,
    `The minimum term for ${offence} (${years} years, ${citeAll(lowest.provisions)}) is ${relation} the minimum for ${config.comparator} (${comparator.years} years, ${citeAll(comparator.provisions)}).`,
    key,
    params,
    provisions,
  );
};
