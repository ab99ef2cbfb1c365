import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TIP_TIERS, TipTier } from '@lexgap/legal-model';
import { graphqlEnum } from '@lexgap/platform';

export const TipTierValueEnum = graphqlEnum(TIP_TIERS, {
  name: 'TipTierValue',
  description:
    'A US Trafficking in Persons Report tier, best first. TIER_1: the government fully meets the minimum standards of the US Trafficking Victims Protection Act; TIER_2: it does not fully meet them but makes significant efforts to; TIER_2_WATCH_LIST: the same, with a concern the report names (such as no evidence of increasing efforts); TIER_3: it does not fully meet them and is not making significant efforts. SPECIAL_CASE: not ranked that year (no shipped row has it).',
});
export type TipTierValueEnum = TipTier;

@ObjectType('TipTier', {
  description:
    "A state's tier in one year's US State Department Trafficking in Persons Report: the Department's judgement of the government's whole anti-trafficking effort, not of its law alone. A comparator beside lexgap's score; nothing is scored from it.",
})
export class TipTierModel {
  @Field(() => Int, { description: 'The TIP Report (publication) year.' })
  reportYear: number;
  @Field(() => TipTierValueEnum)
  tier: TipTierValueEnum;
  @Field(() => String, { nullable: true, description: 'Where the tier was read: the report, a copy of it, or a restatement (see verification).' })
  sourceUrl: string | null;
  @Field(() => String, { nullable: true })
  source: string | null;
  @Field(() => String, { nullable: true, description: 'What the source is: the State Department\'s own page, a full-text copy, a news-wire republication, or ("secondary: …") a restatement.' })
  verification: string | null;
}

export function toTipTierModel(row: { reportYear: number; tier: TipTier; sourceUrl: string | null; source: string | null; verification: string | null }): TipTierModel {
  return { reportYear: row.reportYear, tier: row.tier, sourceUrl: row.sourceUrl, source: row.source, verification: row.verification };
}
