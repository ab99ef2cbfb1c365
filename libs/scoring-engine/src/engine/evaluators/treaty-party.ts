import { formatAtPrecision } from '@lexgap/legal-model';
import type { TreatyPartyConfig } from '../../rubric/evaluator-config';
import { adoptionDateOf, TreatyActionInput, TreatyStatus, treatyStatusAsOf } from '../../treaty-status';
import { Evaluation, Evaluator, explanation, refs } from '../evaluation';
import type { ExplanationParam } from '../scorecard';

/**
 * `treatyParty`: PARTY 1, SIGNATORY the criterion's `signedScore` (0.25 for PAL-1, PAL-2 and CST-8;
 * 0 for ILO conventions, whose scale has no step for a signature), NOT_PARTY 0, UNKNOWN not
 * assessed: with nothing recorded the engine does not know, and never scores 0. Before the
 * treaty's adoption date it did not exist: not assessed either (no state could be a party or not).
 */
export const evaluateTreatyParty: Evaluator<TreatyPartyConfig> = (config, context) => {
  const adoptedOn = adoptionDateOf(context.treaties, config.treaty);
  const status = treatyStatusAsOf(config.treaty, context.asOf, context.treatyActions, context.treatyObservations, adoptedOn);
  const evidence = refs({ treatyActions: status.basis.actionIds, treatyObservations: status.basis.observationId ? [status.basis.observationId] : [] });
  const result = (score: number | null, text: string, key: string, params: Record<string, ExplanationParam>): Evaluation => ({
    score,
    explanation: explanation(text, key, { treaty: config.treaty, status: status.status, ...params }),
    evidence,
  });
  const action = (id: string) => context.treatyActions.find((a) => a.id === id)!;

  switch (status.rule) {
    case 'NOT_YET_ADOPTED':
      return result(null, `${config.treaty} was adopted on ${adoptedOn}; it did not exist on ${context.asOf}, so no state could be a party or not (not assessed).`, 'treaty.notYetAdopted', {
        adoptedOn: adoptedOn!,
        asOf: context.asOf,
      });
    case 'CONSENT': {
      const consent = action(status.basis.actionIds[0]);
      return result(1, `Party since ${since(status)} (${describeValue(consent)}).`, 'treaty.party', actionParams(status, consent));
    }
    case 'DENUNCIATION': {
      const denunciation = action(status.basis.actionIds.at(-1)!);
      return result(0, `Not a party since ${since(status)} (${describeValue(denunciation)}).`, 'treaty.denounced', actionParams(status, denunciation));
    }
    case 'SIGNATURE': {
      const signature = action(status.basis.actionIds[0]);
      return result(config.signedScore, `Signatory since ${since(status)} (${describeValue(signature)}) but not a party; a signature alone scores ${config.signedScore}.`, 'treaty.signatory', {
        ...actionParams(status, signature),
        signedScore: config.signedScore,
      });
    }
    case 'OBSERVATION': {
      const observation = context.treatyObservations.find((o) => o.id === status.basis.observationId)!;
      const unverified = observation.verified ? '' : ', unverified';
      const params = { observedOn: observation.observedOn, verified: observation.verified };
      return status.status === 'PARTY'
        ? result(1, `Party according to a source observed on ${observation.observedOn} (date of consent not recorded${unverified}).`, 'treaty.partyObserved', params)
        : result(0, `Not a party according to a source observed on ${observation.observedOn} (no treaty action recorded${unverified}).`, 'treaty.notPartyObserved', params);
    }
    case 'NOTHING_RECORDED':
      return result(null, `Nothing is recorded about ${config.treaty} as of ${context.asOf}, so the status is unknown (not assessed, never counted as not a party).`, 'treaty.unknown', {
        asOf: context.asOf,
      });
  }
};

function since(status: TreatyStatus): string {
  return formatAtPrecision(status.since!, status.datePrecision!);
}

/** "ratification, day precision" (", unverified" when the record is not verified). */
function describeValue(action: TreatyActionInput): string {
  return `${action.type.toLowerCase()}, ${action.datePrecision.toLowerCase()} precision${action.verified ? '' : ', unverified'}`;
}

function actionParams(status: TreatyStatus, action: TreatyActionInput): Record<string, ExplanationParam> {
  return { since: status.since!, datePrecision: status.datePrecision!, actionType: action.type, verified: action.verified };
}
