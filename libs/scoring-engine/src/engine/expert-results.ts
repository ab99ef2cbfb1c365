import type { IsoDate } from '@lexgap/legal-model';
import type { ExpertResultInput } from './evidence';

/**
 * The expert result that applies to a criterion on `asOf`: the latest decided on or before it
 * (on the same date, the later in the input, which callers pass in approval order). A later
 * approved assessment replaces an earlier one; one decided after `asOf` does not reach back.
 */
export function expertResultFor(results: readonly ExpertResultInput[], criterionId: string, asOf: IsoDate): ExpertResultInput | undefined {
  let applicable: ExpertResultInput | undefined;
  for (const result of results) {
    if (result.criterionId !== criterionId || result.decidedOn > asOf) continue;
    if (!applicable || result.decidedOn >= applicable.decidedOn) applicable = result;
  }
  if (applicable && applicable.result !== 'NOT_APPLICABLE' && !(applicable.result >= 0 && applicable.result <= 1)) {
    // The API accepts only points of the criterion's scale (isResultOnScale); this is a broken record.
    throw new RangeError(`expert result ${applicable.assessmentId} for ${criterionId} must be in [0, 1] or NOT_APPLICABLE; got ${applicable.result}`);
  }
  return applicable;
}
