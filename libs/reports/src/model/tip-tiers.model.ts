import type { TipTier } from '@lexgap/legal-model';

/**
 * The US State Department's Trafficking in Persons (TIP) Report tiers as reports show them: a
 * comparator beside lexgap's score. The tier judges a government's whole anti-trafficking effort
 * (prosecution, protection, prevention), not its law alone: a different question from lexgap's.
 */
export interface ReportTipTier {
  /** The TIP Report (publication) year. */
  reportYear: number;
  tier: TipTier;
  /** The tier's name in the report's language ("Tier 2 Watch List"). */
  label: string;
  source: string | null;
  sourceUrl: string | null;
  verification: string | null;
  /** The tier was read from a restatement (news, a press office, a tier list), not the report or a copy of it. */
  secondary: boolean;
}

/** A member compared: its score and its tier, each as a place among the compared (1 = best, ties averaged). */
export interface TipComparedState {
  code: string;
  name: string;
  score: number;
  /** Unranked by lexgap (coverage below the rubric's minimum): its score rests on few criteria. */
  ranked: boolean;
  tier: TipTier;
  tierLabel: string;
  scorePlace: number;
  tierPlace: number;
  /** tierPlace − scorePlace: positive when the law scores better than the tier places the state. */
  difference: number;
}

/** How lexgap's ordering of a region's members compares with the TIP Report's. */
export interface RegionalTipComparison {
  /** The TIP Report year compared: the latest not after the as-of date's year with a tier for a member; null when none. */
  reportYear: number | null;
  /** Members with both a score and a ranked tier (Tier 1 … Tier 3) that year. */
  n: number;
  /**
   * Spearman's ρ between the score and the tier ordered from Tier 3 (lowest) to Tier 1 (highest),
   * so that a positive ρ is agreement; null when n < 3 or one side has no spread.
   */
  rho: number | null;
  /** Of the n, those lexgap does not rank (coverage below the rubric's minimum). */
  unranked: number;
  /** Members with a score but no ranked tier recorded for the year (names, the reader's order). */
  withoutTier: string[];
  /** Every member compared, by score place. */
  states: TipComparedState[];
  /** The members whose two places differ most (at most five, largest difference first). */
  divergent: TipComparedState[];
}
