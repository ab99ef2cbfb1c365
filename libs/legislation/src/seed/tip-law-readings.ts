import { ConfidenceLevel, DatePrecision, DATE_PRECISIONS, isOneOf, LegalFacts, Penalty, PenaltyOffence, SourceJudgement } from '@lexgap/legal-model';
import { readReferenceCsv, ReferenceCsv } from '@lexgap/platform';
import { InstrumentKind } from '../entities/instrument.entity';
import { instrumentProblems, intervalProblems, legalFactSetProblems, RECORD_KEY, wordingClash } from '../legislation.rules';

/**
 * # The TIP Report's readings of the OAS states' anti-trafficking laws
 *
 * `reference-data/tip-law-readings.csv` is the team's table of what each US TIP Report country
 * narrative says of a state's law, copied byte for byte; `tip-law-readings-wordings.csv` is our
 * reading of its free-text columns (which instrument, from and to when), one line per row, each
 * with the row's own words it rests on (`dates_basis`). This module turns the two into records,
 * stating nothing a row does not:
 *
 * - a **statute** becomes an instrument known by its English name (`titleEn`; the original title
 *   is not recorded, since no row gives it), with versions that start where a wording starts;
 * - the **articles** the report names, or "Trafficking offence" where it names none, become one
 *   provision with **no text**, in force over the wording's interval at its real precision;
 * - the **facts** columns become one SECONDARY fact set, as of the end of the report's reporting
 *   period (TIP Reports cover 1 April of the year before to 31 March of the report year), with
 *   the row's confidence, URL and notes: a blank cell states nothing, `99` years is life
 *   imprisonment, a sex-trafficking range equal to the labour range is the trafficking offence's;
 * - the report's **judgements** (commensurate with rape; sufficiently stringent) become source
 *   findings on PEN-3 and PEN-2, never facts.
 *
 * Problems are addressed to the file, row and column, as an import addresses its cells.
 */

export const TIP_READINGS_FILE = 'tip-law-readings.csv';
export const TIP_WORDINGS_FILE = 'tip-law-readings-wordings.csv';
/** The rubric whose criteria the report's judgements bear on. */
export const TIP_FINDINGS_RUBRIC = 'tip-legal-framework';
/** Which criterion each of the report's judgements informs (RUBRIC.md: PEN-3 asks the TVPA's "commensurate with rape"; PEN-2 the serious-crime maximum that "sufficiently stringent" speaks to). */
export const TIP_JUDGEMENT_CRITERIA: Record<SourceJudgement, { criterionId: string; column: keyof TipReadingRow }> = {
  PENALTIES_COMMENSURATE_WITH_RAPE: { criterionId: 'PEN-3', column: 'commensurate_with_rape' },
  PENALTIES_SUFFICIENTLY_STRINGENT: { criterionId: 'PEN-2', column: 'penalties_sufficiently_stringent' },
};
/** The TIP Report's value for life imprisonment in the table (`other_definition_gaps` says so per row). */
const LIFE = '99';

export type TipReadingRow = {
  code: string;
  report_year: string;
  tier: string;
  source_url: string;
  statute: string;
  articles: string;
  enacted_or_amended: string;
  sex_trafficking_min_years: string;
  sex_trafficking_max_years: string;
  labor_trafficking_min_years: string;
  labor_trafficking_max_years: string;
  fine_in_lieu_possible: string;
  child_aggravated_min_years: string;
  child_aggravated_max_years: string;
  force_required_for_child_sex_trafficking: string;
  movement_or_transnational_element_required: string;
  penalties_sufficiently_stringent: string;
  commensurate_with_rape: string;
  rape_min_years: string;
  rape_max_years: string;
  other_definition_gaps: string;
  confidence: string;
  second_read: string;
};

export type TipWordingRow = {
  code: string;
  report_year: string;
  as_of: string;
  instrument_key: string;
  instrument_kind: string;
  instrument_title: string;
  instrument_language: string;
  instrument_from: string;
  instrument_from_precision: string;
  wording_citation: string;
  wording_from: string;
  wording_from_precision: string;
  wording_to: string;
  wording_to_precision: string;
  amended_by: string;
  dates_basis: string;
};

export interface DatedBound {
  date: string;
  precision: DatePrecision;
}

/** One reading: a row of the TIP table with our reading of its dates, and what it states. */
export interface TipReading {
  /** `AG 2019` (`TT (year not stated)`), for messages and logs. */
  label: string;
  jurisdiction: string;
  reportYear: number | null;
  asOf: string;
  sourceUrl: string;
  sourceCitation: string;
  confidence: ConfidenceLevel;
  instrument: { key: string; kind: InstrumentKind; titleEn: string; language: string; from: DatedBound };
  wording: { key: string; citation: string; from: DatedBound; to: DatedBound | null; amendedBy: string | null; datesBasis: string };
  /** Undefined when the row states no fact (then only the findings, if any, are recorded). */
  facts: LegalFacts | undefined;
  note: string | null;
  findings: { judgement: SourceJudgement; holds: boolean; result: number; criterionId: string }[];
}

export interface TipReadings {
  readings: TipReading[];
  /** Rows that state nothing (no narrative found, or nothing structured), by label. */
  empty: string[];
  problems: string[];
  sha256: string;
}

export function readTipReadings(
  readings: ReferenceCsv<TipReadingRow> = readReferenceCsv<TipReadingRow>(TIP_READINGS_FILE),
  wordings: ReferenceCsv<TipWordingRow> = readReferenceCsv<TipWordingRow>(TIP_WORDINGS_FILE),
): TipReadings {
  const problems: string[] = [];
  const out: TipReading[] = [];
  const empty: string[] = [];
  const byKey = new Map(wordings.rows.map((w, i) => [`${w.code}|${w.report_year}`, { w, line: i + 2 }]));
  if (byKey.size !== wordings.rows.length) problems.push(`reference-data/${TIP_WORDINGS_FILE}: two lines for the same code and report_year`);
  readings.rows.forEach((row, i) => {
    const at = (column: string) => `reference-data/${TIP_READINGS_FILE} row ${i + 2} (${labelOf(row)}), ${column}`;
    const match = byKey.get(`${row.code}|${row.report_year}`);
    if (!match) return problems.push(`${at('code')}: no line in ${TIP_WORDINGS_FILE} says which instrument and dates it describes`);
    byKey.delete(`${row.code}|${row.report_year}`);
    const { w, line } = match;
    const wat = (column: string) => `reference-data/${TIP_WORDINGS_FILE} row ${line} (${labelOf(row)}), ${column}`;
    const rowProblems: string[] = [];
    const facts = factsOf(row, (column, message) => rowProblems.push(`${at(column)}: ${message}`));
    const findings = findingsOf(row, (column, message) => rowProblems.push(`${at(column)}: ${message}`));
    if (!w.instrument_key) {
      if (facts || findings.length || row.statute) rowProblems.push(`${wat('instrument_key')}: is blank, but the reading states a statute or facts to record`);
      else empty.push(labelOf(row));
      problems.push(...rowProblems);
      return;
    }
    const reading = readingOf(row, w, facts, findings, (column, message) => rowProblems.push(`${wat(column)}: ${message}`));
    problems.push(...rowProblems);
    if (reading && rowProblems.length === 0) out.push(reading);
  });
  for (const { line } of byKey.values()) problems.push(`reference-data/${TIP_WORDINGS_FILE} row ${line}: matches no row of ${TIP_READINGS_FILE}`);
  problems.push(...planProblems(out));
  return { readings: out, empty, problems, sha256: `${readings.sha256}:${wordings.sha256}` };
}

function labelOf(row: { code: string; report_year: string }): string {
  return `${row.code} ${row.report_year || '(year not stated)'}`;
}

type Report = (column: string, message: string) => void;

function readingOf(row: TipReadingRow, w: TipWordingRow, facts: LegalFacts | undefined, findings: TipReading['findings'], problem: Report): TipReading | undefined {
  const bound = (dateColumn: keyof TipWordingRow, precisionColumn: keyof TipWordingRow): DatedBound | null => {
    const date = w[dateColumn];
    const precision = w[precisionColumn];
    if (!date && !precision) return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return (problem(dateColumn, `must be a date (YYYY-MM-DD); got "${date}"`), null);
    if (!isOneOf(DATE_PRECISIONS, precision)) return (problem(precisionColumn, `must be one of ${DATE_PRECISIONS.join(', ')}; got "${precision}"`), null);
    if ((precision === 'YEAR' && !date.endsWith('-01-01')) || (precision === 'MONTH' && !date.endsWith('-01')))
      problem(dateColumn, `a date known to the ${precision.toLowerCase()} is written as its first day; got ${date}`);
    return { date, precision };
  };
  const instrumentFrom = bound('instrument_from', 'instrument_from_precision');
  const from = bound('wording_from', 'wording_from_precision');
  const to = bound('wording_to', 'wording_to_precision');
  if (!RECORD_KEY.test(w.instrument_key)) problem('instrument_key', 'must be a record key (lower-case letters, digits, dots, dashes)');
  if (!isOneOf(Object.values(InstrumentKind), w.instrument_kind)) problem('instrument_kind', `must be one of ${Object.values(InstrumentKind).join(', ')}`);
  if (!w.instrument_title) problem('instrument_title', 'is required');
  if (!w.wording_citation) problem('wording_citation', 'is required');
  if (!/^\d{4}-03-31$/.test(w.as_of) || (row.report_year && w.as_of !== `${row.report_year}-03-31`)) {
    problem('as_of', `must be the end of the report's reporting period, 31 March of the report year (${row.report_year || 'a year the basis names'})`);
  }
  // The dates must be the row's own: every year our reading names is in the row's enactment column, its basis or its as-of date.
  const yearsStated = new Set([...`${row.enacted_or_amended} ${row.statute} ${w.dates_basis} ${w.as_of}`.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => m[0]));
  const unstated = new Set([instrumentFrom, from, to].flatMap((b) => (b && !yearsStated.has(b.date.slice(0, 4)) ? [b.date.slice(0, 4)] : [])));
  for (const year of unstated) problem('dates_basis', `names no year ${year}, which the dates use`);
  if (!instrumentFrom || !from) return undefined;
  if (from.date < instrumentFrom.date) problem('wording_from', `is before the instrument's first date ${instrumentFrom.date}`);
  const confidence = row.confidence.toUpperCase();
  if (!isOneOf(['LOW', 'MEDIUM', 'HIGH'] as const, confidence)) return (problem('confidence', `must be high, medium or low; got "${row.confidence}"`), undefined);
  const year = row.report_year ? Number(row.report_year) : null;
  return {
    label: labelOf(row),
    jurisdiction: row.code,
    reportYear: year,
    asOf: w.as_of,
    sourceUrl: row.source_url,
    sourceCitation: year
      ? `US Department of State, Trafficking in Persons Report ${year}, country narrative`
      : 'US Department of State, Trafficking in Persons Report (report year not stated by the copy read), country narrative',
    confidence,
    instrument: { key: w.instrument_key, kind: w.instrument_kind as InstrumentKind, titleEn: w.instrument_title, language: w.instrument_language, from: instrumentFrom },
    wording: { key: wordingKey(w.wording_citation), citation: w.wording_citation, from, to, amendedBy: w.amended_by || null, datesBasis: w.dates_basis },
    facts,
    note: row.other_definition_gaps || null,
    findings,
  };
}

/** The provision key of a wording: its citation as a record key (`art-456`, `trafficking-offence`). */
export function wordingKey(citation: string): string {
  const slug = citation
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `tip.${slug}`.slice(0, 100).replace(/-+$/, '');
}

/** What the row's facts columns state; undefined when they state nothing. */
export function factsOf(row: TipReadingRow, problem: Report): LegalFacts | undefined {
  const facts: LegalFacts = {};
  const penalties: Penalty[] = [];
  const sex = term(row, 'sex_trafficking_min_years', 'sex_trafficking_max_years', problem);
  const labour = term(row, 'labor_trafficking_min_years', 'labor_trafficking_max_years', problem);
  const fineInLieu = yesNo(row, 'fine_in_lieu_possible', problem);
  const sameRange = JSON.stringify(sex) === JSON.stringify(labour);
  if (!sameRange && labour) problem('labor_trafficking_min_years', 'differs from the sex-trafficking range: no penalty form in the model holds labour trafficking apart');
  // One range for both forms is the trafficking offence's; a sex-trafficking range alone is that form's.
  const base: PenaltyOffence = sameRange ? 'TRAFFICKING' : 'SEX_TRAFFICKING';
  if (sex || fineInLieu !== undefined) penalties.push({ offence: base, ...(sex ?? {}), ...(fineInLieu !== undefined ? { fineInLieuOfImprisonment: fineInLieu } : {}) });
  const child = term(row, 'child_aggravated_min_years', 'child_aggravated_max_years', problem);
  if (child) penalties.push({ offence: 'CHILD_TRAFFICKING', ...child });
  if (penalties.length) facts.penalties = penalties;
  const force = yesNo(row, 'force_required_for_child_sex_trafficking', problem);
  if (force !== undefined) facts.meansRequiredForChildren = force;
  // "Movement or a transnational element required": no states both facts false; yes states that
  // the victim must be moved (a transnational element is a movement too), not that a border must be crossed.
  const movement = yesNo(row, 'movement_or_transnational_element_required', problem);
  if (movement === false) Object.assign(facts, { movementRequired: false, borderCrossingRequired: false });
  if (movement === true) facts.movementRequired = true;
  if (row.rape_min_years || row.rape_max_years) {
    const rape = term(row, 'rape_min_years', 'rape_max_years', problem);
    if (rape) (facts.penalties ??= []).push({ offence: 'RAPE', ...rape });
  }
  return Object.keys(facts).length ? facts : undefined;
}

function findingsOf(row: TipReadingRow, problem: Report): TipReading['findings'] {
  return (Object.keys(TIP_JUDGEMENT_CRITERIA) as SourceJudgement[]).flatMap((judgement) => {
    const { criterionId, column } = TIP_JUDGEMENT_CRITERIA[judgement];
    const holds = yesNo(row, column, problem);
    return holds === undefined ? [] : [{ judgement, holds, result: holds ? 1 : 0, criterionId }];
  });
}

function yesNo(row: TipReadingRow, column: keyof TipReadingRow, problem: Report): boolean | undefined {
  const value = row[column].trim().toLowerCase();
  if (value === '') return undefined;
  if (value === 'yes') return true;
  if (value === 'no') return false;
  problem(column, `must be yes, no or blank; got "${row[column]}"`);
  return undefined;
}

type Term = Pick<Penalty, 'imprisonmentMinYears' | 'imprisonmentMaxYears' | 'lifeImprisonment'>;

function term(row: TipReadingRow, minColumn: keyof TipReadingRow, maxColumn: keyof TipReadingRow, problem: Report): Term | undefined {
  const years = (column: keyof TipReadingRow): number | undefined => {
    const raw = row[column].trim();
    if (raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 99) return (problem(column, `must be a number of years; got "${raw}"`), undefined);
    return n;
  };
  const min = years(minColumn);
  const maxRaw = row[maxColumn].trim();
  if (min === undefined && maxRaw === '') return undefined;
  if (maxRaw === LIFE) return { ...(min !== undefined ? { imprisonmentMinYears: min } : {}), lifeImprisonment: true };
  const max = years(maxColumn);
  return { ...(min !== undefined ? { imprisonmentMinYears: min } : {}), ...(max !== undefined ? { imprisonmentMaxYears: max } : {}) };
}

/** Problems of the whole plan: readings of one instrument agree on it, and its wordings follow the legislation rules. */
function planProblems(readings: readonly TipReading[]): string[] {
  const problems: string[] = [];
  for (const group of groupBy(readings, (r) => `${r.jurisdiction}|${r.instrument.key}`).values()) {
    const first = group[0];
    for (const r of group.slice(1)) {
      if (r.instrument.titleEn !== first.instrument.titleEn || r.instrument.from.date !== first.instrument.from.date) {
        problems.push(`${TIP_WORDINGS_FILE} ${r.label}: names instrument ${r.instrument.key} with another title or first date than ${first.label}`);
      }
    }
    const plan = instrumentPlan(group);
    const draft = {
      titleOriginal: null,
      titleEn: first.instrument.titleEn,
      sourceUrl: first.sourceUrl,
      officialCitation: null,
      versions: plan.versions.map((v) => ({ inForceFrom: v.from.date, inForceTo: v.to?.date ?? null })),
    };
    for (const p of instrumentProblems(draft)) problems.push(`${TIP_WORDINGS_FILE} ${first.label} (instrument ${first.instrument.key}), ${p.field}: ${p.message}`);
    const wordings = plan.wordings.map((w) => ({ id: `${w.key}@${w.from.date}`, inForceFrom: w.from.date, inForceTo: w.to?.date ?? null, key: w.key, label: w.readings[0].label }));
    for (const w of wordings) {
      for (const p of intervalProblems(w)) problems.push(`${TIP_WORDINGS_FILE} ${w.label}, wording_${p.field === 'inForceTo' ? 'to' : 'from'}: ${p.message}`);
      const clash = wordingClash(
        wordings.filter((o) => o.key === w.key),
        w,
      );
      if (clash) problems.push(`${TIP_WORDINGS_FILE} ${w.label}, wording_from: overlaps the wording of ${clash.label}`);
    }
    for (const w of plan.wordings) {
      const withFacts = w.readings.filter((r) => r.facts);
      if (withFacts.length > 1) problems.push(`${TIP_WORDINGS_FILE} ${withFacts[1].label}: states facts for the wording ${withFacts[0].label} already states; one fact set per wording`);
      for (const r of w.readings) {
        const checked = legalFactSetProblems({ facts: r.facts ?? {}, sourceUrl: r.sourceUrl, sourceCitation: r.sourceCitation });
        for (const p of checked.problems) problems.push(`${TIP_READINGS_FILE} ${r.label}, ${p.field}: ${p.message}`);
      }
    }
  }
  return problems;
}

export interface WordingPlan {
  key: string;
  citation: string;
  from: DatedBound;
  to: DatedBound | null;
  /** The readings that describe this wording, oldest first: the first with facts gives its fact set; each gives its findings. */
  readings: TipReading[];
}

export interface InstrumentPlan {
  versions: { from: DatedBound; to: DatedBound | null; amendedBy: string | null; note: string }[];
  wordings: WordingPlan[];
}

/**
 * An instrument's versions and wordings from its readings. A wording is identified by its key and
 * start. A version starts at the instrument's first date and at each later wording start (with
 * the amending act that reading names); the last version is open unless every wording has ended.
 */
export function instrumentPlan(readings: readonly TipReading[]): InstrumentPlan {
  const sorted = [...readings].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const wordings = new Map<string, WordingPlan>();
  for (const r of sorted) {
    const id = `${r.wording.key}@${r.wording.from.date}`;
    const existing = wordings.get(id);
    if (existing) existing.readings.push(r);
    else wordings.set(id, { key: r.wording.key, citation: r.wording.citation, from: r.wording.from, to: r.wording.to, readings: [r] });
  }
  const first = sorted[0].instrument.from;
  const starts = new Map<string, { from: DatedBound; amendedBy: string | null; notes: string[] }>([[first.date, { from: first, amendedBy: null, notes: [] }]]);
  for (const r of sorted) {
    const start = r.wording.from.date > first.date ? r.wording.from : first;
    const entry = starts.get(start.date) ?? { from: start, amendedBy: null, notes: [] };
    if (start !== first) entry.amendedBy ??= r.wording.amendedBy;
    entry.notes.push(`${r.label}: ${r.wording.datesBasis}`);
    starts.set(start.date, entry);
  }
  const ordered = [...starts.values()].sort((a, b) => a.from.date.localeCompare(b.from.date));
  const allEnded = [...wordings.values()].every((w) => w.to);
  const lastEnd = allEnded ? [...wordings.values()].map((w) => w.to!).sort((a, b) => b.date.localeCompare(a.date))[0] : null;
  const versions = ordered.map((v, i) => ({
    from: v.from,
    to: i + 1 < ordered.length ? ordered[i + 1].from : lastEnd,
    amendedBy: v.amendedBy,
    note: `As the TIP Report describes it. ${[...new Set(v.notes)].join('; ')}.`,
  }));
  return { versions, wordings: [...wordings.values()] };
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}
