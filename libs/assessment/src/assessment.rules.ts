import type { RecordProblem } from '@lexgap/legal-model';
import type { Criterion } from '@lexgap/scoring-engine';
import { AssessmentStatus } from './assessment.entity';

/**
 * The rules of an expert assessment, one home for GraphQL (`submitAssessment`, `reviewAssessment`),
 * the spreadsheet import and the CLI. Pure functions: problems come back with the field they are
 * about (`result`, `rationale`), and each caller places them (`input.result`, a cell of column
 * `result`).
 */

/** What may be done to an assessment in each status. One table: nothing else lists statuses. */
export const ASSESSMENT_TRANSITIONS: Readonly<Record<AssessmentStatus, { edit: boolean; review: boolean; countsInScores: boolean }>> = {
  // The author's work in progress.
  [AssessmentStatus.DRAFT]: { edit: true, review: false, countsInScores: false },
  // Waiting for a second expert: frozen, so the reviewer approves what they read.
  [AssessmentStatus.SUBMITTED]: { edit: false, review: true, countsInScores: false },
  // Returned to the author with a comment.
  [AssessmentStatus.CHANGES_REQUESTED]: { edit: true, review: false, countsInScores: false },
  // Decided: it counts until retired; to disagree, retire it and record a new one.
  [AssessmentStatus.APPROVED]: { edit: false, review: false, countsInScores: true },
};

/** The rationale a reviewer will check: long enough to say why, short enough to read. */
export const RATIONALE_LENGTH = { min: 20, max: 20_000 } as const;
/** Most provisions, treaty actions and links one assessment may cite. */
export const EVIDENCE_LIMITS = { provisions: 50, treatyActions: 50, urls: 20 } as const;

/**
 * How far a result may be from a scale level and still be that level: results are decimals typed
 * by people and spreadsheets (0.5 may arrive as 0.49999999999999994), never further than this.
 */
export const SCALE_TOLERANCE = 1e-9;

/** Why the author cannot change this assessment now, or undefined when they can. */
export function changeRefusal(a: { id: string; status: AssessmentStatus; retiredAt: Date | null }): string | undefined {
  if (a.retiredAt) return `assessment ${a.id} is retired and can no longer be changed; record a new one`;
  if (ASSESSMENT_TRANSITIONS[a.status].edit) return undefined;
  return a.status === AssessmentStatus.SUBMITTED
    ? `assessment ${a.id} is SUBMITTED for review and can no longer be changed; wait for the review, or retire it to record a new one`
    : `assessment ${a.id} is ${a.status} and can no longer be changed; retire it to record a new one`;
}

/** Why this assessment cannot be reviewed, or undefined when it can. */
export function reviewRefusal(a: { id: string; status: AssessmentStatus }): string | undefined {
  return ASSESSMENT_TRANSITIONS[a.status].review ? undefined : `assessment ${a.id} is ${a.status}; only SUBMITTED assessments are reviewed`;
}

/**
 * The result a criterion's scale allows, as it is stored: a result within {@link SCALE_TOLERANCE}
 * of a level is that level exactly (1.0000000001 is stored as 1), and a share within it of 0 or 1
 * is 0 or 1; anything else is refused with the levels allowed. None when not applicable.
 */
export function scaledResult(criterion: Criterion, result: number | null | undefined, notApplicable: boolean): { result: number | null; problems: RecordProblem[] } {
  const given = result !== undefined && result !== null;
  if (notApplicable) return { result: null, problems: given ? [{ field: 'result', message: 'must be omitted when the criterion is not applicable' }] : [] };
  if (!given) return { result: null, problems: [{ field: 'result', message: 'is required (or set notApplicable)' }] };
  if (criterion.scale.type === 'share') {
    if (Number.isFinite(result) && result > -SCALE_TOLERANCE && result < 1 + SCALE_TOLERANCE) return { result: Math.min(1, Math.max(0, result)), problems: [] };
    return { result: null, problems: [{ field: 'result', message: `(${result}) is out of ${criterion.id}'s scale: a share from 0 to 1` }] };
  }
  const levels = criterion.scale.levels.map((l) => l.value);
  const level = levels.find((v) => Math.abs(v - result) < SCALE_TOLERANCE);
  if (level !== undefined) return { result: level, problems: [] };
  return { result: null, problems: [{ field: 'result', message: `(${result}) is out of ${criterion.id}'s scale: one of ${levels.join(', ')}` }] };
}

/** The problems of {@link scaledResult} alone. */
export function resultProblems(criterion: Criterion, result: number | null | undefined, notApplicable: boolean): RecordProblem[] {
  return scaledResult(criterion, result, notApplicable).problems;
}

/** The rationale's length, counted after trimming. */
export function rationaleProblems(rationale: string): RecordProblem[] {
  const n = rationale.trim().length;
  if (n < RATIONALE_LENGTH.min || n > RATIONALE_LENGTH.max)
    return [{ field: 'rationale', message: `must explain the result in ${RATIONALE_LENGTH.min} to ${RATIONALE_LENGTH.max} characters (has ${n})` }];
  return [];
}

/** The criterion of a rubric version's content by id, or undefined. */
export function findCriterion(content: { categories: readonly { criteria: readonly Criterion[] }[] }, id: string): Criterion | undefined {
  return content.categories.flatMap((c) => c.criteria).find((k) => k.id === id);
}

/** The key one author's assessment of one criterion is unique by. */
export function assessmentKey(a: { jurisdictionCode: string; rubricId: string; rubricVersion: number; criterionId: string }): string {
  return `${a.jurisdictionCode}|${a.rubricId}|${a.rubricVersion}|${a.criterionId}`;
}
