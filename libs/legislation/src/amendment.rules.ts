import type { DatePrecision, RecordProblem } from '@lexgap/legal-model';
import { DatedInterval, intervalProblems } from './legislation.rules';

/**
 * An amendment splits one wording's interval in two at the day the new wording enters into force:
 * the current wording now ends there (the end is exclusive, so its last day is the day before) and
 * the new one runs from there to wherever the current one ran. Splitting an interval can leave
 * neither an overlap nor a gap in an article's (or an instrument's) history, which is why amending
 * is one step and not "close the old, then open the new".
 */
export interface Split<T extends DatedInterval> {
  /** The current wording, now ending the day the new one starts. */
  closed: T;
  /** The new wording's interval: from the amendment to the current wording's old end. */
  opened: DatedInterval;
}

/** Why `at` cannot split `current` (field paths relative to the amendment), or the split. */
export function splitAt<T extends DatedInterval>(current: T, at: string, precision: DatePrecision | undefined, describe: string): { problems: RecordProblem[]; split?: Split<T> } {
  const atPrecision = precision ?? 'DAY';
  const problems = intervalProblems({ inForceFrom: at, inForceFromPrecision: atPrecision });
  if (at <= current.inForceFrom) {
    problems.push({ field: 'inForceFrom', message: `(${at}) must be after ${describe} entered into force (${current.inForceFrom}): an amendment starts a new wording after the current one` });
  } else if (current.inForceTo && at >= current.inForceTo) {
    problems.push({ field: 'inForceFrom', message: `(${at}) must be before ${describe} stopped being in force (${current.inForceTo}); amend the wording in force on ${at} instead` });
  }
  if (problems.length) return { problems };
  return {
    problems,
    split: {
      closed: { ...current, inForceTo: at, inForceToPrecision: atPrecision },
      opened: { inForceFrom: at, inForceFromPrecision: atPrecision, inForceTo: current.inForceTo ?? null, inForceToPrecision: current.inForceTo ? (current.inForceToPrecision ?? 'DAY') : null },
    },
  };
}

/** The version of an instrument in force on `at` (the one an amendment on that date splits). */
export function versionInForceOn<T extends DatedInterval>(versions: readonly T[], at: string): T | undefined {
  return versions.find((v) => v.inForceFrom <= at && (!v.inForceTo || at < v.inForceTo));
}
