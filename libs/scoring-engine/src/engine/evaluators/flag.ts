import type { FlagConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { readFlag } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `flag`: a yes/no fact. 1 when some provision in force states the favourable value (`metWhen`),
 * 0 when provisions state the fact and all give the other value, not assessed when none states it.
 */
export const evaluateFlag: Evaluator<FlagConfig> = (config, context) => {
  const reading = readFlag(context.provisions, config.field, config.metWhen);
  if (!reading.stated) {
    return evaluation(null, `No provision in force on ${context.asOf} states ${config.field}.`, 'facts.notStated', {
      field: config.field,
      asOf: context.asOf,
    });
  }
  const cited = citeAll(reading.provisions);
  const params = { field: config.field, value: reading.value, metWhen: config.metWhen };
  return reading.favourable
    ? evaluation(1, `${cited} state${plural(reading.provisions.length)} ${config.field} = ${reading.value}.`, 'facts.flag.met', params, reading.provisions)
    : evaluation(
        0,
        `${cited} state${plural(reading.provisions.length)} ${config.field} = ${reading.value}, and no provision in force states otherwise.`,
        'facts.flag.unmet',
        params,
        reading.provisions,
      );
};

function plural(count: number): string {
  return count > 1 ? '' : 's';
}
