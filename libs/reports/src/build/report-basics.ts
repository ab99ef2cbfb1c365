import { createHash } from 'node:crypto';
import { Band, canonicalJson, CriterionResult, Criterion, Rubric, ScorecardResult, UnrankedReason } from '@lexgap/scoring-engine';
import { LocalizedText } from '@lexgap/legal-model';
import type { Translator } from '../i18n/translator';
import type { ReportRank } from '../model/country-report.model';
import type { RankedRow, ReportBand, ReportProvenance, ReportRubric, ReportSource } from '../model/report-parts';

/** A published rubric version as the report builders read it. */
export interface RubricRecord {
  id: string;
  version: number;
  contentHash: string;
  content: Rubric;
}

/** A jurisdiction's names as recorded (English always; others when recorded). */
export interface NamedJurisdiction {
  code: string;
  kind: 'COUNTRY' | 'SUBDIVISION';
  names: LocalizedText;
  parent?: { code: string; names: LocalizedText } | null;
}

export function reportRubric(tr: Translator, rubric: RubricRecord): ReportRubric {
  return {
    id: rubric.id,
    version: rubric.version,
    title: tr.text(rubric.content.title, `rubric title`),
    contentHash: rubric.contentHash,
    minimumCoverageForBand: rubric.content.minimumCoverageForBand,
  };
}

export function reportBand(tr: Translator, rubric: Rubric, id: string | null): ReportBand | null {
  if (!id) return null;
  const index = rubric.bands.findIndex((b: Band) => b.id === id);
  if (index < 0) return null;
  return { id, label: tr.text(rubric.bands[index].label, `band ${id}`), level: index, levels: rubric.bands.length };
}

export function jurisdictionName(tr: Translator, j: { code: string; names: LocalizedText }): string {
  return tr.text(j.names, `name of ${j.code}`);
}

/** A region's name: the catalogue's translation of M49 and group names, else its recorded English name. */
export function regionName(tr: Translator, region: { code: string; nameEn: string }): string {
  return tr.has(`regionName.${region.code}`) ? tr.t(`regionName.${region.code}`) : region.nameEn;
}

/** A ranking entry as every ranking table shows it: place, name in the reader's language, score, range, coverage, band. */
export function rankedRow(tr: Translator, rubric: Rubric, entry: { rank: number | null; jurisdiction: NamedJurisdiction; card: ScorecardResult }): RankedRow {
  const { rank, jurisdiction, card } = entry;
  return {
    rank,
    unrankedReason: card.unrankedReason,
    jurisdiction: { code: jurisdiction.code, name: jurisdictionName(tr, jurisdiction) },
    score: card.score,
    scoreRange: card.scoreRange,
    coverage: card.coverage,
    band: reportBand(tr, rubric, card.band),
  };
}

/** Where a jurisdiction is ranked, as the data service finds it (the scope's English name, the place, how many are ranked). */
export interface RankRecord {
  region: { code: string; nameEn: string };
  rank: number | null;
  ranked: number;
  members: number;
}

/** A jurisdiction's rank in the reader's language, with why it has none (its scorecard's reason). */
export function reportRank(tr: Translator, rank: RankRecord | null, unrankedReason: UnrankedReason | null): ReportRank | null {
  return rank ? { region: { code: rank.region.code, name: regionName(tr, rank.region) }, rank: rank.rank, reason: unrankedReason, ranked: rank.ranked, members: rank.members } : null;
}

/** The label of the scale level a result sits on, when it sits on one. */
export function resultLabel(tr: Translator, criterion: Criterion, result: CriterionResult): string | null {
  if (result.score === null) return null;
  const level = criterion.scale.levels.find((l) => Math.abs(l.value - result.score!) < 1e-9);
  return level ? tr.text(level.label, `${criterion.id} scale`) : null;
}

/**
 * sha256 over a report's language-neutral content (codes, ids, numbers, dates, the law's own
 * text), so a Spanish HTML copy and an English PDF of the same data carry the same hash.
 */
export function contentHashOf(neutral: unknown): string {
  return createHash('sha256').update(canonicalJson(neutral)).digest('hex');
}

/**
 * A report's provenance. Call it last: the texts that fell back to English are known only once
 * every text of the report is written.
 */
export function provenanceOf(tr: Translator, input: { rubric: ReportRubric; asOf: string; sources: ReportSource[]; generatedAt: Date; generator: string; neutral: unknown }): ReportProvenance {
  tr.noteMissingLabels();
  return {
    rubric: input.rubric,
    asOf: input.asOf,
    sources: input.sources,
    generatedAt: input.generatedAt.toISOString(),
    generator: input.generator,
    contentHash: contentHashOf(input.neutral),
    untranslated: tr.untranslated(),
  };
}
