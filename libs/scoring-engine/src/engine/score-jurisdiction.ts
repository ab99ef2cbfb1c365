import { Rubric } from '../rubric/rubric.types';
import { CriterionStatus, emptyRefs, Evaluation, EvidenceRefs, explain, Explanation, statusOf } from './criterion-result';
import { evaluate } from './evaluators';
import { inForce, JurisdictionEvidence } from './evidence';
import { FactsInForce } from './facts-in-force';

export interface CriterionResult {
  criterionId: string;
  categoryId: string;
  status: CriterionStatus;
  /** 0..1, null when not assessed or not applicable. */
  score: number | null;
  maxScore: 1;
  method: 'AUTOMATIC' | 'EXPERT';
  explanation: Explanation;
  evidence: EvidenceRefs;
  /** When an expert result overrides an automatic one, the automatic result it replaced. */
  automatic?: { status: CriterionStatus; score: number | null; explanation: Explanation };
  /** Share of the rubric's total weight this criterion carries. */
  weightShare: number;
}

export interface CategoryResult {
  id: string;
  weight: number;
  /** 0..100 over the assessed weight; null when nothing in it is assessed. */
  score: number | null;
  /** Assessed share of the applicable weight, 0..1. */
  coverage: number;
}

export interface Gap {
  criterionId: string;
  categoryId: string;
  /** weight share × (1 − result), 0..1: how much of the whole score the shortfall costs. */
  severity: number;
  result: number;
}

export interface ScorecardResult {
  jurisdiction: string;
  rubricId: string;
  rubricVersion: number;
  asOf: string;
  score: number | null;
  coverage: number;
  band: string | null;
  categories: CategoryResult[];
  criteria: CriterionResult[];
  gaps: Gap[];
}

/**
 * Scores one jurisdiction under a rubric as of a date (RUBRIC.md "Aggregation"):
 *
 * - category score = Σ(wᵢ·rᵢ) / Σwᵢ × 100 over its assessed criteria; category coverage =
 *   assessed weight / applicable weight (NOT_APPLICABLE leaves both);
 * - overall score = Σ(W_c·C_c·S_c) / Σ(W_c·C_c): categories weigh by their weight times their
 *   coverage, i.e. by the assessed weight they stand for, so the overall score equals the weighted
 *   mean of every assessed criterion by its share of the rubric; overall coverage =
 *   Σ(W_c·C_c) / Σ W_c over categories with applicable weight;
 * - not assessed is never zero: it lowers coverage only;
 * - the band is withheld below the rubric's minimum coverage.
 */
export function scoreJurisdiction(rubric: Rubric, evidence: JurisdictionEvidence, asOf: string): ScorecardResult {
  const facts = new FactsInForce(evidence.provisions.filter((p) => inForce(p, asOf)));
  const ctx = { asOf, evidence, facts, parameters: rubric.parameters };
  const totalCategoryWeight = rubric.categories.reduce((sum, c) => sum + c.weight, 0);
  const criteria: CriterionResult[] = [];
  const categories: (CategoryResult & { applicableWeight: number })[] = [];

  for (const category of rubric.categories) {
    const totalCriterionWeight = category.criteria.reduce((sum, k) => sum + k.weight, 0);
    let applicable = 0;
    let assessed = 0;
    let weighted = 0;
    for (const criterion of category.criteria) {
      const automatic = evaluate(criterion.evaluator, ctx);
      const expert = latestExpertResult(evidence, criterion.id, asOf);
      const result = expert ?? automatic;
      const score = result.notApplicable ? null : result.score;
      const status = statusOf(score, result.notApplicable);
      const weightShare = (category.weight / totalCategoryWeight) * (criterion.weight / totalCriterionWeight);
      criteria.push({
        criterionId: criterion.id,
        categoryId: category.id,
        status,
        score,
        maxScore: 1,
        method: expert ? 'EXPERT' : 'AUTOMATIC',
        explanation: result.explanation,
        evidence: result.evidence,
        ...(expert && criterion.method !== 'expert' ? { automatic: { status: statusOf(automatic.score), score: automatic.score, explanation: automatic.explanation } } : {}),
        weightShare,
      });
      if (status === 'NOT_APPLICABLE') continue;
      applicable += criterion.weight;
      if (score !== null) {
        assessed += criterion.weight;
        weighted += criterion.weight * score;
      }
    }
    categories.push({
      id: category.id,
      weight: category.weight,
      score: assessed > 0 ? (weighted / assessed) * 100 : null,
      coverage: applicable > 0 ? assessed / applicable : 0,
      applicableWeight: applicable,
    });
  }

  // A category whose every criterion is NOT_APPLICABLE drops out of the overall weight.
  const withWeight = categories.filter((c) => c.applicableWeight > 0);
  const assessedWeight = withWeight.reduce((sum, c) => sum + c.weight * c.coverage, 0);
  const applicableWeight = withWeight.reduce((sum, c) => sum + c.weight, 0);
  const score = assessedWeight > 0 ? withWeight.reduce((sum, c) => sum + c.weight * c.coverage * (c.score ?? 0), 0) / assessedWeight : null;
  const coverage = applicableWeight > 0 ? assessedWeight / applicableWeight : 0;

  const gaps: Gap[] = criteria
    .filter((k) => k.score !== null && k.score < 1)
    .map((k) => ({ criterionId: k.criterionId, categoryId: k.categoryId, severity: k.weightShare * (1 - (k.score as number)), result: k.score as number }))
    .sort((a, b) => b.severity - a.severity); // stable: ties keep the rubric's order

  return {
    jurisdiction: evidence.jurisdiction,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    asOf,
    score,
    coverage,
    band: score !== null && coverage >= rubric.minimumCoverageForBand ? bandFor(rubric, score) : null,
    categories: categories.map(({ applicableWeight: _omit, ...c }) => c),
    criteria,
    gaps,
  };
}

export function bandFor(rubric: Rubric, score: number): string {
  return (rubric.bands.find((b) => score >= b.min) ?? rubric.bands[rubric.bands.length - 1]).id;
}

function latestExpertResult(evidence: JurisdictionEvidence, criterionId: string, asOf: string): Evaluation | null {
  const decided = evidence.expertResults.filter((e) => e.criterionId === criterionId && e.decidedOn <= asOf).sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
  const latest = decided.at(-1);
  if (!latest) return null;
  return {
    score: latest.result === 'NOT_APPLICABLE' ? null : latest.result,
    notApplicable: latest.result === 'NOT_APPLICABLE',
    explanation: explain('expert.assessed', `Expert assessment: ${latest.rationale}`, { rationale: latest.rationale }),
    evidence: { ...emptyRefs(), assessments: [latest.assessmentId] },
  };
}

/** Rounds for presentation only; the engine never rounds what it computes. */
export function roundScore(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
