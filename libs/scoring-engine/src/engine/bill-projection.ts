import type { IsoDate } from '@lexgap/legal-model';
import type { JurisdictionEvidence, ProvisionEvidence } from './evidence';
import { roundScore } from './round-score';
import type { CriterionStatus, ScorecardResult } from './scorecard';

/**
 * # Bills scored before they pass
 *
 * A bill (an instrument with status DRAFT) counts in no official score. A projection reads the
 * evidence as if the bills given were in force on the as-of date: each of their provisions (with
 * the facts an expert read from the bill's text) counts from that date, open-ended, and the
 * enacted wordings a bill provision replaces drop out, with the source findings on them (a
 * report's judgement of a wording the bill rewrites says nothing of the new words).
 *
 * What the projection does not change: treaty status and approved expert assessments. An expert
 * result still decides its criterion; its `automatic` result is the one under the bill.
 */

/** One provision of a bill, as a projection reads it. */
export interface BillProvision {
  /** The jurisdiction whose parliament the bill is before (a unit's country for a national bill). */
  jurisdiction: string;
  /** The enacted wording (provision id) this provision would replace; null for a new article. */
  replaces: string | null;
  /** The provision with its facts; its in-force dates are ignored (the bill is not in force). */
  evidence: ProvisionEvidence;
}

/** The evidence as if the bills were in force on `asOf`. */
export function withBills(evidence: JurisdictionEvidence, bills: readonly BillProvision[], asOf: IsoDate): JurisdictionEvidence {
  const replaced = new Set(bills.flatMap((b) => (b.replaces ? [b.replaces] : [])));
  // Layered evidence (a unit's) names each provision's enacting jurisdiction; a country's does not.
  const layered = evidence.nationalJurisdiction != null;
  const projected = bills.map(({ jurisdiction, evidence: p }): ProvisionEvidence => ({
    ...p,
    ...(layered ? { jurisdiction } : {}),
    inForceFrom: asOf,
    inForceTo: null,
  }));
  return {
    ...evidence,
    provisions: [...evidence.provisions.filter((p) => !replaced.has(p.id)), ...projected],
    sourceFindings: (evidence.sourceFindings ?? []).filter((f) => !replaced.has(f.provisionId)),
  };
}

/** One criterion's result before and after (official and projected). */
export interface CriterionOutcome {
  status: CriterionStatus;
  /** 0..1; null when not assessed or not applicable. */
  score: number | null;
}

export interface CriterionChange {
  criterionId: string;
  official: CriterionOutcome;
  projected: CriterionOutcome;
  /** projected − official score, to 4 decimals; null unless both have a score. */
  scoreChange: number | null;
}

/** The criteria whose status or score a projection changes, in rubric order. */
export function criterionChanges(official: ScorecardResult, projected: ScorecardResult): CriterionChange[] {
  const before = new Map(official.criteria.map((c) => [c.criterionId, c]));
  return projected.criteria.flatMap((after) => {
    const was = before.get(after.criterionId);
    if (!was || (was.status === after.status && was.score === after.score)) return [];
    return [
      {
        criterionId: after.criterionId,
        official: { status: was.status, score: was.score },
        projected: { status: after.status, score: after.score },
        scoreChange: was.score !== null && after.score !== null ? roundScore(after.score - was.score, 4) : null,
      },
    ];
  });
}
