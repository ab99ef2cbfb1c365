import { RANKED_TIP_TIERS, TipTier } from '@lexgap/legal-model';
import type { Translator } from '../i18n/translator';
import type { RegionalTipComparison, ReportTipTier, TipComparedState } from '../model/tip-tiers.model';
import { averageRanks, spearman } from './rank-correlation';

/** A stored tier as the report builders read it. */
export interface TipTierRecord {
  jurisdictionCode: string;
  reportYear: number;
  tier: TipTier;
  source: string | null;
  sourceUrl: string | null;
  verification: string | null;
}

/** Fewer compared states than this and ρ is not given. */
export const MIN_TIP_PAIRS = 3;
/** How many of the most divergent states a regional report names. */
export const DIVERGENT_LISTED = 5;

/**
 * The TIP Report years a report dated `asOf` may show: those up to the as-of date's year (a report
 * year is a year, not a day; the report of year Y counts as known in Y).
 */
export function tipYearLimit(asOf: string): number {
  return Number(asOf.slice(0, 4));
}

/** A tier as a number that grows as the tier improves (Tier 3 = 1 … Tier 1 = 4); null for a special case. */
export function orientedTier(tier: TipTier): number | null {
  const index = (RANKED_TIP_TIERS as readonly string[]).indexOf(tier);
  return index < 0 ? null : RANKED_TIP_TIERS.length - index;
}

/** Whether a tier was read from a restatement rather than the report (its verification says "secondary"). */
export function isSecondaryTipSource(verification: string | null): boolean {
  return /^secondary\b/i.test(verification ?? '');
}

/** A jurisdiction's tiers up to the as-of date's year, oldest first, labelled in the report's language. */
export function countryTipTiers(tr: Translator, tiers: readonly TipTierRecord[], asOf: string): ReportTipTier[] {
  const limit = tipYearLimit(asOf);
  return tiers
    .filter((t) => t.reportYear <= limit)
    .sort((a, b) => a.reportYear - b.reportYear)
    .map((t) => ({
      reportYear: t.reportYear,
      tier: t.tier,
      label: tr.t(`tipTier.${t.tier}`),
      source: t.source,
      sourceUrl: t.sourceUrl,
      verification: t.verification,
      secondary: isSecondaryTipSource(t.verification),
    }));
}

/**
 * Spearman's ρ between the members' scores and their tiers in the latest TIP Report year not after
 * the as-of date's year, over the members that have both; and the members whose places differ most.
 */
export function regionalTipComparison(
  tr: Translator,
  members: readonly { code: string; name: string; score: number | null; rank: number | null }[],
  tiers: readonly TipTierRecord[],
  asOf: string,
): RegionalTipComparison {
  const limit = tipYearLimit(asOf);
  const codes = new Set(members.map((m) => m.code));
  const usable = tiers.filter((t) => codes.has(t.jurisdictionCode) && t.reportYear <= limit && orientedTier(t.tier) !== null);
  const reportYear = usable.length ? Math.max(...usable.map((t) => t.reportYear)) : null;
  const tierOf = new Map(usable.filter((t) => t.reportYear === reportYear).map((t) => [t.jurisdictionCode, t.tier]));
  const scored = members.filter((m): m is typeof m & { score: number } => m.score !== null);
  const compared = scored.filter((m) => tierOf.has(m.code));
  const n = compared.length;
  const scores = compared.map((m) => m.score);
  const oriented = compared.map((m) => orientedTier(tierOf.get(m.code)!)!);
  // Places among the compared, 1 = best: the highest score, the best tier.
  const scorePlaces = averageRanks(scores).map((r) => n + 1 - r);
  const tierPlaces = averageRanks(oriented).map((r) => n + 1 - r);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, tr.lang);
  const states: TipComparedState[] = compared
    .map((m, i) => {
      const tier = tierOf.get(m.code)!;
      return {
        code: m.code,
        name: m.name,
        score: m.score,
        ranked: m.rank !== null,
        tier,
        tierLabel: tr.t(`tipTier.${tier}`),
        scorePlace: scorePlaces[i],
        tierPlace: tierPlaces[i],
        difference: tierPlaces[i] - scorePlaces[i],
      };
    })
    .sort((a, b) => a.scorePlace - b.scorePlace || a.tierPlace - b.tierPlace || byName(a, b));
  const divergent = states
    .filter((s) => s.difference !== 0)
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || byName(a, b))
    .slice(0, DIVERGENT_LISTED);
  return {
    reportYear,
    n,
    rho: n >= MIN_TIP_PAIRS ? spearman(scores, oriented) : null,
    unranked: states.filter((s) => !s.ranked).length,
    withoutTier:
      reportYear === null
        ? []
        : scored
            .filter((m) => !tierOf.has(m.code))
            .map((m) => m.name)
            .sort((a, b) => a.localeCompare(b, tr.lang)),
    states,
    divergent,
  };
}
