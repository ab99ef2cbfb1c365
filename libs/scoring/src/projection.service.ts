import { Injectable } from '@nestjs/common';
import { InstrumentEntity, InstrumentStatus, LegislationService } from '@lexgap/legislation';
import { BadUserInputError, FieldProblem } from '@lexgap/platform';
import { BillProvision, criterionChanges, CriterionChange, scoreJurisdiction, withBills } from '@lexgap/scoring-engine';
import { isUUID } from 'class-validator';
import { EvidenceRepository } from './evidence.repository';
import { ScorecardService, StoredScorecard } from './scorecard.service';

/** Most bills one projection reads. */
export const MAX_PROJECTED_BILLS = 10;

export interface Projection {
  /** The scorecard as if the bills were in force on the as-of date: computed, never stored. */
  projected: StoredScorecard;
  /** The official scorecard the projection departs from (the stored one). */
  official: StoredScorecard;
  /** The bills, in the order asked. */
  bills: InstrumentEntity[];
  /** The bills' provisions with facts the projection read, each with the enacted wording it would replace. */
  provisions: BillProvision[];
  changes: CriterionChange[];
}

/**
 * Bills scored before they pass: a jurisdiction's scorecard as if some bills (DRAFT instruments)
 * were in force on the as-of date (`withBills`). The result is a projection, labelled as one, and
 * never stored: official scores, rankings, exports and reports read enacted law only.
 */
@Injectable()
export class ProjectionService {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly evidence: EvidenceRepository,
    private readonly legislation: LegislationService,
  ) {}

  async project(code: string, rubricId: string | null | undefined, version: number | null | undefined, asOf: string | null | undefined, billIds: readonly string[]): Promise<Projection> {
    const official = await this.scorecards.scorecard(code, rubricId, version, asOf);
    const { jurisdiction, rubric } = official;
    const bills = await this.checkedBills(billIds, [jurisdiction.code, ...(jurisdiction.parentCode ? [jurisdiction.parentCode] : [])]);
    const [evidence, provisions] = await Promise.all([this.scorecards.gatherEvidence([jurisdiction], rubric), this.evidence.draftProvisions(bills.map((b) => b.id))]);
    const date = official.result.asOf;
    const result = scoreJurisdiction(rubric.content, withBills(evidence.get(jurisdiction.code)!, provisions, date), date);
    return {
      official,
      projected: { jurisdiction, rubric, result, computedAt: new Date(), fromStore: false },
      bills,
      provisions,
      changes: criterionChanges(official.result, result),
    };
  }

  /** The bills named, each a DRAFT of the jurisdiction (or of a unit's country); every bad entry is named. */
  private async checkedBills(ids: readonly string[], jurisdictions: readonly string[]): Promise<InstrumentEntity[]> {
    const field = (i: number) => `withDrafts[${i}]`;
    if (ids.length === 0 || ids.length > MAX_PROJECTED_BILLS) throw BadUserInputError.field('withDrafts', `must list 1 to ${MAX_PROJECTED_BILLS} bills; got ${ids.length}`);
    const problems: FieldProblem[] = [];
    ids.forEach((id, i) => {
      if (!isUUID(id, '4')) problems.push({ field: field(i), message: `is not an instrument id (${JSON.stringify(id)})` });
      else if (ids.indexOf(id) !== i) problems.push({ field: field(i), message: `repeats withDrafts[${ids.indexOf(id)}]` });
    });
    if (problems.length) throw new BadUserInputError(problems);
    const found = new Map((await this.legislation.instrumentsByIds(ids)).map((i) => [i.id, i]));
    ids.forEach((id, i) => {
      const bill = found.get(id);
      if (!bill) problems.push({ field: field(i), message: `names no recorded instrument (${id})` });
      else if (bill.status !== InstrumentStatus.DRAFT)
        problems.push({ field: field(i), message: `names enacted law (${bill.key}), which the official score already counts; withDrafts takes bills (status DRAFT)` });
      else if (!jurisdictions.includes(bill.jurisdictionCode))
        problems.push({
          field: field(i),
          message: `is a bill of ${bill.jurisdictionCode} (${bill.key}); a projection of ${jurisdictions[0]} reads its own bills${jurisdictions[1] ? ` and its country's (${jurisdictions[1]})` : ''}`,
        });
    });
    if (problems.length) throw new BadUserInputError(problems);
    return ids.map((id) => found.get(id)!);
  }
}
