import { Injectable } from '@nestjs/common';
import { JurisdictionEntity, JurisdictionService } from '@lexgap/jurisdictions';
import { BadUserInputError, NotFoundError, parseAsOf } from '@lexgap/platform';
import { RubricService, RubricVersionEntity } from '@lexgap/rubric';
import { compareFacts, LawComparisonResult } from '@lexgap/scoring-engine';
import { ScorecardService } from './scorecard.service';

/** Most jurisdictions one side-by-side comparison of the law holds. */
export const MAX_LAW_COMPARED = 10;

export interface LawComparison {
  rubric: RubricVersionEntity;
  /** The jurisdictions in the order asked. */
  jurisdictions: JurisdictionEntity[];
  result: LawComparisonResult;
}

/**
 * Side-by-side law: for each legal fact the rubric reads, each jurisdiction's value on a date and
 * the provisions stating it (`compareFacts`), from the evidence its scorecard reads (a unit's
 * country's national law layered under its own).
 */
@Injectable()
export class LawComparisonService {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly rubrics: RubricService,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  async compare(codes: readonly string[], asOf?: string | null, rubricId?: string | null, version?: number | null): Promise<LawComparison> {
    if (codes.length === 0 || codes.length > MAX_LAW_COMPARED) throw BadUserInputError.field('jurisdictions', `must list 1 to ${MAX_LAW_COMPARED} jurisdictions; got ${codes.length}`);
    const normalised = codes.map((c, i) => this.jurisdictions.normaliseCode(c, `jurisdictions[${i}]`));
    // One column per jurisdiction: the same code twice (XF and xf) is a mistake, not a wish for two.
    const twice = normalised.findIndex((c, i) => normalised.indexOf(c) !== i);
    if (twice >= 0) throw BadUserInputError.field(`jurisdictions[${twice}]`, `lists ${normalised[twice]} a second time`);
    const date = parseAsOf(asOf);
    const found = await this.jurisdictions.findByCodes(normalised);
    const missing = normalised.find((c) => !found.some((j) => j.code === c));
    if (missing) throw new NotFoundError('Jurisdiction', missing);
    const rubric = await this.rubrics.resolve(rubricId, version);
    const jurisdictions = normalised.map((code) => found.find((j) => j.code === code)!);
    const evidence = await this.scorecards.gatherEvidence(jurisdictions, rubric);
    return {
      rubric,
      jurisdictions,
      result: compareFacts(
        rubric.content,
        jurisdictions.map((j) => evidence.get(j.code)!),
        date,
      ),
    };
  }
}
