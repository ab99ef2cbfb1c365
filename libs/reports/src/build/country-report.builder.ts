import { criteriaOf, criterionChanges, ScoredCriterion, ScorecardResult, ScorePoint } from '@lexgap/scoring-engine';
import { DatePrecision, wordingDiff } from '@lexgap/legal-model';
import { localizeExplanation, localizeRecommendation } from '../i18n/explanations';
import type { Translator } from '../i18n/translator';
import type { CountryReport, ReportAssessedShare, ReportBillProjection, ReportBillWording, ReportProvision, ReportTreatyStatus } from '../model/country-report.model';
import { REPORT_SCHEMA_VERSION, ReportCriterion, ReportObservation, ReportSource, ReportTreatyAction } from '../model/report-parts';
import { jurisdictionName, NamedJurisdiction, provenanceOf, RankRecord, reportBand, reportRank, reportRubric, resultLabel, RubricRecord } from './report-basics';
import { countryTipTiers, TipTierRecord } from './tip-tiers';

export type ProvisionRecord = Omit<ReportProvision, 'anchor' | 'textNote'>;

export interface TreatyStatusRecord {
  treaty: string;
  status: ReportTreatyStatus['status'];
  since: string | null;
  datePrecision: DatePrecision | null;
  basisIds: string[];
  observationId: string | null;
}

export interface TreatyInfo {
  code: string;
  shortTitle: string;
  title: string;
  url: string;
}

/** Everything a country report is built from; the data service gathers it, tests write it by hand. */
export interface CountryReportInputs {
  jurisdiction: NamedJurisdiction;
  /** How many sub-national units of this country are recorded (0 or absent for a unit). */
  units?: number;
  rubric: RubricRecord;
  card: ScorecardResult;
  rank: RankRecord | null;
  treaties: TreatyInfo[];
  treatyStatuses: TreatyStatusRecord[];
  provisions: ReadonlyMap<string, ProvisionRecord>;
  treatyActions: ReadonlyMap<string, ReportTreatyAction>;
  observations: ReadonlyMap<string, ReportObservation>;
  history: ScorePoint[];
  /** Its US TIP Report tiers (any years: the report shows those up to the as-of date's year). */
  tipTiers?: readonly TipTierRecord[];
  generatedAt: Date;
  generator: string;
  /** Bills to project (scorecard as if they were in force on the as-of date); absent for the official report alone. */
  projection?: ProjectionRecord | null;
}

/** Bills projected onto the scorecard: the bills, the projected card, and the bills' articles by id. */
export interface ProjectionRecord {
  bills: BillRecord[];
  card: ScorecardResult;
  articles: ReadonlyMap<string, BillArticleRecord>;
}

/** A bill's article (with its text) and the enacted wording it would replace (null for a new article). */
export interface BillArticleRecord {
  billId: string;
  article: ProvisionRecord;
  replaces: ProvisionRecord | null;
}

/** A bill (a DRAFT instrument) as a report names it. */
export interface BillRecord {
  id: string;
  title: string;
  parliamentaryReference: string | null;
  introducedOn: string | null;
  jurisdiction: string;
}

/** The treaty's name in the reader's language (catalogue), else its depositary's short title. */
export function treatyName(tr: Translator, treaties: readonly TreatyInfo[]): (code: string) => string {
  return (code) => (tr.has(`treaty.${code}`) ? tr.t(`treaty.${code}`) : (treaties.find((t) => t.code === code)?.shortTitle ?? code));
}

/** Builds the report's data model: pure, so the same inputs always give the same report. */
export function buildCountryReport(tr: Translator, input: CountryReportInputs): CountryReport {
  const { card, rubric } = input;
  const rubricModel = reportRubric(tr, rubric);
  const nameOfTreaty = treatyName(tr, input.treaties);
  const severity = new Map(card.gaps.map((g) => [g.criterionId, g.severity]));
  const definitions = new Map(criteriaOf(rubric.content).map((d) => [d.criterion.id, d]));

  // A gap reached from the law (or a source's finding on it) names the provisions to amend and what they lack.
  const recommendationFor = (result: ScoredCriterion, rubricText: string): string => {
    if ((result.status !== 'UNMET' && result.status !== 'PARTIAL') || result.method === 'EXPERT') return rubricText;
    const citations = result.evidence.provisions.flatMap((id) => input.provisions.get(id) ?? []).map((p) => `${p.citation}, ${p.instrument.title}`);
    return localizeRecommendation(tr, rubricText, result.explanation, [...new Set(citations)], nameOfTreaty);
  };

  const criterion = (result: ScoredCriterion): ReportCriterion => {
    const { category, criterion: def } = definitions.get(result.criterionId)!;
    return {
      id: def.id,
      categoryId: category.id,
      categoryTitle: tr.text(category.title, `category ${category.id}`),
      question: tr.text(def.question, `${def.id} question`),
      basis: def.method.toUpperCase() as ReportCriterion['basis'],
      method: result.method,
      status: result.status,
      score: result.score,
      // A source's finding gives the level's score, not the measure that defines the level ("below 80 % of the rape minimum"): no label.
      resultLabel: result.method === 'SOURCE_FINDING' ? null : resultLabel(tr, def, result),
      weightShare: result.weightShare,
      severity: severity.get(def.id) ?? null,
      explanation: localizeExplanation(tr, result.explanation, nameOfTreaty),
      automatic: result.automatic
        ? {
            status: result.automatic.status,
            score: result.automatic.score,
            explanation: localizeExplanation(tr, result.automatic.explanation, nameOfTreaty),
            engineExplanation: result.automatic.explanation.text,
            method: result.automatic.finding ? 'SOURCE_FINDING' : 'AUTOMATIC',
            finding: result.automatic.finding ?? null,
          }
        : null,
      expert: result.expert
        ? {
            assessmentId: result.expert.assessmentId,
            decidedOn: result.expert.decidedOn,
            rationale: result.expert.rationale,
            reviewerName: result.expert.reviewerName ?? null,
            urls: result.expert.urls ?? [],
          }
        : null,
      evidenceAge: result.evidenceAsOf ? { asOf: result.evidenceAsOf, stale: result.evidenceStale, secondary: result.sourceKinds.includes('SECONDARY') } : null,
      recommendation: recommendationFor(result, tr.text(def.recommendation, `${def.id} recommendation`)),
      references: def.references,
      evidence: {
        provisions: result.evidence.provisions.filter((id) => input.provisions.has(id)),
        treatyActions: result.evidence.treatyActions.flatMap((id) => input.treatyActions.get(id) ?? []),
        observations: result.evidence.treatyObservations.flatMap((id) => input.observations.get(id) ?? []),
        assessments: result.evidence.assessments,
        findings: result.finding ? [result.finding] : [],
      },
    };
  };

  const byId = new Map(card.criteria.map((c) => [c.criterionId, c]));
  const gaps = card.gaps.map((g) => criterion(byId.get(g.criterionId)!));
  const withStatus = (...statuses: string[]) => card.criteria.filter((c) => statuses.includes(c.status)).map(criterion);

  const treaties: ReportTreatyStatus[] = input.treatyStatuses.map((s) => {
    const info = input.treaties.find((t) => t.code === s.treaty);
    const basis = s.basisIds.flatMap((id) => input.treatyActions.get(id) ?? []);
    const observation = s.observationId ? (input.observations.get(s.observationId) ?? null) : null;
    return {
      code: s.treaty,
      name: nameOfTreaty(s.treaty),
      title: info?.title ?? s.treaty,
      url: info?.url ?? '',
      status: s.status,
      since: s.since,
      datePrecision: s.datePrecision,
      basis,
      observation,
      verified: basis.every((a) => a.verified) && (observation?.verified ?? true),
    };
  });

  // Only provisions a result cites, in the order of the instrument and the citation.
  const cited = new Set(card.criteria.flatMap((c) => [...c.evidence.provisions, ...(c.automatic?.evidence.provisions ?? [])]));
  const provisions = [...cited]
    .flatMap((id) => input.provisions.get(id) ?? [])
    .sort((a, b) => a.instrument.title.localeCompare(b.instrument.title) || a.citation.localeCompare(b.citation, undefined, { numeric: true }) || a.inForceFrom.localeCompare(b.inForceFrom))
    .map((p, i) => ({ ...p, textNote: textNote(tr, p), anchor: `provision-${i + 1}` }));

  const history = input.history.map((p) => ({ date: p.date, score: p.score, coverage: p.coverage, band: reportBand(tr, rubric.content, p.band), changed: p.changed }));
  const tipTiers = countryTipTiers(tr, input.tipTiers ?? [], card.asOf);
  const rank = reportRank(tr, input.rank, card.unrankedReason);

  const billProjection = input.projection ? projectionOf(input.projection) : null;

  function projectionOf(projection: ProjectionRecord): ReportBillProjection {
    const projected = new Map(projection.card.criteria.map((c) => [c.criterionId, c]));
    return {
      bills: projection.bills,
      // Each side says how much of it is assessed, as the report's summary does: a projection is no surer than its evidence.
      official: { score: card.score, band: reportBand(tr, rubric.content, card.band), ...howMuchAssessed(card) },
      projected: { score: projection.card.score, band: reportBand(tr, rubric.content, projection.card.band), ...howMuchAssessed(projection.card) },
      changes: criterionChanges(card, projection.card).map((change) => {
        const def = definitions.get(change.criterionId)!.criterion;
        const after = projected.get(change.criterionId)!;
        return {
          id: change.criterionId,
          question: tr.text(def.question, `${def.id} question`),
          official: { status: change.official.status, resultLabel: resultLabel(tr, def, byId.get(change.criterionId)!) },
          projected: { status: change.projected.status, resultLabel: resultLabel(tr, def, after), explanation: localizeExplanation(tr, after.explanation, nameOfTreaty) },
          scoreChange: change.scoreChange,
          wordings: after.evidence.provisions.flatMap((id) => {
            const found = projection.articles.get(id);
            return found ? [billWording(found)] : [];
          }),
        };
      }),
    };
  }

  /** What a bill's article changes in the wording in force, word by word; said in the reader's language when it cannot be compared. */
  function billWording({ billId, article, replaces }: BillArticleRecord): ReportBillWording {
    const bill = input.projection!.bills.find((b) => b.id === billId)?.title ?? article.instrument.title;
    const diff = replaces ? wordingDiff(replaces.text, article.text) : null;
    return {
      citation: article.citation,
      bill,
      language: article.instrument.language,
      replaces: replaces ? { citation: replaces.citation, instrument: replaces.instrument.title, inForceFrom: replaces.inForceFrom, inForceFromPrecision: replaces.inForceFromPrecision } : null,
      segments: diff?.comparable ? diff.segments : null,
      note: !replaces ? tr.t('projection.newArticle', { article: article.citation, bill }) : diff?.comparable ? null : tr.t('projection.textNotRecorded'),
    };
  }

  const neutral = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    jurisdiction: input.jurisdiction.code,
    units: input.units ?? 0,
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubric.contentHash },
    asOf: card.asOf,
    score: card.score,
    coverage: card.coverage,
    band: card.band,
    bandWithheld: card.bandWithheld,
    rank: input.rank ? { region: input.rank.region.code, rank: input.rank.rank, ranked: input.rank.ranked, members: input.rank.members } : null,
    criteria: card.criteria.map((c) => ({
      id: c.criterionId,
      status: c.status,
      score: c.score,
      method: c.method,
      evidence: c.evidence,
      expert: c.expert ?? null,
      automatic: c.automatic ? { status: c.automatic.status, score: c.automatic.score } : null,
    })),
    treaties: input.treatyStatuses,
    history: input.history,
    tipTiers: tipTiers.map((t) => [t.reportYear, t.tier, t.sourceUrl]),
    provisions: provisions.map((p) => ({
      id: p.id,
      citation: p.citation,
      heading: p.heading,
      text: p.text,
      factsSource: p.factsSource,
      inForceFrom: p.inForceFrom,
      inForceTo: p.inForceTo,
      inForceFromPrecision: p.inForceFromPrecision,
      inForceToPrecision: p.inForceToPrecision,
      sourceUrl: p.sourceUrl,
      factsVerified: p.factsVerified,
      instrument: p.instrument,
    })),
    // A projection is part of what the document says: it changes the content hash.
    billProjection: input.projection
      ? {
          bills: input.projection.bills.map((b) => b.id),
          changes: billProjection!.changes.map((c) => [c.id, c.official.status, c.projected.status, c.scoreChange, c.wordings.map((w) => [w.citation, w.replaces?.citation ?? null, w.segments])]),
          score: input.projection.card.score,
        }
      : null,
  };

  const gapsAndRest = [...gaps, ...withStatus('MET', 'NOT_ASSESSED', 'NOT_APPLICABLE')];
  const body = {
    kind: 'country',
    schemaVersion: REPORT_SCHEMA_VERSION,
    lang: tr.lang,
    jurisdiction: {
      code: input.jurisdiction.code,
      name: jurisdictionName(tr, input.jurisdiction),
      kind: input.jurisdiction.kind,
      parent: input.jurisdiction.parent ? { code: input.jurisdiction.parent.code, name: jurisdictionName(tr, input.jurisdiction.parent) } : null,
      units: input.units ?? 0,
    },
    rubric: rubricModel,
    asOf: card.asOf,
    score: card.score,
    ...howMuchAssessed(card),
    band: reportBand(tr, rubric.content, card.band),
    bandWithheld: card.bandWithheld,
    rank,
    evidenceAge: evidenceAgeOf(card),
    categories: card.categories.map((c) => ({
      id: c.id,
      title: tr.text(rubric.content.categories.find((k) => k.id === c.id)?.title, `category ${c.id}`),
      weight: c.weight,
      score: c.score,
      coverage: c.coverage,
      scoreRange: c.scoreRange,
    })),
    gaps,
    notAssessed: withStatus('NOT_ASSESSED'),
    met: withStatus('MET'),
    notApplicable: withStatus('NOT_APPLICABLE'),
    treaties,
    history,
    tipTiers,
    provisions,
    billProjection,
  } satisfies Omit<CountryReport, 'provenance'>;
  const sources = sourcesOf(treaties, gapsAndRest, provisions, card);
  return { ...body, provenance: provenanceOf(tr, { rubric: rubricModel, asOf: card.asOf, sources, generatedAt: input.generatedAt, generator: input.generator, neutral }) };
}

/** How old and how sure the evidence of the whole scorecard is, for the summary; null when the results rest on nothing. */
function evidenceAgeOf(card: ScorecardResult): CountryReport['evidenceAge'] {
  if (!card.evidenceAsOf) return null;
  return {
    oldest: card.evidenceAsOf.oldest,
    newest: card.evidenceAsOf.newest,
    staleYears: card.staleEvidenceYears,
    anyStale: card.staleCriteria.length > 0,
    anySecondary: card.criteria.some((c) => c.status !== 'NOT_ASSESSED' && c.sourceKinds.includes('SECONDARY')),
  };
}

/**
 * What a report shows where a provision's text would be when lexgap does not have it: the text is
 * not invented, and the reader is told which source describes the provision instead.
 */
/**
 * How much of a scorecard is assessed, as a report states it beside any score: coverage, the score
 * range, the criteria with a result out of those that apply, and whether coverage is below the
 * rubric's minimum for a band and a rank (a report then leads with what is known).
 */
export function howMuchAssessed(card: ScorecardResult): ReportAssessedShare {
  return {
    coverage: card.coverage,
    scoreRange: card.scoreRange,
    minimumCoverage: card.minimumCoverage,
    belowMinimumCoverage: card.score !== null && card.coverage < card.minimumCoverage,
    assessedCriteria: card.criteria.filter((c) => c.status === 'MET' || c.status === 'PARTIAL' || c.status === 'UNMET').length,
    applicableCriteria: card.criteria.filter((c) => c.status !== 'NOT_APPLICABLE').length,
  };
}

function textNote(tr: Translator, p: ProvisionRecord): string | null {
  if (p.text !== null) return null;
  return p.factsSource ? tr.t('provisions.textDescribedBy', { source: p.factsSource }) : tr.t('provisions.textNotRecorded');
}

/** Every source the results and the treaty table rest on, once each, with its as-of date. */
function sourcesOf(treaties: ReportTreatyStatus[], criteria: ReportCriterion[], provisions: ReportProvision[], card: ScorecardResult): ReportSource[] {
  const out = new Map<string, ReportSource>();
  const add = (source: ReportSource) => {
    const key = [source.usedFor, source.citation, source.url, source.asOf].join('\u0000');
    const seen = out.get(key);
    if (seen) seen.verified = seen.verified && source.verified;
    else out.set(key, source);
  };
  const actions = (list: ReportTreatyAction[]) => list.forEach((a) => add({ citation: a.sourceCitation ?? a.treaty, url: a.sourceUrl, asOf: a.asOf, usedFor: 'treaties', verified: a.verified }));
  const observations = (list: ReportObservation[]) =>
    list.forEach((o) => add({ citation: o.sourceCitation ?? o.treaty, url: o.sourceUrl, asOf: o.observedOn, usedFor: 'treaties', verified: o.verified }));
  for (const t of treaties) {
    actions(t.basis);
    observations(t.observation ? [t.observation] : []);
  }
  for (const c of criteria) {
    actions(c.evidence.treatyActions);
    observations(c.evidence.observations);
  }
  for (const p of provisions) {
    // Unverified until a second expert checked the facts read from it against their source.
    add({ citation: p.instrument.officialCitation ?? p.instrument.title, url: p.sourceUrl ?? p.instrument.sourceUrl, asOf: p.recordedOn, usedFor: 'provisions', verified: p.factsVerified !== false });
  }
  for (const c of card.criteria) {
    if (c.expert) add({ citation: `${c.criterionId}: ${c.expert.assessmentId}`, url: null, asOf: c.expert.decidedOn, usedFor: 'assessments', verified: true });
    // A finding that gives a result is a source of its own (a report's judgement); nothing records a second check of it.
    if (c.finding) add({ citation: c.finding.sourceCitation, url: c.finding.sourceUrl, asOf: c.finding.asOf, usedFor: 'findings', verified: false });
  }
  const order = { treaties: 0, provisions: 1, findings: 2, assessments: 3 };
  return [...out.values()].sort((a, b) => order[a.usedFor] - order[b.usedFor] || a.citation.localeCompare(b.citation) || (a.asOf ?? '').localeCompare(b.asOf ?? ''));
}
