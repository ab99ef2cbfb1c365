import type { ShareOfFlagsConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { readFlag } from '../facts/combine-facts';

/**
 * `shareOfFlags`: the share of the listed yes/no facts that hold (each read with "true wins",
 * like `flag`). Assessed only when every one of them is stated by some provision in force: an
 * unstated fact is unknown, and counting it as "no" would score the unknown as zero.
 */
export const evaluateShareOfFlags: Evaluator<ShareOfFlagsConfig> = (config, context) => {
  const readings = config.fields.map((field) => ({ field, reading: readFlag(context.provisions, field, true) }));
  const unknown = readings.filter(({ reading }) => !reading.stated).map(({ field }) => field);
  const known = readings.flatMap(({ field, reading }) => (reading.stated ? [{ field, reading }] : []));
  const held = known.filter(({ reading }) => reading.value).map(({ field }) => field);
  const notHeld = known.filter(({ reading }) => !reading.value).map(({ field }) => field);
  const provisions = known.flatMap(({ reading }) => reading.provisions);

  if (unknown.length > 0) {
    return evaluation(
      null,
      `Not assessed: no provision in force on ${context.asOf} states ${unknown.join(' or ')}${known.length ? ` (stated: ${describeValue(held, notHeld)})` : ''}.`,
      'facts.flagsNotStated',
      { unknown, held, notHeld, asOf: context.asOf },
      provisions,
    );
  }
  return evaluation(held.length / config.fields.length, `${held.length} of ${config.fields.length} hold: ${describeValue(held, notHeld)}.`, 'facts.flagShare', { held, notHeld }, provisions);
};

function describeValue(held: string[], notHeld: string[]): string {
  return [...held.map((f) => `${f} yes`), ...notHeld.map((f) => `${f} no`)].join(', ');
}
