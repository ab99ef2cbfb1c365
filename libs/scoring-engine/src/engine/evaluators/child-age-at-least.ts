import type { ChildAgeAtLeastConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `childAgeAtLeast` (CST-1): the highest child age threshold stated by a provision in force
 * reaches the age parameter (18: Palermo Art. 3(d)) → 1, else 0; not assessed when none states one.
 */
export const evaluateChildAgeAtLeast: Evaluator<ChildAgeAtLeastConfig> = (config, context) => {
  const required = context.parameters[config.ageParameter];
  const stating = context.provisions.filter((p) => p.facts.childAgeThreshold !== undefined);
  if (stating.length === 0) {
    return evaluation(null, `No provision in force on ${context.asOf} states the age under which a victim is a child.`, 'facts.notStated', {
      field: 'childAgeThreshold',
      asOf: context.asOf,
    });
  }
  const threshold = Math.max(...stating.map((p) => p.facts.childAgeThreshold!));
  const provisions = stating.filter((p) => p.facts.childAgeThreshold === threshold);
  const met = threshold >= required;
  return evaluation(
    met ? 1 : 0,
    `A child is anyone under ${threshold} (${citeAll(provisions)}), ${met ? 'as' : 'below the age'} required (under ${required}).`,
    met ? 'facts.childAge.met' : 'facts.childAge.unmet',
    { threshold, required },
    provisions,
  );
};
