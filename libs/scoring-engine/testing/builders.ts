import type { EvaluationContext } from '../src/engine/evaluation';
import type { ExpertResultInput, JurisdictionEvidence, ProvisionEvidence, SourceFindingInput } from '../src/engine/evidence';
import type { ConfidenceLevel, DatePrecision, IsoDate, LegalFacts, LocalizedText, SourceKind, TreatyActionType } from '@lexgap/legal-model';
import type { TreatyActionInput, TreatyObservationInput } from '../src/treaty-status';

/** Small builders for the specs of this library (not exported from the package). */

export const en = (text: string): LocalizedText => ({ en: text });

export function provision(
  id: string,
  facts: LegalFacts,
  options: { from?: IsoDate; to?: IsoDate; citation?: string; instrumentTitle?: string; factsAsOf?: IsoDate; sourceKind?: SourceKind; confidence?: ConfidenceLevel; verified?: boolean } = {},
): ProvisionEvidence {
  return {
    id,
    instrumentId: 'penal-code',
    ...(options.instrumentTitle ? { instrumentTitle: options.instrumentTitle } : {}),
    citation: options.citation ?? id,
    inForceFrom: options.from ?? '2000-01-01',
    ...(options.to ? { inForceTo: options.to } : {}),
    facts,
    factsAsOf: options.factsAsOf ?? options.from ?? '2000-01-01',
    sourceKind: options.sourceKind ?? 'PRIMARY',
    confidence: options.confidence ?? null,
    verified: options.verified ?? false,
  };
}

export function action(id: string, treaty: string, type: TreatyActionType, date: IsoDate, datePrecision: DatePrecision = 'DAY', verified = true): TreatyActionInput {
  return { id, treaty, type, date, datePrecision, verified };
}

export function observation(id: string, treaty: string, status: 'PARTY' | 'NOT_PARTY', observedOn: IsoDate, verified = true): TreatyObservationInput {
  return { id, treaty, status, observedOn, verified };
}

export function expert(criterionId: string, result: number | 'NOT_APPLICABLE', decidedOn: IsoDate, assessmentId = `asmt-${criterionId}`): ExpertResultInput {
  return { criterionId, result, rationale: `Reviewed ${criterionId}.`, assessmentId, decidedOn };
}

/**
 * A source finding on a criterion of the shipped rubric: by default the TIP Report 2019 finding
 * the penalties commensurate with those for rape (PEN-3), on the wording `art-1` in force from 2000.
 */
export function finding(id: string, result: number, asOf: IsoDate, options: Partial<Omit<SourceFindingInput, 'id' | 'result' | 'asOf'>> = {}): SourceFindingInput {
  return {
    id,
    rubricId: 'tip-legal-framework',
    criterionId: 'PEN-3',
    judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE',
    holds: result > 0,
    result,
    provisionId: 'art-1',
    citation: 'Art. 1',
    inForceFrom: '2000-01-01',
    inForceTo: null,
    asOf,
    sourceKind: 'SECONDARY',
    sourceCitation: `US Department of State, Trafficking in Persons Report ${asOf.slice(0, 4)}`,
    sourceUrl: 'https://www.state.gov/trafficking-in-persons-report/',
    confidence: 'MEDIUM',
    ...options,
  };
}

/** The parameters of the shipped rubric v1. */
export const V1_PARAMETERS = { seriousCrimeMinYears: 4, deterrentMinYears: 4, deterrentPartialYears: 2, rapeComparisonPartialRatio: 0.8, childAge: 18 };

export function context(partial: Partial<EvaluationContext> = {}): EvaluationContext {
  return { asOf: '2024-01-01', parameters: V1_PARAMETERS, provisions: [], treatyActions: [], treatyObservations: [], treaties: [], ...partial };
}

export function evidence(partial: Partial<JurisdictionEvidence> = {}): JurisdictionEvidence {
  return { jurisdiction: 'ZZ', treatyActions: [], treatyObservations: [], treaties: [], provisions: [], expertResults: [], ...partial };
}
