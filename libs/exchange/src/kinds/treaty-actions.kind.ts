import { randomUUID } from 'node:crypto';
import { todayIso } from '@lexgap/platform';
import { DATE_PRECISIONS, DatePrecision, SOURCE_LIMITS, TREATY_ACTION_TYPES, TreatyActionType } from '@lexgap/legal-model';
import { TREATY_ACTION_RECORD, TREATY_TEXT_LIMITS, TreatyActionEntity, treatyActionKey, treatyActionProblems, TreatyEntity } from '@lexgap/treaties';
import { cellText } from '../read/cells';
import { findIn, ImportPlan, KindHandler, sameFields } from './import-context';

export interface TreatyActionRow {
  jurisdiction: string;
  treaty: string;
  type: TreatyActionType;
  date: string;
  datePrecision: DatePrecision;
  reservations: string | null;
  sourceUrl: string | null;
  sourceCitation: string | null;
  asOf: string;
  verified: boolean;
  note: string | null;
}

/** A row's natural key, as the treaty rules write it. */
const keyOfRow = (v: TreatyActionRow) => treatyActionKey({ jurisdictionCode: v.jurisdiction, treatyCode: v.treaty, type: v.type, date: v.date });

/** Where the treaty rules' fields are in the file. */
const COLUMN_OF: Record<string, string> = { type: 'action', date: 'date', asOf: 'as_of' };

const COMPARED = ['datePrecision', 'reservations', 'sourceUrl', 'sourceCitation', 'asOf', 'verified', 'note'] as const;

/** `treaty-actions`: the columns of reference-data/treaty-actions.csv, keyed by jurisdiction + treaty + action + date. */
export const treatyActionsKind: KindHandler<TreatyActionRow> = {
  read(r) {
    const jurisdiction = r.jurisdiction();
    const treaty = cellText(r.cell('treaty'))?.toUpperCase().replace(/\s+/g, '-');
    if (!treaty) r.problem('treaty', 'is required');
    const type = r.oneOf('action', TREATY_ACTION_TYPES, { required: true });
    const date = r.date('date', true);
    const datePrecision = r.oneOf('date_precision', DATE_PRECISIONS, { fallback: 'DAY' });
    const reservations = r.text('reservations', { max: TREATY_TEXT_LIMITS.reservations }) ?? null;
    const sourceUrl = r.url('source_url') ?? null;
    const sourceCitation = r.text('source_citation', { min: SOURCE_LIMITS.citationMin, max: SOURCE_LIMITS.citationMax }) ?? null;
    const asOf = r.date('as_of', true);
    for (const p of treatyActionProblems({ treaty, type, date, datePrecision, asOf, sourceUrl, sourceCitation }, todayIso())) {
      // A bad source cell has its own problem already; only a missing source is new.
      if (p.field === 'sourceUrl' && !(r.blank('source_url') && r.blank('source_citation'))) continue;
      r.problem(p.field === 'sourceUrl' ? (r.has('source_url') ? 'source_url' : 'source_citation') : COLUMN_OF[p.field], p.message.replace('sourceCitation', 'source_citation'));
    }
    const verified = r.yesNo('verified', true);
    const note = r.text('note', { max: TREATY_TEXT_LIMITS.note }) ?? null;
    if (r.failed) return undefined;
    return { jurisdiction: jurisdiction!, treaty: treaty!, type: type!, date: date!, datePrecision: datePrecision!, reservations, sourceUrl, sourceCitation, asOf: asOf!, verified: verified!, note };
  },

  async plan(all, ctx): Promise<ImportPlan> {
    const treaties = new Set((await ctx.manager.getRepository(TreatyEntity).find()).map((t) => t.code));
    const recorded = new Set(await ctx.requireJurisdictions(all, { statesOnly: true }));
    const known = all.filter((r) => {
      if (treaties.has(r.value.treaty)) return recorded.has(r);
      ctx.problem(r.row, 'treaty', `names no known treaty (${r.value.treaty}); known: ${[...treaties].sort().join(', ')}`);
      return false;
    });
    const rows = ctx.unique(known, (v) => keyOfRow(v), 'date', 'jurisdiction, treaty, action and date');
    const existing = new Map((await findIn(ctx.manager, TreatyActionEntity, 'jurisdictionCode', [...new Set(rows.map((r) => r.value.jurisdiction))])).map((a) => [treatyActionKey(a), a]));
    const creates: TreatyActionEntity[] = [];
    const updates: { before: TreatyActionEntity; fields: Partial<TreatyActionEntity> }[] = [];
    let unchanged = 0;
    for (const { value: v } of rows) {
      const fields = { datePrecision: v.datePrecision, reservations: v.reservations, sourceUrl: v.sourceUrl, sourceCitation: v.sourceCitation, asOf: v.asOf, verified: v.verified, note: v.note };
      const before = existing.get(keyOfRow(v));
      if (!before) {
        creates.push(
          Object.assign(new TreatyActionEntity(), {
            id: randomUUID(),
            jurisdictionCode: v.jurisdiction,
            treatyCode: v.treaty,
            type: v.type,
            date: v.date,
            ...fields,
            version: 1,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          }),
        );
      } else if (sameFields(before, fields, COMPARED)) {
        unchanged++;
      } else {
        updates.push({ before, fields });
      }
    }
    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async write(w) {
        await w.create(
          TREATY_ACTION_RECORD,
          creates.map((row) => ({ row, jurisdiction: row.jurisdictionCode })),
        );
        for (const u of updates) await w.update(TREATY_ACTION_RECORD, u.before, u.before.version, u.fields, [u.before.jurisdictionCode]);
      },
    };
  },
};
