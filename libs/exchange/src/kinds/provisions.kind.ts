import { randomUUID } from 'node:crypto';
import { DATE_PRECISIONS, DatePrecision } from '@lexgap/legal-model';
import { InstrumentEntity, intervalProblems, LEGISLATION_TEXT_LIMITS, overlapping, PROVISION_RECORD, ProvisionEntity, storedPrecisions } from '@lexgap/legislation';
import { findIn, ImportPlan, KindHandler, PlanContext, ReadRow, sameFields } from './import-context';
import { RowReader } from './row-reader';

export interface ProvisionRow {
  jurisdiction: string;
  instrumentKey: string;
  key: string;
  citation: string;
  heading: string | null;
  /** Null when the text is not recorded (a provision known through a report describing it). */
  text: string | null;
  inForceFrom: string;
  inForceTo: string | null;
  inForceFromPrecision: DatePrecision;
  inForceToPrecision: DatePrecision | null;
  sourceUrl: string | null;
}

const COMPARED = ['citation', 'heading', 'text', 'inForceTo', 'inForceFromPrecision', 'inForceToPrecision', 'sourceUrl'] as const;

/** An in-force interval of a file row (with its row) or of a recorded record (without). */
export interface Span {
  from: string;
  to: string | null;
  row?: number;
}

/**
 * Every file row whose interval overlaps another of the same group (the legislation rules'
 * `overlapping`), reported once on the file's row; returns their rows.
 */
export function overlapProblems(spans: Span[], ctx: PlanContext, what: string): Set<number> {
  const clashing = new Set<number>();
  const intervals = spans.map((s) => ({ inForceFrom: s.from, inForceTo: s.to }));
  for (const { index, other } of overlapping(intervals)) {
    const [target, partner] = spans[index].row !== undefined ? [spans[index], spans[other]] : [spans[other], spans[index]];
    if (target.row === undefined || clashing.has(target.row)) continue;
    clashing.add(target.row);
    const where = partner.row !== undefined ? `row ${partner.row}` : 'the recorded one';
    ctx.problem(target.row, 'in_force_from', `overlaps ${where} in force from ${partner.from}${partner.to ? ` to ${partner.to}` : ''}; ${what} must not overlap`);
  }
  return clashing;
}

/** Where the interval rules' fields are in the file. */
const INTERVAL_COLUMN_OF: Record<string, string> = {
  inForceFrom: 'in_force_from',
  inForceTo: 'in_force_to',
  inForceFromPrecision: 'in_force_from_precision',
  inForceToPrecision: 'in_force_to_precision',
};
const inColumns = (message: string) => message.replace(/\binForce(From|To)(Precision)?\b/g, (field: string) => INTERVAL_COLUMN_OF[field]);

/**
 * Reads an in-force interval with the precision of each date (blank = DAY; an end precision only
 * with an end) and checks it with the legislation rules; shared by instruments and provisions.
 */
export function readInterval(r: RowReader): { inForceFrom?: string; inForceTo: string | null; inForceFromPrecision: DatePrecision; inForceToPrecision: DatePrecision | null } {
  const inForceFrom = r.date('in_force_from', true);
  const inForceTo = r.date('in_force_to') ?? null;
  const fromPrecision = r.oneOf('in_force_from_precision', DATE_PRECISIONS, { fallback: 'DAY' });
  const toPrecision = r.oneOf('in_force_to_precision', DATE_PRECISIONS);
  // Checked only on cells that were read: a bad date or precision cell has its own problem already.
  const blankTo = r.blank('in_force_to');
  if (inForceFrom && fromPrecision && (inForceTo || blankTo)) {
    for (const p of intervalProblems({ inForceFrom, inForceTo, inForceFromPrecision: fromPrecision, inForceToPrecision: toPrecision })) r.problem(INTERVAL_COLUMN_OF[p.field], inColumns(p.message));
  }
  return { inForceFrom, inForceTo, ...storedPrecisions({ inForceTo, inForceFromPrecision: fromPrecision, inForceToPrecision: toPrecision }) };
}

/** The recorded instruments of these jurisdictions, by `code/key`. */
export async function instrumentsByKey(ctx: PlanContext, codes: readonly string[]): Promise<Map<string, InstrumentEntity>> {
  const instruments = await findIn(ctx.manager, InstrumentEntity, 'jurisdictionCode', codes);
  return new Map(instruments.map((i) => [`${i.jurisdictionCode}/${i.key}`, i]));
}

/**
 * `provisions`: one row per wording of an article, keyed by jurisdiction + instrument_key + key +
 * in_force_from. Wordings of one article must not overlap, with each other or with recorded ones.
 */
export const provisionsKind: KindHandler<ProvisionRow> = {
  read(r) {
    const jurisdiction = r.jurisdiction();
    const instrumentKey = r.key('instrument_key');
    const key = r.key('key');
    const citation = r.text('citation', { required: true, max: LEGISLATION_TEXT_LIMITS.citation });
    const heading = r.text('heading', { max: LEGISLATION_TEXT_LIMITS.heading }) ?? null;
    // Blank when the text is not recorded (a provision known through a report that describes it).
    const text = r.verbatim('text', { max: LEGISLATION_TEXT_LIMITS.provisionText }) ?? null;
    const { inForceFrom, inForceTo, inForceFromPrecision, inForceToPrecision } = readInterval(r);
    const sourceUrl = r.url('source_url') ?? null;
    if (r.failed) return undefined;
    return {
      jurisdiction: jurisdiction!,
      instrumentKey: instrumentKey!,
      key: key!,
      citation: citation!,
      heading,
      text,
      inForceFrom: inForceFrom!,
      inForceTo,
      inForceFromPrecision,
      inForceToPrecision,
      sourceUrl,
    };
  },

  async plan(all, ctx): Promise<ImportPlan> {
    const rows = ctx.unique(
      await ctx.requireJurisdictions(all),
      (v) => `${v.jurisdiction}/${v.instrumentKey}/${v.key}@${v.inForceFrom}`,
      'in_force_from',
      'jurisdiction, instrument_key, key and in_force_from',
    );
    const instruments = await instrumentsByKey(ctx, [...new Set(rows.map((r) => r.value.jurisdiction))]);
    const resolved: (ReadRow<ProvisionRow> & { instrument: InstrumentEntity })[] = [];
    for (const r of rows) {
      const instrument = instruments.get(`${r.value.jurisdiction}/${r.value.instrumentKey}`);
      if (instrument) resolved.push({ ...r, instrument });
      else ctx.problem(r.row, 'instrument_key', `names no recorded instrument of ${r.value.jurisdiction} (${r.value.instrumentKey}); import instruments first`);
    }
    const existing = await findIn(ctx.manager, ProvisionEntity, 'instrumentId', [...new Set(resolved.map((r) => r.instrument.id))]);
    const byNaturalKey = new Map(existing.map((p) => [`${p.instrumentId}|${p.key}|${p.inForceFrom}`, p]));

    // Overlaps: the file's wordings plus the recorded ones the file does not replace, per article.
    const articles = new Map<string, Span[]>();
    const fileKeys = new Set(resolved.map((r) => `${r.instrument.id}|${r.value.key}|${r.value.inForceFrom}`));
    for (const p of existing) {
      if (fileKeys.has(`${p.instrumentId}|${p.key}|${p.inForceFrom}`)) continue;
      const article = `${p.instrumentId}|${p.key}`;
      if (!articles.has(article)) articles.set(article, []);
      articles.get(article)!.push({ from: p.inForceFrom, to: p.inForceTo });
    }
    for (const r of resolved) {
      const article = `${r.instrument.id}|${r.value.key}`;
      if (!articles.has(article)) articles.set(article, []);
      articles.get(article)!.push({ from: r.value.inForceFrom, to: r.value.inForceTo, row: r.row });
    }
    const clashing = new Set<number>();
    for (const wordings of articles.values()) {
      if (wordings.length > 1) for (const row of overlapProblems(wordings, ctx, 'successive wordings of one article')) clashing.add(row);
    }

    const creates: ProvisionEntity[] = [];
    const updates: { before: ProvisionEntity; fields: Partial<ProvisionEntity>; jurisdiction: string }[] = [];
    let unchanged = 0;
    for (const r of resolved) {
      if (clashing.has(r.row)) continue;
      const v = r.value;
      const fields = {
        citation: v.citation,
        heading: v.heading,
        text: v.text,
        inForceTo: v.inForceTo,
        inForceFromPrecision: v.inForceFromPrecision,
        inForceToPrecision: v.inForceToPrecision,
        sourceUrl: v.sourceUrl,
      };
      const before = byNaturalKey.get(`${r.instrument.id}|${v.key}|${v.inForceFrom}`);
      if (!before) {
        creates.push(
          Object.assign(new ProvisionEntity(), {
            id: randomUUID(),
            instrumentId: r.instrument.id,
            key: v.key,
            inForceFrom: v.inForceFrom,
            ...fields,
            version: 1,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          }),
        );
      } else if (sameFields(before, fields, COMPARED)) {
        unchanged++;
      } else {
        updates.push({ before, fields, jurisdiction: v.jurisdiction });
      }
    }
    const jurisdictionOf = new Map(resolved.map((r) => [r.instrument.id, r.instrument.jurisdictionCode]));

    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async write(w) {
        await w.create(
          PROVISION_RECORD,
          creates.map((row) => ({ row, jurisdiction: jurisdictionOf.get(row.instrumentId)! })),
        );
        for (const u of updates) await w.update(PROVISION_RECORD, u.before, u.before.version, u.fields, [u.jurisdiction]);
      },
    };
  },
};
