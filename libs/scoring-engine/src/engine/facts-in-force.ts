import type { Penalty } from '../legal-facts';
import { ProvisionEvidence } from './evidence';

/**
 * How facts recorded on several provisions combine into the law in force:
 *
 * - lists (acts, means, purposes, ancillary liability, online offences, aggravations): the union
 *   over provisions — the law covers what any in-force provision covers;
 * - "good" booleans (consent irrelevant, legal-person liability, ...): true if any provision says
 *   true; false if some say false and none true; unknown if none states it;
 * - "bad" conditions (border crossing required, means required for children): the criterion is
 *   met when some provision defines the offence without the condition (states false), unmet when
 *   provisions state it and all require it;
 * - penalties: collected from every provision, each remembering where it came from.
 *
 * Each accessor returns the provisions it rests on, for the scorecard's evidence.
 */
export class FactsInForce {
  constructor(readonly provisions: ProvisionEvidence[]) {}

  list(field: 'acts' | 'means' | 'purposes' | 'ancillaryLiability' | 'onlineOffences' | 'aggravatingCircumstances'): { values: Set<string>; sources: string[] } | null {
    const stating = this.provisions.filter((p) => p.facts[field] !== undefined);
    if (stating.length === 0) return null;
    return { values: new Set(stating.flatMap((p) => (p.facts[field] as string[] | undefined) ?? [])), sources: stating.map((p) => p.id) };
  }

  extras(field: 'extraActs' | 'extraMeans' | 'extraPurposes'): string[] {
    return [...new Set(this.provisions.flatMap((p) => p.facts[field] ?? []))];
  }

  /** A fact that is good when true: any true wins. */
  anyTrue(field: 'consentIrrelevant' | 'legalPersonLiability' | 'forfeiture' | 'restitution' | 'demandOffence' | 'mistakeOfAgeDefenceBarred' | 'childNonPunishment' | 'extraterritorialJurisdiction'): { value: boolean; sources: string[] } | null {
    const stating = this.provisions.filter((p) => typeof p.facts[field] === 'boolean');
    if (stating.length === 0) return null;
    const yes = stating.filter((p) => p.facts[field] === true);
    return yes.length ? { value: true, sources: yes.map((p) => p.id) } : { value: false, sources: stating.map((p) => p.id) };
  }

  /** A condition that is bad when true: met when some provision does without it. */
  someWithout(field: 'borderCrossingRequired' | 'meansRequiredForChildren'): { without: boolean; sources: string[] } | null {
    const stating = this.provisions.filter((p) => typeof p.facts[field] === 'boolean');
    if (stating.length === 0) return null;
    const without = stating.filter((p) => p.facts[field] === false);
    return without.length ? { without: true, sources: without.map((p) => p.id) } : { without: false, sources: stating.map((p) => p.id) };
  }

  childAgeThresholds(): { age: number; source: string }[] {
    return this.provisions.filter((p) => typeof p.facts.childAgeThreshold === 'number').map((p) => ({ age: p.facts.childAgeThreshold as number, source: p.id }));
  }

  penalties(offences: Penalty['offence'][]): (Penalty & { source: string })[] {
    return this.provisions.flatMap((p) => (p.facts.penalties ?? []).filter((x) => offences.includes(x.offence)).map((x) => ({ ...x, source: p.id })));
  }

  forcedLabourOffences(): { imprisonment: boolean; allSectors: boolean; source: string }[] {
    return this.provisions.filter((p) => p.facts.forcedLabourOffence).map((p) => ({ ...p.facts.forcedLabourOffence!, source: p.id }));
  }
}
