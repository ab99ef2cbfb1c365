import type { CriterionResult, Gap } from './scorecard';

/** Severities closer than this are a tie (shares like 30/100 × 1/9 are not exact in binary). */
const SEVERITY_TIE_TOLERANCE = 1e-12;

/**
 * Every assessed criterion with a result below 1, as a gap of severity weightShare × (1 − result),
 * worst first; ties keep rubric order (`results` come in rubric order). NOT_ASSESSED and
 * NOT_APPLICABLE criteria are never gaps: reports list the not assessed apart.
 */
export function gapsOf(results: readonly CriterionResult[]): Gap[] {
  return results
    .flatMap((result, order) => (result.score !== null && result.score < 1 ? [{ order, gap: gap(result, result.score) }] : []))
    .sort((a, b) => {
      const difference = b.gap.severity - a.gap.severity;
      return Math.abs(difference) > SEVERITY_TIE_TOLERANCE ? difference : a.order - b.order;
    })
    .map(({ gap }) => gap);
}

function gap(result: CriterionResult, score: number): Gap {
  return {
    criterionId: result.criterionId,
    categoryId: result.categoryId,
    severity: result.weightShare * (1 - score),
    result: score,
    status: score <= 0 ? 'UNMET' : 'PARTIAL',
  };
}
