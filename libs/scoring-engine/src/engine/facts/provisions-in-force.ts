import type { IsoDate } from '@lexgap/legal-model';
import type { ProvisionEvidence } from '../evidence';

/** A provision counts while inForceFrom ≤ asOf < inForceTo (the end is exclusive: the day it stops). */
export function isInForce(provision: ProvisionEvidence, asOf: IsoDate): boolean {
  return provision.inForceFrom <= asOf && (provision.inForceTo == null || asOf < provision.inForceTo);
}

export function provisionsInForce(provisions: readonly ProvisionEvidence[], asOf: IsoDate): ProvisionEvidence[] {
  return provisions.filter((provision) => isInForce(provision, asOf));
}

/** "Art. 145 bis of Código Penal", or just the citation when the instrument has no title. */
export function cite(provision: ProvisionEvidence): string {
  return provision.instrumentTitle ? `${provision.citation} of ${provision.instrumentTitle}` : provision.citation;
}

/** "Art. 1 of X and Art. 2 of Y". */
export function citeAll(provisions: readonly ProvisionEvidence[]): string {
  const cited = [...new Set(provisions.map(cite))];
  return cited.length <= 1 ? (cited[0] ?? '') : `${cited.slice(0, -1).join(', ')} and ${cited.at(-1)}`;
}
