import type { ProvisionEvidence } from '../evidence';
import type { ForcedLabourOffenceConfig } from '../../rubric/evaluator-config';
import { evaluation, Evaluator } from '../evaluation';
import { citeAll } from '../facts/provisions-in-force';

/**
 * `forcedLabourOffence` (ILO-7): per provision, imprisonment covering all sectors → 1,
 * imprisonment only → `imprisonmentOnlyScore`, no imprisonment → 0; the best provision in force
 * counts (both qualities must belong to one offence). Not assessed when none records the offence.
 */
export const evaluateForcedLabourOffence: Evaluator<ForcedLabourOffenceConfig> = (config, context) => {
  const stating = context.provisions.filter((p) => p.facts.forcedLabourOffence !== undefined);
  if (stating.length === 0) {
    return evaluation(null, `No provision in force on ${context.asOf} records a forced labour offence.`, 'facts.notStated', {
      field: 'forcedLabourOffence',
      asOf: context.asOf,
    });
  }
  const scoreOf = (p: ProvisionEvidence) => {
    const offence = p.facts.forcedLabourOffence!;
    return offence.imprisonment ? (offence.allSectors ? 1 : config.imprisonmentOnlyScore) : 0;
  };
  const best = Math.max(...stating.map(scoreOf));
  const provisions = stating.filter((p) => scoreOf(p) === best);
  const { imprisonment, allSectors } = provisions[0].facts.forcedLabourOffence!;
  const [key, text] = !imprisonment
    ? ['facts.forcedLabour.noImprisonment', 'Forced labour is not punishable by imprisonment']
    : allSectors
      ? ['facts.forcedLabour.full', 'Forced labour is punishable by imprisonment in every sector']
      : ['facts.forcedLabour.imprisonmentOnly', 'Forced labour is punishable by imprisonment, but not in every sector'];
  return evaluation(best, `${text} (${citeAll(provisions)}).`, key, { imprisonment, allSectors }, provisions);
};
