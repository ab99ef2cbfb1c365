import type { Rubric } from '../rubric/rubric';
import type { CriterionOutcome } from './evaluate-criterion';
import type { CategoryResult } from './scorecard';

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

export interface Aggregate {
  score: number | null;
  coverage: number;
  categories: CategoryResult[];
  /** Each criterion's share of the rubric's applicable weight, by criterion id. */
  weightShares: Map<string, number>;
}

export function aggregate(rubric: Rubric, outcomes: readonly CriterionOutcome[]): Aggregate {
  const categories = rubric.categories.map((category): CategoryResult => {
    const mine = outcomes.filter((o) => o.categoryId === category.id);
    const applicable = mine.filter((o) => o.status !== 'NOT_APPLICABLE');
    const assessed = mine.filter((o) => o.score !== null);
    const applicableWeight = sum(applicable.map((o) => o.weight));
    const assessedWeight = sum(assessed.map((o) => o.weight));
    return {
      id: category.id,
      weight: category.weight,
      score: assessedWeight > 0 ? (100 * sum(assessed.map((o) => o.weight * o.score!))) / assessedWeight : null,
      coverage: applicableWeight > 0 ? assessedWeight / applicableWeight : 0,
      applicableWeight,
      assessedWeight,
    };
  });

  const withApplicableWeight = categories.filter((c) => c.applicableWeight > 0);
  const totalWeight = sum(withApplicableWeight.map((c) => c.weight));
  const scored = categories.filter((c) => c.score !== null);
  const effectiveWeight = sum(scored.map((c) => c.weight * c.coverage));
  const score = effectiveWeight > 0 ? sum(scored.map((c) => c.weight * c.coverage * c.score!)) / effectiveWeight : null;
  const coverage = totalWeight > 0 ? effectiveWeight / totalWeight : 0;

  const weightShares = new Map<string, number>();
  for (const outcome of outcomes) {
    const category = categories.find((c) => c.id === outcome.categoryId)!;
    const applies = outcome.status !== 'NOT_APPLICABLE' && category.applicableWeight > 0;
    weightShares.set(outcome.criterionId, applies ? (category.weight / totalWeight) * (outcome.weight / category.applicableWeight) : 0);
  }
  return { score, coverage, categories, weightShares };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
