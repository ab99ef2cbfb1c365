import { Injectable } from '@nestjs/common';
import { AssessmentEntity, AssessmentService, AssessmentStatus } from '@lexgap/assessment';
import { JurisdictionEntity, jurisdictionNames, parseLanguage } from '@lexgap/jurisdictions';
import { InstrumentEntity, LegislationService } from '@lexgap/legislation';
import { BadUserInputError, parseAsOf, todayIso } from '@lexgap/platform';
import { RubricService, RubricVersionEntity } from '@lexgap/rubric';
import { Language, localize } from '@lexgap/legal-model';
import { LawComparisonService, ScorecardService, StoredScorecard } from '@lexgap/scoring';
import type { LawFactCell, LawFactProvision, LawFactRow } from '@lexgap/scoring-engine';
import { version as lexgapVersion } from '../../../../package.json';
import { XLSX_MIME } from '../http/raw-upload.middleware';
import { OutCell, SheetSpec, toCsv, toXlsx } from './tabular';

export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  /** Data rows written (not counting headers and the About sheet). */
  rows: number;
}

export interface ScorecardExportOptions {
  format: ExportFormat;
  region?: string | null;
  rubric?: string | null;
  version?: number | null;
  asOf?: string | null;
  lang?: string | null;
}

export interface AssessmentExportOptions {
  format: ExportFormat;
  jurisdiction?: string | null;
  rubric?: string | null;
  version?: number | null;
  status?: string | null;
}

export interface LawComparisonExportOptions {
  format: ExportFormat;
  /** The jurisdiction codes, in the order the rows follow. */
  jurisdictions: readonly string[];
  asOf?: string | null;
  rubric?: string | null;
  version?: number | null;
}

/** `jurisdictions=XF,XZ` (the parameter given more than once counts every value): the codes, blanks left out. */
export function parseJurisdictionList(raw: string | readonly string[] | undefined | null): string[] {
  const values = typeof raw === 'string' ? [raw] : (raw ?? []);
  return values
    .flatMap((v) => v.split(','))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

export function parseExportFormat(raw: string | undefined | null, field = 'format'): ExportFormat {
  const value = raw?.trim().toLowerCase();
  if (value === ExportFormat.CSV || value === ExportFormat.XLSX) return value;
  throw BadUserInputError.field(field, `must be csv or xlsx; got ${JSON.stringify(raw)}`);
}

const round = (value: number | null | undefined, digits: number): number | null => (value === null || value === undefined ? null : Number(value.toFixed(digits)));

const nameOf = (j: JurisdictionEntity, lang: Language): string => localize(jurisdictionNames(j), lang);

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

/**
 * Scorecards, rankings and assessments as CSV (long format, the rubric and as-of date on every
 * row) or XLSX (an About sheet with the rubric id, version and hash and the as-of date, a summary,
 * and one sheet per category). Every text cell is escaped against formula injection.
 */
@Injectable()
export class ExportService {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly rubrics: RubricService,
    private readonly assessments: AssessmentService,
    private readonly legislation: LegislationService,
    private readonly laws: LawComparisonService,
  ) {}

  private asOf(raw: string | null | undefined): string {
    return parseAsOf(raw);
  }

  private async rubric(id: string | null | undefined, version: number | null | undefined): Promise<RubricVersionEntity> {
    const rubric = await this.rubrics.find(id, version);
    if (!rubric) throw BadUserInputError.field(version ? 'version' : 'rubric', `names no published rubric (${id ?? 'default'}${version ? ` v${version}` : ''})`);
    return rubric;
  }

  private about(rubric: RubricVersionEntity, entries: [string, OutCell][]): SheetSpec {
    return {
      name: 'About',
      header: ['field', 'value'],
      rows: [
        ['rubric_id', rubric.rubricId],
        ['rubric_version', rubric.version],
        ['rubric_title', rubric.title],
        ['rubric_hash', rubric.contentHash],
        ...entries,
        ['generated_at', new Date().toISOString()],
        ['generated_by', `lexgap ${lexgapVersion}`],
      ],
      widths: [22, 90],
    };
  }

  private file(kind: string, format: ExportFormat, parts: (string | number | null | undefined)[], body: Buffer, rows: number): ExportFile {
    const name = [kind, ...parts.filter((p) => p !== null && p !== undefined && p !== '')].map((p) => fileSafe(String(p))).join('-');
    return { fileName: `${name}.${format}`, contentType: format === ExportFormat.CSV ? 'text/csv; charset=utf-8' : XLSX_MIME, body, rows };
  }

  async exportScorecards(options: ScorecardExportOptions): Promise<ExportFile> {
    const lang = parseLanguage(options.lang);
    const rubric = await this.rubric(options.rubric, options.version);
    const asOf = this.asOf(options.asOf);
    const members = await this.scorecards.members(options.region);
    const cards = await this.scorecards.scorecards(members, rubric, asOf);
    const categories = rubric.content.categories;
    const band = (card: StoredScorecard) => {
      const found = rubric.content.bands.find((b) => b.id === card.result.band);
      return found ? localize(found.label, lang) : null;
    };
    const region = options.region?.trim().toUpperCase() || null;
    const parts = [rubric.rubricId, `v${rubric.version}`, region ?? 'all', asOf];

    if (options.format === ExportFormat.CSV) {
      const header = [
        'rubric_id',
        'rubric_version',
        'rubric_hash',
        'as_of',
        'jurisdiction',
        'name',
        'score',
        'band',
        'coverage',
        'category',
        'category_score',
        'category_coverage',
        'criterion',
        'status',
        'criterion_score',
        'method',
      ];
      const rows: OutCell[][] = [];
      for (const j of members) {
        const card = cards.get(j.code)!;
        for (const k of card.result.criteria) {
          const category = card.result.categories.find((c) => c.id === k.categoryId);
          rows.push([
            rubric.rubricId,
            rubric.version,
            rubric.contentHash,
            asOf,
            j.code,
            nameOf(j, lang),
            round(card.result.score, 2),
            band(card),
            round(card.result.coverage, 4),
            k.categoryId,
            round(category?.score, 2),
            round(category?.coverage, 4),
            k.criterionId,
            k.status,
            round(k.score, 4),
            k.method,
          ]);
        }
      }
      return this.file('scorecards', options.format, parts, toCsv(header, rows), rows.length);
    }

    const summary: SheetSpec = {
      name: 'Summary',
      header: ['jurisdiction', 'name', 'score', 'band', 'coverage', ...categories.map((c) => `${c.id} score`)],
      rows: members.map((j) => {
        const card = cards.get(j.code)!;
        return [
          j.code,
          nameOf(j, lang),
          round(card.result.score, 2),
          band(card),
          round(card.result.coverage, 4),
          ...categories.map((c) => round(card.result.categories.find((x) => x.id === c.id)?.score, 2)),
        ];
      }),
      widths: [12, 28, 8, 16, 10, ...categories.map(() => 11)],
    };
    const perCategory: SheetSpec[] = categories.map((c) => ({
      name: `${c.id} ${localize(c.title, lang)}`,
      header: ['jurisdiction', 'name', `${c.id} score`, `${c.id} coverage`, ...c.criteria.flatMap((k) => [`${k.id} status`, `${k.id} score`])],
      rows: members.map((j) => {
        const card = cards.get(j.code)!;
        const category = card.result.categories.find((x) => x.id === c.id);
        return [
          j.code,
          nameOf(j, lang),
          round(category?.score, 2),
          round(category?.coverage, 4),
          ...c.criteria.flatMap((k) => {
            const result = card.result.criteria.find((x) => x.criterionId === k.id);
            return [result?.status ?? null, round(result?.score, 4)];
          }),
        ];
      }),
      widths: [12, 28, 10, 12, ...c.criteria.flatMap(() => [16, 10])],
    }));
    const criteria: SheetSpec = {
      name: 'Criteria',
      header: ['criterion', 'category', 'method', 'weight', 'question'],
      rows: categories.flatMap((c) => c.criteria.map((k) => [k.id, c.id, k.method, k.weight, localize(k.question, lang)])),
      widths: [10, 10, 10, 8, 100],
    };
    const about = this.about(rubric, [
      ['as_of', asOf],
      ['region', region ?? 'all countries'],
      ['jurisdictions', members.length],
      ['language', lang],
      ['score', '0..100 over the assessed weight; blank when nothing is assessed'],
      ['coverage', "0..1: share of the rubric's weight that has a result"],
      ['status', 'MET, PARTIAL, UNMET, NOT_ASSESSED (never counted as zero) or NOT_APPLICABLE'],
      ['criterion score', '0..1 on the criterion scale'],
    ]);
    const body = await toXlsx([about, summary, ...perCategory, criteria]);
    return this.file('scorecards', options.format, parts, body, members.length);
  }

  async exportRankings(options: Omit<ScorecardExportOptions, 'version'>): Promise<ExportFile> {
    const lang = parseLanguage(options.lang);
    const asOf = this.asOf(options.asOf);
    await this.rubric(options.rubric, null);
    const { rubric, entries } = await this.scorecards.rankings(options.rubric, options.region, asOf);
    const region = options.region?.trim().toUpperCase() || null;
    const members = new Map((await this.scorecards.members(options.region)).map((j) => [j.code, j]));
    const categories = rubric.content.categories;
    const band = (card: StoredScorecard) => {
      const found = rubric.content.bands.find((b) => b.id === card.result.band);
      return found ? localize(found.label, lang) : null;
    };
    const base = ['rank', 'unranked_reason', 'jurisdiction', 'name', 'score', 'score_lower', 'score_upper', 'band', 'coverage', ...categories.map((c) => `${c.id.toLowerCase()}_score`)];
    const line = (e: (typeof entries)[number]): OutCell[] => {
      const j = members.get(e.jurisdictionCode);
      const r = e.scorecard.result;
      return [
        e.rank,
        r.unrankedReason,
        e.jurisdictionCode,
        j ? nameOf(j, lang) : e.jurisdictionCode,
        round(r.score, 2),
        round(r.scoreRange?.lower, 2),
        round(r.scoreRange?.upper, 2),
        band(e.scorecard),
        round(r.coverage, 4),
        ...categories.map((c) => round(r.categories.find((x) => x.id === c.id)?.score, 2)),
      ];
    };
    const parts = [rubric.rubricId, `v${rubric.version}`, region ?? 'all', asOf];
    if (options.format === ExportFormat.CSV) {
      const rows = entries.map((e) => [rubric.rubricId, rubric.version, asOf, region, ...line(e)]);
      return this.file('rankings', options.format, parts, toCsv(['rubric_id', 'rubric_version', 'as_of', 'region', ...base], rows), rows.length);
    }
    const about = this.about(rubric, [
      ['as_of', asOf],
      ['region', region ?? 'all countries'],
      [
        'ranking',
        "by score, highest first; equal scores share a rank; below the rubric's minimum coverage no rank (unranked_reason INSUFFICIENT_COVERAGE or NO_SCORE), listed after the ranked, most covered first",
      ],
      ['score_lower, score_upper', 'the score if every criterion not assessed were unmet (lower) or met (upper)'],
    ]);
    const body = await toXlsx([about, { name: 'Rankings', header: base, rows: entries.map(line), widths: [6, 22, 12, 28, 8, 10, 10, 16, 10, ...categories.map(() => 11)] }]);
    return this.file('rankings', options.format, parts, body, entries.length);
  }

  async exportAssessments(options: AssessmentExportOptions): Promise<ExportFile> {
    const status = options.status ? (Object.values(AssessmentStatus) as string[]).find((s) => s === options.status!.trim().toUpperCase()) : undefined;
    if (options.status && !status) throw BadUserInputError.field('status', `must be one of ${Object.values(AssessmentStatus).join(', ')}`);
    const latest = await this.rubric(options.rubric, options.version);
    const list = await this.assessments.list({ jurisdiction: options.jurisdiction, rubric: latest.rubricId, rubricVersion: options.version ?? null, status: (status as AssessmentStatus) ?? null });
    const provisionKeys = await this.provisionKeys(list);
    const versions = new Map<number, RubricVersionEntity>([[latest.version, latest]]);
    for (const v of new Set(list.map((a) => a.rubricVersion))) if (!versions.has(v)) versions.set(v, await this.rubric(latest.rubricId, v));
    const categoryOf = (a: AssessmentEntity) => versions.get(a.rubricVersion)!.content.categories.find((c) => c.criteria.some((k) => k.id === a.criterionId))?.id ?? '';
    const header = [
      'jurisdiction',
      'rubric',
      'rubric_version',
      'category',
      'criterion',
      'status',
      'result',
      'not_applicable',
      'rationale',
      'confidence',
      'provision_keys',
      'urls',
      'author',
      'submitted_at',
      'reviewer',
      'review_comment',
      'decided_at',
      'effective_from',
      'id',
      'version',
    ];
    const line = (a: AssessmentEntity): OutCell[] => [
      a.jurisdictionCode,
      a.rubricId,
      a.rubricVersion,
      categoryOf(a),
      a.criterionId,
      a.status,
      a.result,
      a.notApplicable ? 'yes' : 'no',
      a.rationale,
      a.confidence,
      a.evidence.provisionIds.map((id) => provisionKeys.get(id) ?? id).join('; '),
      a.evidence.urls.join('; '),
      a.authorName,
      a.submittedAt?.toISOString() ?? null,
      a.reviewerName,
      a.reviewComment,
      a.decidedAt?.toISOString() ?? null,
      a.effectiveFrom,
      a.id,
      a.version,
    ];
    const jurisdiction = options.jurisdiction?.trim().toUpperCase() || null;
    const exportedOn = todayIso();
    const parts = [latest.rubricId, options.version ? `v${options.version}` : null, jurisdiction ?? 'all', exportedOn];
    if (options.format === ExportFormat.CSV) {
      const rows = list.map((a) => [exportedOn, ...line(a)]);
      return this.file('assessments', options.format, parts, toCsv(['as_of', ...header], rows), rows.length);
    }
    const about = this.about(latest, [
      ['as_of', exportedOn],
      ['jurisdiction', jurisdiction ?? 'all'],
      ['rubric_versions', [...new Set(list.map((a) => a.rubricVersion))].sort().join(', ') || String(latest.version)],
      ['status', status ?? 'every status (retired assessments left out)'],
      ['result', "on the criterion's scale, 0..1; blank when not applicable"],
    ]);
    const sheets = latest.content.categories.map((c) => ({
      name: `${c.id} ${c.title.en}`,
      header,
      rows: list.filter((a) => categoryOf(a) === c.id).map(line),
      widths: [12, 20, 8, 8, 10, 18, 8, 8, 60, 10, 30, 40, 20, 22, 20, 40, 22, 12, 38, 8],
    }));
    const other = list.filter((a) => !latest.content.categories.some((c) => c.id === categoryOf(a)));
    if (other.length) sheets.push({ name: 'Other categories', header, rows: other.map(line), widths: [] });
    const body = await toXlsx([about, ...sheets]);
    return this.file('assessments', options.format, parts, body, list.length);
  }

  /**
   * Side-by-side law (`compareLaw`): one row per fact the rubric reads × jurisdiction, its value as
   * one plain cell and the provisions stating it. XLSX: About, the same rows, and a side-by-side
   * sheet (one row per fact, one column per jurisdiction).
   */
  async exportLawComparison(options: LawComparisonExportOptions): Promise<ExportFile> {
    // The rubric is checked first, as every export checks it: an unknown one is BAD_USER_INPUT on `rubric` or `version`.
    await this.rubric(options.rubric, options.version);
    const { rubric, result } = await this.laws.compare(options.jurisdictions, options.asOf, options.rubric, options.version);
    const { asOf, jurisdictions } = result;
    const parts = [rubric.rubricId, `v${rubric.version}`, jurisdictions.join('-'), asOf];
    const header = ['fact', 'kind', 'criteria', 'jurisdiction', 'stated', 'value', 'extras', 'favourable', 'citations', 'enacted_by', 'source_urls', 'source_kinds', 'verified', 'facts_as_of'];
    const line = (fact: LawFactRow, cell: LawFactCell): OutCell[] => {
      const provisions = cell.provisions;
      return [
        fact.key,
        fact.kind,
        fact.criteria.join('; '),
        cell.jurisdiction,
        yesNo(cell.stated),
        lawFactValue(fact, cell),
        cell.extras?.length ? cell.extras.join('; ') : null,
        cell.favourable === null ? null : yesNo(cell.favourable),
        provisions.map(citationOf).join('; ') || null,
        provisions.map((p) => p.jurisdiction).join('; ') || null,
        [...new Set(provisions.flatMap((p) => (p.sourceUrl ? [p.sourceUrl] : [])))].join('; ') || null,
        [...new Set(provisions.map((p) => p.sourceKind))].join('; ') || null,
        provisions.length ? yesNo(provisions.every((p) => p.verified)) : null,
        provisions.length ? provisions.map((p) => p.factsAsOf).sort()[0] : null,
      ];
    };
    const rows = result.facts.flatMap((fact) => fact.cells.map((cell) => line(fact, cell)));
    if (options.format === ExportFormat.CSV) {
      const csvRows = rows.map((r) => [rubric.rubricId, rubric.version, asOf, ...r]);
      return this.file('law-comparison', options.format, parts, toCsv(['rubric_id', 'rubric_version', 'as_of', ...header], csvRows), csvRows.length);
    }
    const sideBySide: SheetSpec = {
      name: 'Side by side',
      header: ['fact', 'kind', 'criteria', ...jurisdictions],
      // Blank: not stated by any provision in force (unknown, never "no").
      rows: result.facts.map((fact) => [fact.key, fact.kind, fact.criteria.join('; '), ...fact.cells.map((cell) => lawFactValue(fact, cell))]),
      widths: [28, 22, 20, ...jurisdictions.map(() => 40)],
    };
    const about = this.about(rubric, [
      ['as_of', asOf],
      ['jurisdictions', jurisdictions.join(', ')],
      ['facts', "the legal facts the rubric's facts criteria read, each jurisdiction's value combined over its provisions in force on as_of as its scorecard combines them"],
      ['stated', 'no: no provision in force states the fact, and the value is blank (unknown, never "no")'],
      [
        'value',
        'LIST: the closed-list codes covered; FLAG: yes or no; PENALTY: the lowest and highest sentence a court may impose; AGE: the child age threshold; FORCED_LABOUR_OFFENCE: imprisonment and sectors of the best offence',
      ],
      ['favourable', "FLAG: whether the value is the one the criterion's metWhen rewards"],
      ['citations', 'the provisions stating the value: "Art. 5 (instrument title)"; enacted_by gives the jurisdiction of each, a sub-national unit\'s country for inherited national law'],
      ['verified', 'yes when a second expert verified every provision stating the value'],
      ['facts_as_of', 'the oldest as-of date of the readings stating the value'],
    ]);
    const body = await toXlsx([about, { name: 'Law', header, rows, widths: [28, 22, 20, 12, 8, 50, 30, 10, 50, 14, 50, 14, 8, 12] }, sideBySide]);
    return this.file('law-comparison', options.format, parts, body, rows.length);
  }

  /** `instrument_key/provision_key@in_force_from` of the provisions assessments cite. */
  private async provisionKeys(list: AssessmentEntity[]): Promise<Map<string, string>> {
    const ids = [...new Set(list.flatMap((a) => a.evidence.provisionIds))];
    if (ids.length === 0) return new Map();
    const provisions = await this.legislation.provisionsByIds(ids);
    const instruments = new Map((await this.legislation.instrumentsByIds([...new Set(provisions.map((p) => p.instrumentId))])).map((i: InstrumentEntity) => [i.id, i]));
    return new Map(provisions.map((p) => [p.id, `${instruments.get(p.instrumentId)?.key ?? p.instrumentId}/${p.key}@${p.inForceFrom}`]));
  }
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

/** "Art. 5 (Ley 1/2010)", or the citation alone when the instrument has no title. */
function citationOf(p: LawFactProvision): string {
  return p.instrumentTitle ? `${p.citation} (${p.instrumentTitle})` : p.citation;
}

/**
 * One fact's value as one plain cell: codes joined by "; ", yes or no, the penalty range, the age.
 * Null when not stated (unknown). A stated empty list is "none".
 */
export function lawFactValue(fact: Pick<LawFactRow, 'kind'>, cell: LawFactCell): OutCell {
  if (!cell.stated) return null;
  switch (fact.kind) {
    case 'LIST':
      return cell.values?.length ? cell.values.join('; ') : 'none';
    case 'FLAG':
      return cell.flag === null ? null : yesNo(cell.flag);
    case 'PENALTY': {
      const range = cell.penaltyRange;
      if (!range) return null;
      const lowest = range.lowestSentenceYears === null ? 'not stated' : `${range.lowestSentenceAtMost ? 'at most ' : ''}${years(range.lowestSentenceYears)}`;
      const highest = range.lifeImprisonment ? 'life imprisonment' : range.highestMaximumYears === null ? 'not stated' : years(range.highestMaximumYears);
      return `lowest sentence ${lowest}; highest ${highest}`;
    }
    case 'AGE':
      return cell.number;
    case 'FORCED_LABOUR_OFFENCE':
      return cell.forcedLabourOffence ? `imprisonment ${yesNo(cell.forcedLabourOffence.imprisonment)}; all sectors ${yesNo(cell.forcedLabourOffence.allSectors)}` : null;
  }
}

const years = (n: number): string => `${n} ${n === 1 ? 'year' : 'years'}`;
