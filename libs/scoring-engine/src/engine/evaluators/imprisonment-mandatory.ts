import type { ImprisonmentMandatoryConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { hasImprisonment, penaltiesFor } from '../facts/combine-facts';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `imprisonmentMandatory` (PEN-1): over every penalty stated for the offences (the base
 * trafficking offence in the default rubric): 0 if any allows a fine in lieu of imprisonment or
 * has no term of imprisonment (a fine-only sentence is then possible); 1 if all require
 * imprisonment; not assessed when none is stated. A penalty with a term and no statement about a
 * fine in lieu is read as requiring imprisonment: the law prescribes prison, and an alternative
 * is something experts record when the text provides one.
 */
export const evaluateImprisonmentMandatory: Evaluator<ImprisonmentMandatoryConfig> = (config, context) => {
  const offences = config.offences.join(' or ');
  const penalties = penaltiesFor(context.provisions, config.offences);
  if (penalties.length === 0) {
    return evaluation(null, `No penalty for ${offences} is stated by a provision in force on ${context.asOf}.`, 'penalty.notStated', {
      offences: config.offences,
      asOf: context.asOf,
    });
  }
  const fineInLieu = penalties.filter(({ penalty }) => penalty.fineInLieuOfImprisonment === true);
  if (fineInLieu.length > 0) {
    const provisions = fineInLieu.map(({ provision }) => provision);
    return evaluation(
      0,
      `${citeAll(provisions)} allow${provisions.length > 1 ? '' : 's'} a fine in lieu of imprisonment for ${offences}.`,
      'penalty.fineInLieu',
      { offences: config.offences },
      provisions,
    );
  }
  const noPrison = penalties.filter(({ penalty }) => !hasImprisonment(penalty));
  if (noPrison.length > 0) {
    const provisions = noPrison.map(({ provision }) => provision);
    return evaluation(
      0,
      `${citeAll(provisions)} punish${provisions.length > 1 ? '' : 'es'} ${offences} without a term of imprisonment.`,
      'penalty.noImprisonment',
      { offences: config.offences },
      provisions,
    );
  }
  const provisions = penalties.map(({ provision }) => provision);
  return evaluation(1, `Every penalty stated for ${offences} requires imprisonment (${citeAll(provisions)}).`, 'penalty.imprisonmentMandatory', { offences: config.offences }, provisions);
};
