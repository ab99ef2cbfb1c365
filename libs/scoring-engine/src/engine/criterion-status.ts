import type { CriterionStatus } from './scorecard';

/** 1 → MET, 0 → UNMET, between → PARTIAL, no result → NOT_ASSESSED. */
export function statusOf(score: number | null): Exclude<CriterionStatus, 'NOT_APPLICABLE'> {
  if (score === null) return 'NOT_ASSESSED';
  if (score >= 1) return 'MET';
  if (score <= 0) return 'UNMET';
  return 'PARTIAL';
}
