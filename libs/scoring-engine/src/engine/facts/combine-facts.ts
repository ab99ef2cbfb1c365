import { LEGAL_FACT_LISTS, LegalFactFlag, LegalFactList, Penalty, type PenaltyOffence } from '@lexgap/legal-model';
import type { ProvisionEvidence } from '../evidence';

/**
 * # How legal facts combine across the provisions in force
 *
 * A jurisdiction's law is spread over several provisions (a penal code article, a special law,
 * a procedure code). Each evaluator reads the provisions in force on the as-of date through the
 * functions below, so every evaluator of a kind combines them the same way. One principle covers
 * all of them: **the law allows whatever any provision in force allows.**
 *
 * - Lists (acts, means, purposes, ancillary liability, aggravations, online offences): the union.
 *   The conduct is covered if any provision covers it. A list no provision states is unknown.
 * - Yes/no facts: the favourable value wins if any provision states it; the unfavourable value
 *   holds only if provisions state it and none states the favourable one; unknown if none states
 *   the fact. "Favourable" is the rubric's `metWhen`: true for "consent is irrelevant", false for
 *   "a border crossing is required" (PAL-7 is met when some provision punishes trafficking with no
 *   border crossing) and for "means are required for children" (CST-2 likewise).
 * - Shares of yes/no facts (PEN-7: forfeiture and restitution): each fact read as above; assessed
 *   only when every one of them is stated, since counting an unstated fact as "no" would score
 *   the unknown as zero.
 * - Penalties: every penalty stated for the offence counts, read as the sentence a court may
 *   impose. A loophole any one provision opens is open: PEN-1 fails if any penalty for the base
 *   offence allows a fine instead of prison or has no term of imprisonment.
 *   - The highest sentence (PEN-2): life imprisonment when any penalty's maximum is life
 *     (`lifeMaximum`: above any number of years), else the highest maximum stated; a penalty with
 *     a minimum and no maximum (`4+`) lets a court impose at least that minimum
 *     (`highestOpenEndedMinimum`). A maximum of life is not open-ended: it is the highest there is.
 *   - The lowest sentence (PEN-3, PEN-4: `lowestSentence`): no imprisonment when any penalty allows
 *     a fine in lieu of it; else the lowest minimum stated, unless a penalty's maximum is below it
 *     (or no minimum is stated): then the lowest sentence is at most that maximum, its exact value
 *     not recorded. A maximum at or above the lowest minimum does not lower it, nor does a
 *     maximum of life imprisonment (the minimum of such a penalty counts as any other).
 * - Child age threshold: the highest threshold stated (a child is protected up to it somewhere).
 * - Forced labour offence (ILO-7): the best single provision, since imprisonment and sector
 *   coverage must come from the same offence to punish forced labour in every sector.
 */

export interface ListUnion {
  /** false when no provision in force states the list: the result is unknown, not zero. */
  stated: boolean;
  /** Closed-list values covered by at least one provision. */
  covered: Set<string>;
  /** Values recorded outside the closed list, in the law's words. */
  extras: string[];
  /** The provisions that state the list. */
  provisions: ProvisionEvidence[];
}

export function unionOfList(provisions: readonly ProvisionEvidence[], field: LegalFactList): ListUnion {
  const extrasField = LEGAL_FACT_LISTS[field].extras;
  const stating = provisions.filter((p) => p.facts[field] !== undefined);
  const covered = new Set<string>(stating.flatMap((p) => p.facts[field] ?? []));
  const extras = new Set<string>(extrasField ? provisions.flatMap((p) => p.facts[extrasField] ?? []) : []);
  return { stated: stating.length > 0, covered, extras: [...extras], provisions: stating };
}

export type FlagReading =
  | { stated: false }
  | {
      stated: true;
      /** The combined value of the fact. */
      value: boolean;
      favourable: boolean;
      /** The provisions stating the combined value. */
      provisions: ProvisionEvidence[];
    };

/** A yes/no fact across provisions: `favourableValue` wins if any provision states it. */
export function readFlag(provisions: readonly ProvisionEvidence[], field: LegalFactFlag, favourableValue: boolean): FlagReading {
  const stating = provisions.filter((p) => p.facts[field] !== undefined);
  if (stating.length === 0) return { stated: false };
  const favourable = stating.filter((p) => p.facts[field] === favourableValue);
  return favourable.length > 0 ? { stated: true, value: favourableValue, favourable: true, provisions: favourable } : { stated: true, value: !favourableValue, favourable: false, provisions: stating };
}

export interface StatedPenalty {
  penalty: Penalty;
  provision: ProvisionEvidence;
}

/** Every penalty the provisions state for one of `offences`. */
export function penaltiesFor(provisions: readonly ProvisionEvidence[], offences: readonly PenaltyOffence[]): StatedPenalty[] {
  return provisions.flatMap((provision) => (provision.facts.penalties ?? []).filter((penalty) => offences.includes(penalty.offence)).map((penalty) => ({ penalty, provision })));
}

export interface TermReading {
  years: number;
  /** The provisions stating that term. */
  provisions: ProvisionEvidence[];
}

/** The lowest minimum term stated among `penalties`, or undefined when none states one. */
export function lowestMinimum(penalties: readonly StatedPenalty[]): TermReading | undefined {
  return extremeTerm(penalties, (p) => p.imprisonmentMinYears, Math.min);
}

/** The highest maximum term stated among `penalties`, or undefined when none states one. */
export function highestMaximum(penalties: readonly StatedPenalty[]): TermReading | undefined {
  return extremeTerm(penalties, (p) => p.imprisonmentMaxYears, Math.max);
}

function extremeTerm(penalties: readonly StatedPenalty[], termOf: (penalty: Penalty) => number | undefined, pick: (...values: number[]) => number): TermReading | undefined {
  const stated = penalties.filter(({ penalty }) => termOf(penalty) !== undefined);
  if (stated.length === 0) return undefined;
  const years = pick(...stated.map(({ penalty }) => termOf(penalty)!));
  return { years, provisions: stated.filter(({ penalty }) => termOf(penalty) === years).map(({ provision }) => provision) };
}

/** The provisions whose penalty's maximum is imprisonment for life, or undefined when none is: life is above any number of years. */
export function lifeMaximum(penalties: readonly StatedPenalty[]): { provisions: ProvisionEvidence[] } | undefined {
  const life = penalties.filter(({ penalty }) => penalty.lifeImprisonment === true);
  return life.length === 0 ? undefined : { provisions: uniqueProvisions(life) };
}

/** The highest minimum among penalties that state no maximum (`4+`, not life): a court may impose at least that much; undefined when none. */
export function highestOpenEndedMinimum(penalties: readonly StatedPenalty[]): TermReading | undefined {
  const openEnded = penalties.filter(({ penalty }) => penalty.imprisonmentMaxYears === undefined && penalty.lifeImprisonment !== true);
  return extremeTerm(openEnded, (p) => p.imprisonmentMinYears, Math.max);
}

/** The lowest sentence a court may impose: exactly `years`, or at most `years` (how much less is not recorded). */
export interface SentenceReading {
  years: number;
  bound: 'exact' | 'atMost';
  /** The provisions that set the reading: those allowing the fine, stating the maximum, or stating the minimum. */
  provisions: ProvisionEvidence[];
  reason: 'fineInLieu' | 'maximum' | 'minimum';
}

/**
 * The lowest sentence a court may impose for the offences of `penalties` (PEN-3, PEN-4):
 * - a fine in lieu of imprisonment allowed by any penalty: exactly 0 years (no imprisonment);
 * - else a maximum below every stated minimum, or a maximum where no minimum is stated: at most
 *   the lowest such maximum (a court may sentence under that provision to no more; how little is
 *   not recorded). `TRAFFICKING 4-8` and `TRAFFICKING max 3`: at most 3 years;
 * - else the lowest minimum stated, exactly. A maximum at or above it does not lower it (the
 *   minimum of that penalty is not recorded, and unknown is not read as zero).
 * Undefined when no penalty states a term or a fine in lieu.
 */
export function lowestSentence(penalties: readonly StatedPenalty[]): SentenceReading | undefined {
  const fineInLieu = penalties.filter(({ penalty }) => penalty.fineInLieuOfImprisonment === true);
  if (fineInLieu.length > 0) return { years: 0, bound: 'exact', provisions: uniqueProvisions(fineInLieu), reason: 'fineInLieu' };
  const minimum = lowestMinimum(penalties);
  const maximum = extremeTerm(penalties, (p) => p.imprisonmentMaxYears, Math.min);
  if (maximum && (!minimum || maximum.years < minimum.years)) return { ...maximum, bound: 'atMost', reason: 'maximum' };
  return minimum && { ...minimum, bound: 'exact', reason: 'minimum' };
}

/** Citations for explanation parameters, the same in every language (as reports list evidence): "Art. 202, Código Penal". */
export function citationsOf(provisions: readonly ProvisionEvidence[]): string[] {
  return [...new Set(provisions.map((p) => (p.instrumentTitle ? `${p.citation}, ${p.instrumentTitle}` : p.citation)))];
}

function uniqueProvisions(penalties: readonly StatedPenalty[]): ProvisionEvidence[] {
  return [...new Set(penalties.map(({ provision }) => provision))];
}

/**
 * True when the penalty includes imprisonment: a stated term above zero, life imprisonment, or a
 * statement that a fine may not replace imprisonment (`no-fine-in-lieu`) where the term itself is
 * not recorded. A source can say the last without the years: the TIP Report 2022 says Saint
 * Lucia's 2021 amendment "removed the fine-in-lieu option" and gives no new range.
 */
export function hasImprisonment(penalty: Penalty): boolean {
  return penalty.lifeImprisonment === true || penalty.fineInLieuOfImprisonment === false || (penalty.imprisonmentMaxYears ?? penalty.imprisonmentMinYears ?? 0) > 0;
}
