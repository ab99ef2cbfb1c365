import { Ratio } from './exact';
import { SHARE_DECIMALS } from './aggregate';
import type { CriterionResult, Gap } from './scorecard';

/**
 * Every assessed criterion with a result below 1, as a gap of severity weightShare × (1 − result),
 * worst first; ties keep rubric order (`results` come in rubric order). Severities are compared
 * exactly (`shares` holds each criterion's exact weight share), so equal gaps tie and unequal ones
 * never do. NOT_ASSESSED and NOT_APPLICABLE criteria are never gaps: reports list the not
 * assessed apart.
 */
export function gapsOf(results: readonly CriterionResult[], shares: ReadonlyMap<string, Ratio>): Gap[] {
  return results
    .flatMap((result, order) => (result.score !== null && result.score < 1 ? [{ order, result, severity: shares.get(result.criterionId)!.times(Ratio.ONE.minus(Ratio.from(result.score))) }] : []))
    .sort((a, b) => b.severity.compare(a.severity) || a.order - b.order)
    .map(({ result, severity }) => ({
      criterionId: result.criterionId,
      categoryId: result.categoryId,
      severity: severity.round(SHARE_DECIMALS),
      result: result.score!,
      status: result.score! <= 0 ? 'UNMET' : 'PARTIAL',
    }));
}
