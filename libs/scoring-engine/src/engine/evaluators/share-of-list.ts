import { CLOSED_LISTS, type LegalFactList } from '@lexgap/legal-model';
import type { ShareOfListConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { unionOfList } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/** What a list holds, for explanations: "Covers 3 of the 5 acts". */
const NOUNS: Record<LegalFactList, string> = {
  acts: 'acts',
  means: 'means',
  purposes: 'purposes',
  aggravatingCircumstances: 'aggravating circumstances',
  ancillaryLiability: 'forms of participation',
  onlineOffences: 'online and material offences',
};

/**
 * `shareOfList`: the share of the closed list (or of its `items`) covered by the union of the
 * in-force provisions' lists. Values outside the counted items (the `extra*` entries, and list
 * values the criterion does not count) are named in the explanation but add nothing. Not
 * assessed when no provision in force states the list.
 */
export const evaluateShareOfList: Evaluator<ShareOfListConfig> = (config, context) => {
  const union = unionOfList(context.provisions, config.field);
  const noun = NOUNS[config.field];
  if (!union.stated) {
    return evaluation(null, `No provision in force on ${context.asOf} states the ${noun} covered.`, 'facts.notStated', {
      field: config.field,
      asOf: context.asOf,
    });
  }
  const counted: readonly string[] = config.items ?? CLOSED_LISTS[config.list];
  const covered = counted.filter((item) => union.covered.has(item));
  const missing = counted.filter((item) => !union.covered.has(item));
  const alsoRecorded = [...[...union.covered].filter((item) => !counted.includes(item)), ...union.extras];

  const coveredText = covered.length === counted.length ? `all ${counted.length} ${noun}` : `${covered.length} of the ${counted.length} ${noun}`;
  const missingText = missing.length > 0 ? `; missing: ${missing.join(', ')}` : '';
  const extraText = alsoRecorded.length > 0 ? `; also recorded, not counted: ${alsoRecorded.join(', ')}` : '';
  return evaluation(
    covered.length / counted.length,
    `${citeAll(union.provisions)} cover${union.provisions.length > 1 ? '' : 's'} ${coveredText}${missingText}${extraText}.`,
    'facts.share',
    { field: config.field, covered, missing, alsoRecorded, count: covered.length, total: counted.length },
    union.provisions,
  );
};
