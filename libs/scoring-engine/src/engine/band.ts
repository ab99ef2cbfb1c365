import type { Rubric } from '../rubric/rubric';

/** Floating-point slack when placing a score on a band edge (69.99999999999999 is 70). */
const BAND_EDGE_TOLERANCE = 1e-9;

/**
 * The id of the band the score falls in, or null: without a score, or when coverage is below the
 * rubric's minimum for a band (a grade must rest on most of the methodology). Bands are listed
 * from the highest; a score on an edge belongs to the higher band (70 is SUBSTANTIAL).
 */
export function bandFor(rubric: Rubric, score: number | null, coverage: number): string | null {
  if (score === null || coverage < rubric.minimumCoverageForBand) return null;
  return rubric.bands.find((band) => score + BAND_EDGE_TOLERANCE >= band.min)?.id ?? null;
}
