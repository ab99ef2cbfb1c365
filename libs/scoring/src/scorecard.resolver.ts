import { Optional } from '@nestjs/common';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Language } from '@lexgap/legal-model';
import type { Explanation } from '@lexgap/scoring-engine';
import { Allow, Permission } from '@lexgap/auth';
import { JurisdictionLoaders, JurisdictionModel, parseJurisdictionCode, parseLanguage, toJurisdictionModel } from '@lexgap/jurisdictions';
import { LegislationLoaders, toLegalFactSetModel } from '@lexgap/legislation';
import { BadUserInputError, decodeCursor, encodeCursor, IsoDateScalar, pageSize, RequestContext } from '@lexgap/platform';
import { toActionModel, toObservationModel, TreatyLoaders } from '@lexgap/treaties';
import { CriterionResultModel, EvidenceModel, RankingConnectionModel, ScorecardModel, ScorePointModel } from './models/scorecard.models';
import { ExplanationLocalizer } from './explanation-localizer';
import { toProjectedScorecardModel, toScorecardModel } from './scorecard.mapper';
import { MAX_PROJECTED_BILLS, ProjectionService } from './projection.service';
import { ScorecardService } from './scorecard.service';
import { toRubricModel } from '@lexgap/rubric';

const LANG = { type: () => String, nullable: true, description: 'en, es, pt or fr (default en).' } as const;
const RUBRIC = { type: () => String, nullable: true, description: 'Rubric id (default tip-legal-framework).' } as const;
const AS_OF = { type: () => IsoDateScalar, nullable: true, description: 'Default today.' } as const;
const MAX_COMPARED = 12;

@Resolver(() => ScorecardModel)
export class ScorecardResolver {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly projections: ProjectionService,
    private readonly jurisdictionLoaders: JurisdictionLoaders,
    @Optional() private readonly explanations?: ExplanationLocalizer,
  ) {}

  /** Explanations in the reader's language (the engine's English where no localizer is installed). */
  private say(lang: Language): (explanation: Explanation) => string {
    const localizer = this.explanations;
    return localizer ? (explanation) => localizer.localize(explanation, lang) : (explanation) => explanation.text;
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => ScorecardModel, { description: 'A jurisdiction scored under a rubric version as of a date, every point explained; with withDrafts, a projection of the bills named (see projection).' })
  async scorecard(
    @Args('jurisdiction') code: string,
    @Args('rubric', RUBRIC) rubric: string | null,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Args('asOf', AS_OF) asOf: string | null,
    @Args('lang', LANG) lang: string | null,
    @Args('withDrafts', {
      type: () => [ID],
      nullable: true,
      description: `A projection: the score as if these bills (instruments with status DRAFT, of the jurisdiction or of a unit's country; at most ${MAX_PROJECTED_BILLS}) were in force on the as-of date, with the change per criterion (projection). Never stored, ranked or reported as official.`,
    })
    withDrafts: string[] | null,
  ): Promise<ScorecardModel> {
    const language = parseLanguage(lang);
    if (withDrafts) return toProjectedScorecardModel(await this.projections.project(code, rubric, version, asOf, withDrafts), language, this.say(language));
    const card = await this.scorecards.scorecard(code, rubric, version, asOf);
    return toScorecardModel(card.jurisdiction, card, language, this.say(language));
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => [ScorecardModel], { description: `Scorecards of several jurisdictions side by side (at most ${MAX_COMPARED}), in the order asked.` })
  async compareScorecards(
    @Args('jurisdictions', { type: () => [String] }) codes: string[],
    @Args('rubric', RUBRIC) rubric: string | null,
    @Args('version', { type: () => Int, nullable: true }) version: number | null,
    @Args('asOf', AS_OF) asOf: string | null,
    @Args('lang', LANG) lang: string | null,
  ): Promise<ScorecardModel[]> {
    if (codes.length === 0 || codes.length > MAX_COMPARED) throw BadUserInputError.field('jurisdictions', `must list 1 to ${MAX_COMPARED} jurisdictions`);
    const language = parseLanguage(lang);
    const cards = await this.scorecards.compare(codes, rubric, version, asOf);
    return cards.map((card) => toScorecardModel(card.jurisdiction, card, language, this.say(language)));
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => RankingConnectionModel, {
    description: "Jurisdictions ranked by score, highest first; ties share a rank; those below the rubric's minimum coverage follow unranked, most covered first.",
  })
  async rankings(
    @Args('rubric', RUBRIC) rubric: string | null,
    @Args('region', {
      type: () => String,
      nullable: true,
      description: "M49 code or group (OAS), or a country's code (MX) to rank its sub-national units; all countries when omitted.",
    })
    region: string | null,
    @Args('asOf', AS_OF) asOf: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('lang', LANG) lang: string | null,
  ): Promise<RankingConnectionModel> {
    const language = parseLanguage(lang);
    const size = pageSize(first, 50);
    const ranking = await this.scorecards.rankings(rubric, region, asOf);
    const offset = after ? Number(decodeCursor('ranking', after)) + 1 : 0;
    if (!Number.isInteger(offset) || offset < 0) throw BadUserInputError.field('after', 'is not a cursor this list gave out');
    const page = ranking.entries.slice(offset, offset + size);
    const edges = page.map((e, i) => {
      const jurisdiction = e.scorecard.jurisdiction;
      return {
        cursor: encodeCursor('ranking', offset + i),
        node: {
          rank: e.rank,
          unrankedReason: e.scorecard.result.unrankedReason,
          jurisdiction: toJurisdictionModel(jurisdiction),
          score: e.scorecard.result.score,
          scoreRange: e.scorecard.result.scoreRange,
          coverage: e.scorecard.result.coverage,
          band: e.scorecard.result.band,
          scorecard: toScorecardModel(jurisdiction, e.scorecard, language, this.say(language)),
        },
      };
    });
    return {
      edges,
      totalCount: ranking.entries.length,
      pageInfo: { hasNextPage: offset + size < ranking.entries.length, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      rubric: toRubricModel(ranking.rubric, language),
      asOf: ranking.asOf,
    };
  }

  @ResolveField(() => JurisdictionModel, {
    nullable: true,
    description: "Sub-national units: the country whose national law in force and treaty status this scorecard counts beside the unit's own law; null for a country.",
  })
  async nationalLaw(@Parent() card: ScorecardModel, @Context() ctx: RequestContext): Promise<JurisdictionModel | null> {
    if (!card.nationalJurisdictionCode) return null;
    const country = await this.jurisdictionLoaders.byCode(ctx).load(card.nationalJurisdictionCode);
    return country ? toJurisdictionModel(country) : null;
  }

  @Allow(Permission.READ_PUBLISHED)
  @Query(() => [ScorePointModel], { description: 'The score at `from` and a point at every date it changes, up to `to` (default today).' })
  async scoreHistory(
    @Args('jurisdiction') code: string,
    @Args('rubric', RUBRIC) rubric: string | null,
    @Args('from', {
      type: () => IsoDateScalar,
      nullable: true,
      description: "Default: the earliest date any of the jurisdiction's evidence applies (whatever the year), or `to` when nothing applies by then (one point).",
    })
    from: string | null,
    @Args('to', AS_OF) to: string | null,
  ): Promise<ScorePointModel[]> {
    return (await this.scorecards.history(code, rubric, from, to)).points;
  }
}

@Resolver(() => CriterionResultModel)
export class CriterionResultResolver {
  constructor(
    private readonly legislation: LegislationLoaders,
    private readonly treaties: TreatyLoaders,
  ) {}

  @ResolveField(() => EvidenceModel)
  async evidence(@Parent() result: CriterionResultModel, @Context() ctx: RequestContext): Promise<EvidenceModel> {
    const ids = result.evidenceIds;
    const [provisions, actions, observations] = await Promise.all([
      this.legislation.provisionById(ctx).loadMany(ids.provisions),
      this.treaties.actionById(ctx).loadMany(ids.treatyActions),
      this.treaties.observationById(ctx).loadMany(ids.treatyObservations),
    ]);
    const present = <T>(xs: (T | Error | null)[]): T[] => xs.filter((x): x is T => x !== null && !(x instanceof Error));
    const provisionRows = present(provisions);
    const [instruments, factSets] = await Promise.all([
      this.legislation.instrumentById(ctx).loadMany(provisionRows.map((p) => p.instrumentId)),
      this.legislation.facts(ctx).loadMany(provisionRows.map((p) => p.id)),
    ]);
    return {
      provisions: provisionRows.map((p, i) => {
        const instrument = instruments[i];
        // Every provision has its instrument (a foreign key); the instrument's jurisdiction enacted it.
        const enactedBy = instrument && !(instrument instanceof Error) ? instrument.jurisdictionCode : null;
        return {
          id: p.id,
          level: enactedBy && parseJurisdictionCode(enactedBy)?.kind === 'SUBDIVISION' ? 'SUBNATIONAL' : 'NATIONAL',
          jurisdictionCode: enactedBy ?? '',
          citation: p.citation,
          instrument: instrument && !(instrument instanceof Error) ? { ...instrument } : null,
          inForceFrom: p.inForceFrom,
          inForceTo: p.inForceTo,
          sourceUrl: p.sourceUrl ?? (instrument && !(instrument instanceof Error) ? instrument.sourceUrl : null),
          facts: factSets[i] && !(factSets[i] instanceof Error) ? toLegalFactSetModel(factSets[i]) : null,
        };
      }),
      treatyActions: present(actions).map(toActionModel),
      treatyObservations: present(observations).map(toObservationModel),
      assessments: ids.assessments,
      // A scorecard stored before results listed findings has none (migration 1764720000000 clears them anyway).
      findings: ids.findings ?? [],
    };
  }
}
