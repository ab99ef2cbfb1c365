import { criteriaOf, ScorecardResult } from '@lexgap/scoring-engine';
import type { Translator } from '../i18n/translator';
import type { ComparisonCell, ComparisonJurisdiction, ComparisonReport } from '../model/comparison-report.model';
import { REPORT_SCHEMA_VERSION } from '../model/report-parts';
import { jurisdictionName, NamedJurisdiction, provenanceOf, RankRecord, reportBand, reportRank, reportRubric, resultLabel, RubricRecord } from './report-basics';

/** What a comparison is built from; the data service gathers it, tests write it by hand. */
export interface ComparisonReportInputs {
  rubric: RubricRecord;
  asOf: string;
  /** The jurisdictions in column order, each with its scorecard and where its country report ranks it. */
  entries: { jurisdiction: NamedJurisdiction; card: ScorecardResult; rank: RankRecord | null }[];
  generatedAt: Date;
  generator: string;
}

/**
 * Builds the side-by-side comparison: every rubric criterion (rows, by category) against every
 * jurisdiction (columns), and each jurisdiction's headline figures. Pure, like the other builders.
 */
export function buildComparisonReport(tr: Translator, input: ComparisonReportInputs): ComparisonReport {
  const { rubric, entries } = input;
  const rubricModel = reportRubric(tr, rubric);
  const definitions = criteriaOf(rubric.content);
  const results = entries.map((e) => new Map(e.card.criteria.map((c) => [c.criterionId, c])));

  const jurisdictions: ComparisonJurisdiction[] = entries.map((e) => ({
    jurisdiction: {
      code: e.jurisdiction.code,
      name: jurisdictionName(tr, e.jurisdiction),
      kind: e.jurisdiction.kind,
      parent: e.jurisdiction.parent ? { code: e.jurisdiction.parent.code, name: jurisdictionName(tr, e.jurisdiction.parent) } : null,
    },
    score: e.card.score,
    coverage: e.card.coverage,
    scoreRange: e.card.scoreRange,
    band: reportBand(tr, rubric.content, e.card.band),
    bandWithheld: e.card.bandWithheld,
    rank: reportRank(tr, e.rank, e.card.unrankedReason),
    evidenceAge: e.card.evidenceAsOf
      ? {
          oldest: e.card.evidenceAsOf.oldest,
          newest: e.card.evidenceAsOf.newest,
          anyStale: e.card.staleCriteria.length > 0,
          anySecondary: e.card.criteria.some((c) => c.status !== 'NOT_ASSESSED' && c.sourceKinds.includes('SECONDARY')),
        }
      : null,
    notAssessed: e.card.criteria.filter((c) => c.status === 'NOT_ASSESSED').length,
  }));

  const categories = rubric.content.categories.map((category) => ({
    id: category.id,
    title: tr.text(category.title, `category ${category.id}`),
    weight: category.weight,
    scores: entries.map((e) => e.card.categories.find((c) => c.id === category.id)?.score ?? null),
    rows: definitions
      .filter((d) => d.category.id === category.id)
      .map(({ criterion }) => ({
        criterion: { id: criterion.id, question: tr.text(criterion.question, `${criterion.id} question`) },
        cells: entries.map((e, i): ComparisonCell => {
          const result = results[i].get(criterion.id);
          // A scorecard holds every criterion of its rubric; one without it has no result on it.
          if (!result) return { code: e.jurisdiction.code, status: 'NOT_ASSESSED', score: null, method: 'AUTOMATIC', resultLabel: null, evidenceAge: null };
          return {
            code: e.jurisdiction.code,
            status: result.status,
            score: result.score,
            method: result.method,
            // As in the country report: a source's finding gives the level's score, not the measure that defines the level.
            resultLabel: result.method === 'SOURCE_FINDING' ? null : resultLabel(tr, criterion, result),
            evidenceAge: result.evidenceAsOf ? { asOf: result.evidenceAsOf, stale: result.evidenceStale, secondary: result.sourceKinds.includes('SECONDARY') } : null,
          };
        }),
      })),
  }));

  const neutral = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'comparison',
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubric.contentHash },
    asOf: input.asOf,
    jurisdictions: entries.map((e) => ({
      code: e.jurisdiction.code,
      score: e.card.score,
      coverage: e.card.coverage,
      band: e.card.band,
      rank: e.rank ? [e.rank.region.code, e.rank.rank, e.rank.ranked, e.rank.members] : null,
      criteria: e.card.criteria.map((c) => [c.criterionId, c.status, c.score, c.method, c.evidenceAsOf, c.evidenceStale, c.sourceKinds]),
    })),
  };
  const body = {
    kind: 'comparison',
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang: tr.lang,
    rubric: rubricModel,
    asOf: input.asOf,
    minimumCoverage: rubric.content.minimumCoverageForBand,
    staleYears: entries[0]?.card.staleEvidenceYears ?? 3,
    jurisdictions,
    categories,
  } satisfies Omit<ComparisonReport, 'provenance'>;
  // Each jurisdiction's country report lists the sources its results rest on.
  return { ...body, provenance: provenanceOf(tr, { rubric: rubricModel, asOf: input.asOf, sources: [], generatedAt: input.generatedAt, generator: input.generator, neutral }) };
}
