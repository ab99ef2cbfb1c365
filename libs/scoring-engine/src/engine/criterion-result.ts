export type CriterionStatus = 'MET' | 'PARTIAL' | 'UNMET' | 'NOT_ASSESSED' | 'NOT_APPLICABLE';

/** Which records a result rests on, by id. */
export interface EvidenceRefs {
  provisions: string[];
  treatyActions: string[];
  treatyObservations: string[];
  assessments: string[];
}

/** A sentence, and the key and parameters a report uses to say it in another language. */
export interface Explanation {
  text: string;
  key: string;
  params: Record<string, string | number>;
}

/** What an evaluator concludes: a score in [0, 1], or that it cannot say. */
export interface Evaluation {
  score: number | null;
  notApplicable?: boolean;
  explanation: Explanation;
  evidence: EvidenceRefs;
}

export function statusOf(score: number | null, notApplicable = false): CriterionStatus {
  if (notApplicable) return 'NOT_APPLICABLE';
  if (score === null) return 'NOT_ASSESSED';
  if (score >= 1) return 'MET';
  if (score <= 0) return 'UNMET';
  return 'PARTIAL';
}

export function emptyRefs(): EvidenceRefs {
  return { provisions: [], treatyActions: [], treatyObservations: [], assessments: [] };
}

export function explain(key: string, text: string, params: Record<string, string | number> = {}): Explanation {
  return { key, text, params };
}
