import { assertIsoDate, IsoDate } from '@lexgap/legal-model';
import { criteriaOf, Rubric } from '../rubric/rubric';
import { aggregate, SHARE_DECIMALS } from './aggregate';
import { bandFor, hasMinimumCoverage } from './band';
import { CriterionOutcome, evaluateCriterion } from './evaluate-criterion';
import type { EvaluationContext } from './evaluation';
import type { JurisdictionEvidence } from './evidence';
import { expertResultFor } from './expert-results';
import { provisionsInForce } from './facts/provisions-in-force';
import { preferReadingsOfTheText } from './facts/source-precedence';
import { gapsOf } from './gaps';
import { isInherited } from './layered-law';
import { DEFAULT_STALE_EVIDENCE_YEARS, qualityOf, recordQualities } from './evidence-quality';
import type { EvidenceRefs, ScorecardResult, ScoredCriterion } from './scorecard';
import { sourceFindingFor } from './source-findings';

/**
 * The records whose quality a result has. A source finding's result is the finding's: it cites
 * the wording the source judged, but a fact set recorded for that wording did not give it, so the
 * fact set's reading date, kind and verification are not the result's.
 */
function recordsBehind(outcome: CriterionOutcome): EvidenceRefs {
  return outcome.method === 'SOURCE_FINDING' ? { ...outcome.evidence, provisions: [] } : outcome.evidence;
}

/**
 * The scorecard of one jurisdiction under a rubric as of a date: a pure function of its inputs,
 * so any past year's scorecard can be reproduced. Only provisions in force on `asOf`, treaty
 * records dated on or before it, expert results approved on or before it, and source findings of
 * this rubric made on or before it whose wording is in force on it count; a report's description
 * of the law yields to a reading of its text fact by fact (`preferReadingsOfTheText`).
 * `rubric` must come from `validateRubric`.
 */
export function scoreJurisdiction(rubric: Rubric, evidence: JurisdictionEvidence, asOf: IsoDate): ScorecardResult {
  assertIsoDate(asOf, 'asOf');
  const context: EvaluationContext = {
    asOf,
    parameters: rubric.parameters,
    provisions: preferReadingsOfTheText(provisionsInForce(evidence.provisions, asOf)),
    treatyActions: evidence.treatyActions,
    treatyObservations: evidence.treatyObservations,
    treaties: evidence.treaties ?? [],
  };
  const findings = evidence.sourceFindings ?? [];
  const ownResults = evidence.expertResults.filter((r) => !isInherited(r, evidence));
  const nationalResults = evidence.expertResults.filter((r) => isInherited(r, evidence));
  const ownProvisions = new Set(evidence.provisions.filter((p) => !isInherited(p, evidence)).map((p) => p.id));
  const outcomes = criteriaOf(rubric).map(({ category, criterion }) => {
    const finding = sourceFindingFor(findings, rubric.id, criterion.id, asOf);
    const own = expertResultFor(ownResults, criterion.id, asOf);
    const national = own ? undefined : expertResultFor(nationalResults, criterion.id, asOf);
    const outcome = evaluateCriterion(criterion, category.id, context, own ?? national, finding);
    if (!national || outcome.score === null) return outcome;
    // A unit inherits the expert's result on its country's law, unless its own law goes further:
    // the result without the expert is higher and rests on a provision the unit enacted.
    const alone = evaluateCriterion(criterion, category.id, context, undefined, finding);
    return alone.score !== null && alone.score > outcome.score && alone.evidence.provisions.some((id) => ownProvisions.has(id)) ? alone : outcome;
  });
  const totals = aggregate(rubric, outcomes);
  const staleEvidenceYears = rubric.parameters.staleEvidenceYears ?? DEFAULT_STALE_EVIDENCE_YEARS;
  const records = recordQualities(evidence);
  const criteria: ScoredCriterion[] = outcomes.map((outcome) => ({
    ...outcome,
    weightShare: totals.weightShares.get(outcome.criterionId)!.round(SHARE_DECIMALS),
    ...qualityOf(recordsBehind(outcome), records, asOf, staleEvidenceYears),
  }));
  const oldest = criteria
    .map((c) => c.evidenceAsOf)
    .filter((d): d is string => d !== null)
    .sort()[0];
  const newest = criteria
    .map((c) => c.newestEvidenceAsOf)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const band = bandFor(rubric, totals.exact.score, totals.exact.coverage);
  const unrankedReason = totals.exact.score === null ? 'NO_SCORE' : hasMinimumCoverage(rubric, totals.exact.coverage) ? null : 'INSUFFICIENT_COVERAGE';
  return {
    jurisdiction: evidence.jurisdiction,
    nationalJurisdiction: evidence.nationalJurisdiction ?? null,
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    asOf,
    score: totals.score,
    coverage: totals.coverage,
    scoreRange: totals.scoreRange,
    minimumCoverage: rubric.minimumCoverageForBand,
    unrankedReason,
    band,
    bandWithheld: totals.score !== null && band === null,
    categories: totals.categories,
    criteria,
    evidenceAsOf: oldest && newest ? { oldest, newest } : null,
    staleEvidenceYears,
    staleCriteria: criteria.filter((c) => c.evidenceStale).map((c) => c.criterionId),
    gaps: gapsOf(criteria, totals.weightShares),
  };
}
