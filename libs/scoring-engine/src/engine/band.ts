import type { Rubric } from '../rubric/rubric';
import { Ratio } from './exact';

/**
 * The id of the band the score falls in, or null: without a score, or when coverage is below the
 * rubric's minimum for a band (a grade must rest on most of the methodology). Bands are listed
 * from the highest; a score on an edge belongs to the higher band (70 is SUBSTANTIAL). The score
 * and coverage are exact, so an edge is an edge: no tolerance.
 */
export function bandFor(rubric: Rubric, score: Ratio | null, coverage: Ratio): string | null {
  if (score === null || !hasMinimumCoverage(rubric, coverage)) return null;
  return rubric.bands.find((band) => score.compare(Ratio.from(band.min)) >= 0)?.id ?? null;
}

/** Whether enough of the rubric is assessed for a band and a rank. */
export function hasMinimumCoverage(rubric: Rubric, coverage: Ratio): boolean {
  return coverage.compare(Ratio.from(rubric.minimumCoverageForBand)) >= 0;
}
