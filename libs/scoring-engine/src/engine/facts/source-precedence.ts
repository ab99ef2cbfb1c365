import { LEGAL_FACT_LISTS, type LegalFactList, type LegalFacts, type PenaltyOffence } from '@lexgap/legal-model';
import type { ProvisionEvidence } from '../evidence';

/**
 * A report's description of the law (SECONDARY: the US TIP Report's "penalties of 5 to 15 years")
 * yields to a reading of the law itself (PRIMARY: the text; EXPERT: an expert's reviewed reading)
 * on each fact both speak to. Without this, "the law allows whatever any provision in force
 * allows" (combine-facts.ts) would let a report's older or looser description outvote the text an
 * expert has read: a TIP narrative's "fine in lieu of prison" would keep PEN-1 unmet after the
 * expert recorded the amended article that removed it.
 *
 * Fact by fact: a field any PRIMARY or EXPERT provision in force states is dropped from the
 * SECONDARY provisions (a list together with its `extra*` words); penalties offence by offence
 * (a text read for RAPE leaves a report's TRAFFICKING penalty standing). What no reading of the
 * text states, the report still tells. A SECONDARY provision left with no facts states nothing,
 * so no evaluator cites it.
 */
export function preferReadingsOfTheText(provisions: readonly ProvisionEvidence[]): ProvisionEvidence[] {
  const fromText = provisions.filter((p) => p.sourceKind !== 'SECONDARY');
  if (fromText.length === 0 || fromText.length === provisions.length) return [...provisions];
  const fields = new Set<string>();
  const offences = new Set<PenaltyOffence>();
  for (const { facts } of fromText) {
    for (const [field, value] of Object.entries(facts)) if (value !== undefined && field !== 'penalties') fields.add(field);
    for (const penalty of facts.penalties ?? []) offences.add(penalty.offence);
  }
  return provisions.map((p) => (p.sourceKind === 'SECONDARY' ? { ...p, facts: withoutFacts(p.facts, fields, offences) } : p));
}

function withoutFacts(facts: LegalFacts, fields: ReadonlySet<string>, offences: ReadonlySet<PenaltyOffence>): LegalFacts {
  const dropped = new Set(fields);
  for (const [list, { extras }] of Object.entries(LEGAL_FACT_LISTS) as [LegalFactList, { extras?: string }][]) if (extras && fields.has(list)) dropped.add(extras);
  const kept = Object.fromEntries(Object.entries(facts).filter(([field]) => field !== 'penalties' && !dropped.has(field))) as LegalFacts;
  const penalties = (facts.penalties ?? []).filter((penalty) => !offences.has(penalty.offence));
  return penalties.length > 0 ? { ...kept, penalties } : kept;
}
