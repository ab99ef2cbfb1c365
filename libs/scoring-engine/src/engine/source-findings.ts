import type { IsoDate, SourceJudgement } from '@lexgap/legal-model';
import { explanation, refs } from './evaluation';
import type { Evaluation } from './evaluation';
import type { SourceFindingInput } from './evidence';
import type { SourceFindingDecision } from './scorecard';

/**
 * The source finding in effect for a criterion on `asOf`, or undefined:
 * - only findings of the scorecard's rubric and of this criterion;
 * - only while the wording it judges is in force (inForceFrom ≤ asOf < inForceTo);
 * - only from its own as-of date on: a judgement speaks from the day it was made, and does not
 *   reach back over the wording's earlier years as facts read from the wording do;
 * - among several, the latest as-of date (a newer report replaces an older one); on the same
 *   date the lowest result (conservative: two sources disagreeing on the same day give the
 *   lesser), then the lowest id, so the choice never depends on the input's order.
 */
export function sourceFindingFor(findings: readonly SourceFindingInput[], rubricId: string, criterionId: string, asOf: IsoDate): SourceFindingInput | undefined {
  let chosen: SourceFindingInput | undefined;
  for (const finding of findings) {
    if (finding.rubricId !== rubricId || finding.criterionId !== criterionId || !inEffect(finding, asOf)) continue;
    if (!chosen || precedes(finding, chosen)) chosen = finding;
  }
  if (chosen && !(chosen.result >= 0 && chosen.result <= 1)) {
    // The writers accept only points of the criterion's scale; this is a broken record.
    throw new RangeError(`source finding ${chosen.id} for ${criterionId} must be in [0, 1]; got ${chosen.result}`);
  }
  return chosen;
}

/** A finding counts on `asOf` when it was made by then and the wording it judges is in force. */
export function inEffect(finding: SourceFindingInput, asOf: IsoDate): boolean {
  return finding.asOf <= asOf && finding.inForceFrom <= asOf && (finding.inForceTo == null || asOf < finding.inForceTo);
}

function precedes(a: SourceFindingInput, b: SourceFindingInput): boolean {
  if (a.asOf !== b.asOf) return a.asOf > b.asOf;
  if (a.result !== b.result) return a.result < b.result;
  return a.id < b.id;
}

/** What each judgement says, in English, when it holds and when it does not (reports translate it from the catalogue). */
const JUDGEMENT_TEXT: Record<SourceJudgement, { holds: string; notHolds: string }> = {
  PENALTIES_COMMENSURATE_WITH_RAPE: { holds: 'the penalties are commensurate with those for rape', notHolds: 'the penalties are not commensurate with those for rape' },
  PENALTIES_SUFFICIENTLY_STRINGENT: { holds: 'the penalties are sufficiently stringent', notHolds: 'the penalties are not sufficiently stringent' },
};

/** The judgement as an English clause: "the penalties are commensurate with those for rape". */
export function judgementText(judgement: SourceJudgement, holds: boolean): string {
  return JUDGEMENT_TEXT[judgement][holds ? 'holds' : 'notHolds'];
}

/**
 * The result a finding gives: its result, explained as the source's judgement ("According to US
 * Department of State, Trafficking in Persons Report 2019 (as of 2019-03-31), the penalties are
 * commensurate with those for rape."), resting on the finding and the wording it judges.
 */
export function findingEvaluation(finding: SourceFindingInput): Evaluation {
  return {
    score: finding.result,
    explanation: explanation(`According to ${finding.sourceCitation} (as of ${finding.asOf}), ${judgementText(finding.judgement, finding.holds)}.`, 'finding.result', {
      findingId: finding.id,
      judgement: finding.judgement,
      holds: finding.holds,
      source: finding.sourceCitation,
      sourceUrl: finding.sourceUrl ?? null,
      asOf: finding.asOf,
      citation: finding.citation,
      result: finding.result,
    }),
    evidence: refs({ provisions: [finding.provisionId], findings: [finding.id] }),
  };
}

export function findingDecision(finding: SourceFindingInput): SourceFindingDecision {
  return {
    findingId: finding.id,
    judgement: finding.judgement,
    holds: finding.holds,
    sourceCitation: finding.sourceCitation,
    sourceUrl: finding.sourceUrl ?? null,
    asOf: finding.asOf,
    provisionId: finding.provisionId,
  };
}
