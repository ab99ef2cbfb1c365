import type { Rubric } from '../rubric/rubric';
import type { CriterionOutcome } from './evaluate-criterion';
import type { CategoryResult, ScoreRange } from './scorecard';
import { Ratio } from './exact';

/**
 * # Aggregation (RUBRIC.md "Aggregation")
 *
 * Category: score = 100 × Σ wᵢ·rᵢ / Σ wᵢ over its assessed criteria (null when none is);
 * coverage = assessed weight / applicable weight. NOT_APPLICABLE takes a criterion's weight out
 * of both; NOT_ASSESSED keeps it in the applicable weight only, so it lowers coverage and is never
 * counted as zero.
 *
 * Overall: "the weighted mean of category scores over assessed weight" is read as a weighted mean
 * in which each category weighs W_c × coverage_c, its assessed share of its weight:
 *
 *   score    = Σ W_c·coverage_c·score_c / Σ W_c·coverage_c
 *   coverage = Σ W_c·coverage_c / Σ W_c      (over categories with applicable weight)
 *
 * So a half-assessed category pulls on the score with half its weight, and a category with
 * nothing assessed does not pull at all. Equivalently, each assessed criterion counts with its
 * weight share W_c/ΣW · wᵢ/Σw_c (the share gap severity uses): the overall score is the mean of
 * the assessed results weighted by their shares, and at full coverage
 * score = 100 × (1 − Σ gap severities).
 */

/** Published precisions: scores in points of 100 and coverages to 4 decimals, shares and severities to 6. */
export const SCORE_DECIMALS = 4;
export const SHARE_DECIMALS = 6;

export interface Aggregate {
  score: number | null;
  coverage: number;
  scoreRange: ScoreRange | null;
  categories: CategoryResult[];
  /** Each criterion's exact share of the rubric's applicable weight, by criterion id. */
  weightShares: Map<string, Ratio>;
  /** The unrounded score and coverage, for band and rank decisions (70 exactly is on the edge, 69.99995 is not). */
  exact: { score: Ratio | null; coverage: Ratio };
}

/**
 * All sums are exact (Ratio): the same results summed in any order give the same score, and the
 * published numbers are rounded once, here. The score range brackets what the evidence allows:
 * `lower` counts every NOT_ASSESSED criterion as 0, `upper` as 1, both over the applicable weight,
 * so lower ≤ score ≤ upper, and lower = score = upper at full coverage.
 */
export function aggregate(rubric: Rubric, outcomes: readonly CriterionOutcome[]): Aggregate {
  const hundred = Ratio.of(100n);
  const weightOf = (o: CriterionOutcome) => Ratio.from(o.weight);
  const resultOf = (o: CriterionOutcome) => Ratio.from(o.score!);
  const exactCategories = rubric.categories.map((category) => {
    const mine = outcomes.filter((o) => o.categoryId === category.id);
    const applicable = mine.filter((o) => o.status !== 'NOT_APPLICABLE');
    const assessed = mine.filter((o) => o.score !== null);
    const applicableWeight = Ratio.sum(applicable.map(weightOf));
    const assessedWeight = Ratio.sum(assessed.map(weightOf));
    const earned = Ratio.sum(assessed.map((o) => weightOf(o).times(resultOf(o))));
    return {
      category,
      applicableWeight,
      assessedWeight,
      earned,
      score: assessedWeight.isZero() ? null : hundred.times(earned).over(assessedWeight),
      coverage: applicableWeight.isZero() ? Ratio.ZERO : assessedWeight.over(applicableWeight),
    };
  });

  const withApplicableWeight = exactCategories.filter((c) => !c.applicableWeight.isZero());
  const totalWeight = Ratio.sum(withApplicableWeight.map((c) => Ratio.from(c.category.weight)));
  // Each category weighs W_c × coverage_c; its earned points weigh W_c / applicable_c.
  const effectiveWeight = Ratio.sum(withApplicableWeight.map((c) => Ratio.from(c.category.weight).times(c.coverage)));
  const earned = Ratio.sum(withApplicableWeight.map((c) => Ratio.from(c.category.weight).times(c.earned).over(c.applicableWeight)));
  const score = effectiveWeight.isZero() ? null : hundred.times(earned).over(effectiveWeight);
  const coverage = totalWeight.isZero() ? Ratio.ZERO : effectiveWeight.over(totalWeight);
  const lower = totalWeight.isZero() ? null : hundred.times(earned).over(totalWeight);

  const weightShares = new Map<string, Ratio>();
  for (const outcome of outcomes) {
    const c = exactCategories.find((k) => k.category.id === outcome.categoryId)!;
    const applies = outcome.status !== 'NOT_APPLICABLE' && !c.applicableWeight.isZero();
    weightShares.set(outcome.criterionId, applies ? Ratio.from(c.category.weight).over(totalWeight).times(weightOf(outcome)).over(c.applicableWeight) : Ratio.ZERO);
  }

  const categories = exactCategories.map((c): CategoryResult => ({
    id: c.category.id,
    weight: c.category.weight,
    score: c.score === null ? null : c.score.round(SCORE_DECIMALS),
    coverage: c.coverage.round(SCORE_DECIMALS),
    scoreRange: c.applicableWeight.isZero() ? null : rangeOf(hundred.times(c.earned).over(c.applicableWeight), Ratio.ONE.minus(c.coverage)),
    applicableWeight: c.applicableWeight.toNumber(),
    assessedWeight: c.assessedWeight.toNumber(),
  }));
  return {
    score: score === null ? null : score.round(SCORE_DECIMALS),
    coverage: coverage.round(SCORE_DECIMALS),
    scoreRange: lower === null ? null : rangeOf(lower, Ratio.ONE.minus(coverage)),
    categories,
    weightShares,
    exact: { score, coverage },
  };
}

/** [lower, lower + 100 × the unassessed share], rounded like scores. */
function rangeOf(lower: Ratio, unassessed: Ratio): ScoreRange {
  return { lower: lower.round(SCORE_DECIMALS), upper: lower.plus(Ratio.of(100n).times(unassessed)).round(SCORE_DECIMALS) };
}
