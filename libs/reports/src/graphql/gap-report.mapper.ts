import type { JurisdictionModel } from '@lexgap/jurisdictions';
import type { RubricModel } from '@lexgap/rubric';
import type { CountryReport } from '../model/country-report.model';
import type { ReportCriterion } from '../model/report-parts';
import type { HttpReportLinks } from '../render/report-view';
import type { GapReportModel, ReportCriterionModel } from './gap-report.models';

const criterion = (c: ReportCriterion): ReportCriterionModel => ({
  ...c,
  status: c.status,
  method: c.method,
  automatic: c.automatic ? { ...c.automatic, status: c.automatic.status } : null,
  evidence: c.evidence,
});

/** The report's data model as GraphQL serves it. */
export function toGapReportModel(report: CountryReport, jurisdiction: JurisdictionModel, rubric: RubricModel, links: HttpReportLinks): GapReportModel {
  const code = report.jurisdiction.code;
  return {
    jurisdiction,
    rubric,
    asOf: report.asOf,
    lang: report.lang,
    score: report.score,
    coverage: report.coverage,
    band: report.band?.id ?? null,
    bandLabel: report.band?.label ?? null,
    bandWithheld: report.bandWithheld,
    rank: report.rank
      ? { regionCode: report.rank.region.code, regionName: report.rank.region.name, rank: report.rank.rank, reason: report.rank.reason, ranked: report.rank.ranked, members: report.rank.members }
      : null,
    categories: report.categories,
    gaps: report.gaps.map(criterion),
    notAssessed: report.notAssessed.map(criterion),
    treaties: report.treaties.map((t) => ({
      treaty: t.code,
      name: t.name,
      status: t.status,
      since: t.since,
      datePrecision: t.datePrecision,
      basis: t.basis,
      observation: t.observation,
      verified: t.verified,
    })),
    history: report.history.map((p) => ({ date: p.date, score: p.score, coverage: p.coverage, band: p.band?.id ?? null, changed: p.changed })),
    tipTiers: report.tipTiers.map((t) => ({ reportYear: t.reportYear, tier: t.tier, sourceUrl: t.sourceUrl, source: t.source, verification: t.verification })),
    provisions: report.provisions.map((p) => ({
      id: p.id,
      citation: p.citation,
      heading: p.heading,
      text: p.text,
      textNote: p.textNote,
      instrumentTitle: p.instrument.title,
      instrumentCitation: p.instrument.officialCitation,
      inForceFrom: p.inForceFrom,
      inForceTo: p.inForceTo,
      inForceFromPrecision: p.inForceFromPrecision,
      inForceToPrecision: p.inForceToPrecision,
      sourceUrl: p.sourceUrl ?? p.instrument.sourceUrl,
      factsVerified: p.factsVerified,
    })),
    provenance: report.provenance,
    links: {
      html: links.country(code, 'html', report.lang),
      markdown: links.country(code, 'md', report.lang),
      pdf: links.country(code, 'pdf', report.lang),
      json: links.country(code, 'json', report.lang),
    },
  };
}
