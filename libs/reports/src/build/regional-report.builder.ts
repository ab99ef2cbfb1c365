import { criteriaOf, ScorecardResult } from '@lexgap/scoring-engine';
import type { Translator } from '../i18n/translator';
import type { LeastAssessedCriterion, RegionalReport, SharedGap } from '../model/regional-report.model';
import { REPORT_SCHEMA_VERSION } from '../model/report-parts';
import { NamedJurisdiction, provenanceOf, rankedRow, regionName, reportRubric, RubricRecord } from './report-basics';
import { regionalTipComparison, TipTierRecord } from './tip-tiers';

export interface RegionalReportInputs {
  region: { code: string; nameEn: string };
  rubric: RubricRecord;
  asOf: string;
  /** Members in ranking order (rank null last), each with its scorecard. */
  entries: { rank: number | null; jurisdiction: NamedJurisdiction; card: ScorecardResult }[];
  /** The members' US TIP Report tiers (any years), for the comparison with the score. */
  tipTiers?: readonly TipTierRecord[];
  generatedAt: Date;
  generator: string;
}

/** How many shared gaps and least-assessed criteria a regional report lists. */
export const SHARED_GAPS_LISTED = 10;
export const LEAST_ASSESSED_LISTED = 5;

const ASSESSED = new Set(['MET', 'PARTIAL', 'UNMET']);

export function buildRegionalReport(tr: Translator, input: RegionalReportInputs): RegionalReport {
  const { rubric, entries } = input;
  const rubricModel = reportRubric(tr, rubric);
  const definitions = criteriaOf(rubric.content);

  const perCriterion = definitions.map(({ category, criterion }, order) => {
    const results = entries.map((e) => ({
      code: e.jurisdiction.code,
      result: e.card.criteria.find((c) => c.criterionId === criterion.id),
      gap: e.card.gaps.find((g) => g.criterionId === criterion.id),
    }));
    const assessed = results.filter((r) => r.result && ASSESSED.has(r.result.status));
    const gaps = results.filter((r) => r.gap);
    return { category, criterion, order, assessed, gaps, notAssessed: results.filter((r) => !r.result || r.result.status === 'NOT_ASSESSED').map((r) => r.code) };
  });

  const sharedGaps: SharedGap[] = perCriterion
    .filter((c) => c.gaps.length > 0)
    .map((c) => ({
      order: c.order,
      criterion: { id: c.criterion.id, question: tr.text(c.criterion.question, `${c.criterion.id} question`), categoryTitle: tr.text(c.category.title, `category ${c.category.id}`) },
      states: c.gaps.length,
      assessed: c.assessed.length,
      share: c.gaps.length / c.assessed.length,
      meanSeverity: c.gaps.reduce((sum, g) => sum + g.gap!.severity, 0) / c.gaps.length,
      recommendation: tr.text(c.criterion.recommendation, `${c.criterion.id} recommendation`),
      jurisdictions: c.gaps.map((g) => g.code),
    }))
    // Most states first; then the costliest; then rubric order, so equal rows keep a stable place.
    .sort((a, b) => b.states - a.states || b.meanSeverity - a.meanSeverity || a.order - b.order)
    .slice(0, SHARED_GAPS_LISTED)
    .map(({ order: _order, ...gap }) => gap);

  const leastAssessed: LeastAssessedCriterion[] = perCriterion
    .filter((c) => c.notAssessed.length > 0)
    .sort((a, b) => a.assessed.length - b.assessed.length || a.order - b.order)
    .slice(0, LEAST_ASSESSED_LISTED)
    .map((c) => ({ criterion: { id: c.criterion.id, question: tr.text(c.criterion.question, `${c.criterion.id} question`) }, assessed: c.assessed.length, notAssessed: c.notAssessed }));

  // The ranking's order (ranked first, then the unranked by coverage), equal places read in the
  // reader's alphabetical order (the engine's order among ties is by code).
  type Place = { rank: number | null; coverage: number; jurisdiction: { name: string } };
  const byRank = (a: Place, b: Place) =>
    Number(a.rank === null) - Number(b.rank === null) ||
    (a.rank ?? 0) - (b.rank ?? 0) ||
    (a.rank === null ? b.coverage - a.coverage : 0) ||
    a.jurisdiction.name.localeCompare(b.jurisdiction.name, tr.lang);
  const ranking = entries
    .map((e) => ({
      ...rankedRow(tr, rubric.content, e),
      categoryScores: rubric.content.categories.map((k) => e.card.categories.find((c) => c.id === k.id)?.score ?? null),
    }))
    .sort(byRank);
  const members = entries.length;
  const tipComparison = regionalTipComparison(
    tr,
    ranking.map((r) => ({ code: r.jurisdiction.code, name: r.jurisdiction.name, score: r.score, rank: r.rank })),
    input.tipTiers ?? [],
    input.asOf,
  );
  const neutral = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    region: input.region.code,
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubric.contentHash },
    asOf: input.asOf,
    members: entries.map((e) => ({
      code: e.jurisdiction.code,
      rank: e.rank,
      score: e.card.score,
      coverage: e.card.coverage,
      band: e.card.band,
      criteria: e.card.criteria.map((c) => [c.criterionId, c.status, c.score]),
    })),
    tipComparison: { reportYear: tipComparison.reportYear, states: tipComparison.states.map((s) => [s.code, s.tier]).sort() },
  };
  const body = {
    kind: 'regional',
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang: tr.lang,
    region: { code: input.region.code, name: regionName(tr, input.region) },
    rubric: rubricModel,
    asOf: input.asOf,
    categories: rubric.content.categories.map((c) => ({ id: c.id, title: tr.text(c.title, `category ${c.id}`), weight: c.weight })),
    ranking,
    sharedGaps,
    coverage: {
      members,
      scored: entries.filter((e) => e.card.score !== null).length,
      banded: entries.filter((e) => e.card.band !== null).length,
      meanCoverage: members ? entries.reduce((sum, e) => sum + e.card.coverage, 0) / members : 0,
      leastAssessed,
    },
    tipComparison,
  } satisfies Omit<RegionalReport, 'provenance'>;
  // Each member's country report lists the sources its results rest on.
  return { ...body, provenance: provenanceOf(tr, { rubric: rubricModel, asOf: input.asOf, sources: [], generatedAt: input.generatedAt, generator: input.generator, neutral }) };
}
