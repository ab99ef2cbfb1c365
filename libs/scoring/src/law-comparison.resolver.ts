import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, Permission } from '@lexgap/auth';
import { parseJurisdictionCode } from '@lexgap/jurisdictions';
import { IsoDateScalar } from '@lexgap/platform';
import type { LawComparisonResult, LawFactProvision } from '@lexgap/scoring-engine';
import { LawComparisonService, MAX_LAW_COMPARED } from './law-comparison.service';
import { LawComparisonModel, LawFactProvisionModel } from './models/law-comparison.models';

@Resolver(() => LawComparisonModel)
export class LawComparisonResolver {
  constructor(private readonly comparisons: LawComparisonService) {}

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => LawComparisonModel, {
    description: `Side-by-side law (at most ${MAX_LAW_COMPARED} jurisdictions): for each legal fact the rubric's facts criteria read, each jurisdiction's value on the as-of date, combined over its provisions in force as its scorecard combines them, and the provisions (with citations) stating it.`,
  })
  async compareLaw(
    @Args('jurisdictions', { type: () => [String], description: `1 to ${MAX_LAW_COMPARED} jurisdiction codes, in the order the columns should follow.` }) codes: string[],
    @Args('asOf', { type: () => IsoDateScalar, nullable: true, description: 'Default today.' }) asOf: string | null,
    @Args('rubric', { type: () => String, nullable: true, description: 'Rubric id (default tip-legal-framework).' }) rubric: string | null,
    @Args('version', { type: () => Int, nullable: true, description: 'Rubric version (default the latest).' }) version: number | null,
  ): Promise<LawComparisonModel> {
    return toLawComparisonModel((await this.comparisons.compare(codes, asOf, rubric, version)).result);
  }
}

export function toLawComparisonModel(result: LawComparisonResult): LawComparisonModel {
  return {
    ...result,
    facts: result.facts.map((fact) => ({
      key: fact.key,
      kind: fact.kind,
      field: fact.field,
      list: fact.kind === 'LIST' ? fact.list : null,
      offence: fact.kind === 'PENALTY' ? fact.offence : null,
      favourableValue: fact.kind === 'FLAG' ? fact.favourableValue : null,
      criteria: fact.criteria,
      cells: fact.cells.map((cell) => ({ ...cell, provisions: cell.provisions.map(toProvisionModel) })),
    })),
  };
}

function toProvisionModel(p: LawFactProvision): LawFactProvisionModel {
  return { ...p, level: parseJurisdictionCode(p.jurisdiction)?.kind === 'SUBDIVISION' ? 'SUBNATIONAL' : 'NATIONAL' };
}
