import { toJurisdictionModel } from '@lexgap/jurisdictions';
import type { JurisdictionEntity } from '@lexgap/jurisdictions';
import { CriterionModel, RubricModel, toRubricModel } from '@lexgap/rubric';
import { Language, localize } from '@lexgap/legal-model';
import type { AutomaticResult, Explanation } from '@lexgap/scoring-engine';
import { AutomaticResultModel, CriterionResultModel, ScorecardModel } from './models/scorecard.models';
import type { Projection } from './projection.service';
import { StoredScorecard } from './scorecard.service';

/**
 * A computed scorecard in the reader's language (`say` turns an explanation into its text there);
 * evidence is resolved from its ids on demand.
 */
export function toScorecardModel(jurisdiction: JurisdictionEntity, card: StoredScorecard, lang: Language, say: (explanation: Explanation) => string = (e) => e.text): ScorecardModel {
  const rubric: RubricModel = toRubricModel(card.rubric, lang);
  const criteria = new Map<string, CriterionModel>(rubric.categories.flatMap((c) => c.criteria.map((k) => [k.id, k] as const)));
  const result = card.result;
  const band = card.rubric.content.bands.find((b) => b.id === result.band);
  return {
    jurisdiction: toJurisdictionModel(jurisdiction),
    nationalJurisdictionCode: result.nationalJurisdiction ?? null,
    rubric,
    asOf: result.asOf,
    score: result.score,
    coverage: result.coverage,
    scoreRange: result.scoreRange,
    minimumCoverage: result.minimumCoverage,
    unrankedReason: result.unrankedReason,
    band: result.band,
    bandLabel: band ? localize(band.label, lang) : null,
    categories: result.categories.map((c) => ({ ...c, title: rubric.categories.find((x) => x.id === c.id)?.title ?? c.id })),
    criteria: result.criteria.map((k): CriterionResultModel => ({
      criterion: criteria.get(k.criterionId)!,
      status: k.status,
      score: k.score,
      maxScore: k.maxScore,
      method: k.method,
      // Said on demand: a ranking of 35 scorecards holds ~2,000 explanations a client rarely selects.
      get explanation() {
        return say(k.explanation);
      },
      engineExplanation: k.explanation.text,
      explanationKey: k.explanation.key,
      automatic: k.automatic ? automaticOf(k.automatic, say) : null,
      finding: k.finding ?? null,
      weightShare: k.weightShare,
      evidenceAsOf: k.evidenceAsOf,
      evidenceStale: k.evidenceStale,
      sourceKinds: k.sourceKinds,
      lowestConfidence: k.lowestConfidence,
      unverifiedEvidence: k.unverifiedEvidence,
      evidenceIds: k.evidence,
      evidence: undefined as never, // resolved by CriterionResultResolver.evidence
    })),
    gaps: result.gaps.map((g) => ({ criterion: criteria.get(g.criterionId)!, severity: g.severity, result: g.result, recommendation: criteria.get(g.criterionId)!.recommendation })),
    evidenceAsOf: result.evidenceAsOf,
    staleEvidenceYears: result.staleEvidenceYears,
    staleCriteria: result.staleCriteria,
    computedAt: card.computedAt,
    projection: null,
  };
}

/** The result an expert overrode, its explanation said on demand as the criterion's is. */
function automaticOf(automatic: AutomaticResult, say: (explanation: Explanation) => string): AutomaticResultModel {
  return {
    status: automatic.status,
    score: automatic.score,
    get explanation() {
      return say(automatic.explanation);
    },
    engineExplanation: automatic.explanation.text,
    method: automatic.finding ? 'SOURCE_FINDING' : 'AUTOMATIC',
    finding: automatic.finding ?? null,
  };
}

/** A projection (the scorecard as if some bills were in force), labelled as one, with what it changes. */
export function toProjectedScorecardModel(projection: Projection, lang: Language, say?: (explanation: Explanation) => string): ScorecardModel {
  const model = toScorecardModel(projection.projected.jurisdiction, projection.projected, lang, say);
  const criteria = new Map(model.criteria.map((c) => [c.criterion.id, c.criterion]));
  const { official } = projection;
  model.projection = {
    drafts: projection.bills.map((b) => ({ ...b })),
    officialScore: official.result.score,
    officialCoverage: official.result.coverage,
    officialBand: official.result.band,
    changes: projection.changes.map((c) => ({ ...c, criterion: criteria.get(c.criterionId)! })),
  };
  return model;
}
