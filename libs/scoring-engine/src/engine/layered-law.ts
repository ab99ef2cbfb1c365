import type { ExpertResultInput, JurisdictionEvidence, ProvisionEvidence } from './evidence';

/** Which level of a federation enacted a law: the nation (in force in every unit) or a unit itself. */
export const LAW_LEVELS = ['NATIONAL', 'SUBNATIONAL'] as const;
export type LawLevel = (typeof LAW_LEVELS)[number];

/**
 * # The law that applies in a sub-national unit
 *
 * A state or province is bound by its country's law as well as its own, and by the treaties its
 * country is party to (a unit is not a party: the state party is). So a unit's evidence is:
 *
 * - **Treaty status**: the country's treaty actions and observations only.
 * - **Provisions**: the national provisions and the unit's own, each tagged with the jurisdiction
 *   that enacted it. They combine by the same fact rules as several provisions of one country
 *   (`facts/combine-facts.ts`): lists are the union, the highest sentence any provision allows
 *   counts, and a loophole any provision in force opens is open.
 * - **Source findings**: the country's (a report's judgement of the national law) and the unit's.
 * - **Expert results**: the unit's own; where it has none for a criterion, the country's, tagged
 *   with the country's code (`inheritedExpertResult` in score-jurisdiction decides when it yields).
 *
 * A unit that records no law of its own therefore scores exactly as its country.
 */
export function layeredEvidence(national: JurisdictionEvidence, unit: JurisdictionEvidence): JurisdictionEvidence {
  const tag =
    (code: string) =>
    (p: ProvisionEvidence): ProvisionEvidence => ({ ...p, jurisdiction: p.jurisdiction ?? code });
  const tagResult =
    (code: string) =>
    (r: ExpertResultInput): ExpertResultInput => ({ ...r, jurisdiction: r.jurisdiction ?? code });
  return {
    jurisdiction: unit.jurisdiction,
    nationalJurisdiction: national.jurisdiction,
    treatyActions: national.treatyActions,
    treatyObservations: national.treatyObservations,
    treaties: national.treaties ?? unit.treaties,
    provisions: [...national.provisions.map(tag(national.jurisdiction)), ...unit.provisions.map(tag(unit.jurisdiction))],
    sourceFindings: [...(national.sourceFindings ?? []), ...(unit.sourceFindings ?? [])],
    expertResults: [...national.expertResults.map(tagResult(national.jurisdiction)), ...unit.expertResults.map(tagResult(unit.jurisdiction))],
  };
}

/** Whether a record was made for another jurisdiction than the one scored (the unit's country). */
export function isInherited(record: { jurisdiction?: string }, evidence: Pick<JurisdictionEvidence, 'jurisdiction'>): boolean {
  return record.jurisdiction !== undefined && record.jurisdiction !== evidence.jurisdiction;
}
