import type { IsoDate } from '@lexgap/legal-model';
import type { EvaluatorConfig } from '../rubric/evaluator-config';
import type { TreatyActionInput, TreatyInput, TreatyObservationInput } from '../treaty-status';
import type { ProvisionEvidence } from './evidence';
import type { EvidenceRefs, Explanation, ExplanationParam } from './scorecard';

/** What an evaluator sees: the records of one jurisdiction that apply on `asOf`. */
export interface EvaluationContext {
  asOf: IsoDate;
  parameters: Record<string, number>;
  /** Only the provisions in force on `asOf`. */
  provisions: ProvisionEvidence[];
  /** All treaty records: treaty status applies the as-of rules itself. */
  treatyActions: TreatyActionInput[];
  treatyObservations: TreatyObservationInput[];
  /** The treaties' adoption dates: before its adoption a treaty did not exist (see treaty-status.ts). */
  treaties: TreatyInput[];
}

/** An automatic result: a score in [0, 1], or null (not assessed), with its explanation. */
export interface Evaluation {
  score: number | null;
  explanation: Explanation;
  evidence: EvidenceRefs;
}

export type Evaluator<C extends EvaluatorConfig> = (config: C, context: EvaluationContext) => Evaluation;

export function refs(partial: Partial<EvidenceRefs> = {}): EvidenceRefs {
  return {
    provisions: partial.provisions ?? [],
    treatyActions: partial.treatyActions ?? [],
    treatyObservations: partial.treatyObservations ?? [],
    assessments: partial.assessments ?? [],
    findings: partial.findings ?? [],
  };
}

export function explanation(text: string, key: string, params: Record<string, ExplanationParam>): Explanation {
  return { text, key, params };
}

/** Builds a facts Evaluation; `provisions` are the provisions the result rests on. */
export function evaluation(score: number | null, text: string, key: string, params: Record<string, ExplanationParam>, provisions: readonly ProvisionEvidence[] = []): Evaluation {
  return { score, explanation: explanation(text, key, params), evidence: refs({ provisions: unique(provisions.map((p) => p.id)) }) };
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
