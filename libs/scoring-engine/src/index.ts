/**
 * @lexgap/scoring-engine: the methodology as code. Pure TypeScript: no framework, no I/O, no
 * clock; every result is a function of its inputs, so the API, the CLI, reports and benchmarks
 * compute the same scorecards.
 */

// Treaty status
export * from './treaty-status';

// Rubric model and loader
export * from './rubric/evaluator-config';
export * from './rubric/rubric';
export * from './rubric/scale';
export * from './rubric/validate-rubric';
export * from './rubric/rubric-content-hash';
export * from './rubric/canonical-json';
export * from './rubric/missing-translations';
export * from './rubric/localized-texts';

// Engine
export * from './engine/evidence';
export * from './engine/scorecard';
export * from './engine/evidence-quality';
export { SCORE_DECIMALS, SHARE_DECIMALS } from './engine/aggregate';
export type { Evaluation, EvaluationContext, Evaluator } from './engine/evaluation';
export { EVALUATORS, evaluate } from './engine/evaluator-registry';
export { provisionsInForce, isInForce } from './engine/facts/provisions-in-force';
export { statusOf } from './engine/criterion-status';
export * from './engine/facts/law-comparison';
export * from './engine/bill-projection';
export { judgementText, sourceFindingFor } from './engine/source-findings';
export { scoreJurisdiction } from './engine/score-jurisdiction';
export { LAW_LEVELS, layeredEvidence } from './engine/layered-law';
export type { LawLevel } from './engine/layered-law';
export { earliestEvidenceDate, historyStart, scoreChangeDates, scoreHistory } from './engine/score-history';
export type { ScorePoint } from './engine/score-history';
export { bandFor } from './engine/band';
export { roundScore } from './engine/round-score';

// Inter-rater agreement of expert results (used by the assessment library)
export * from './agreement';
