import { randomUUID } from 'node:crypto';
import type { DatePrecision } from '@lexgap/legal-model';
import { createInstruments, InstrumentEntity, InstrumentKind, instrumentProblems, InstrumentStatus, InstrumentVersionEntity, LEGISLATION_TEXT_LIMITS, replaceInstrument } from '@lexgap/legislation';
import { canonical, findIn, ImportPlan, KindHandler, ReadRow, sameFields } from './import-context';
import { overlapProblems, readInterval } from './provisions.kind';

export interface InstrumentRow {
  jurisdiction: string;
  key: string;
  kind: InstrumentKind;
  language: string;
  /** Null when only the English title is known. */
  titleOriginal: string | null;
  titleEn: string | null;
  officialCitation: string | null;
  sourceUrl: string | null;
  inForceFrom: string;
  inForceTo: string | null;
  inForceFromPrecision: DatePrecision;
  inForceToPrecision: DatePrecision | null;
  amendedBy: string | null;
}

const INSTRUMENT_FIELDS = ['kind', 'language', 'titleOriginal', 'titleEn', 'officialCitation', 'sourceUrl'] as const;
const COLUMN_OF: Record<(typeof INSTRUMENT_FIELDS)[number], string> = {
  kind: 'kind',
  language: 'language',
  titleOriginal: 'title_original',
  titleEn: 'title_en',
  officialCitation: 'official_citation',
  sourceUrl: 'source_url',
};

type Version = { inForceFrom: string; inForceTo: string | null; inForceFromPrecision: DatePrecision; inForceToPrecision: DatePrecision | null; amendedBy: string | null };
const versionsKey = (versions: Version[]) =>
  canonical(
    [...versions]
      .sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom))
      .map((v) => [v.inForceFrom, v.inForceTo ?? null, v.inForceFromPrecision ?? 'DAY', v.inForceToPrecision ?? null, v.amendedBy ?? null]),
  );

/**
 * `instruments`: one row per version; the rows of one jurisdiction + key are the instrument's
 * whole version history (as upsertInstrument takes it) and must agree on the instrument's columns.
 */
export const instrumentsKind: KindHandler<InstrumentRow> = {
  read(r) {
    const jurisdiction = r.jurisdiction();
    const key = r.key('key');
    const kind = r.oneOf('kind', Object.values(InstrumentKind), { required: true });
    const language = r.language('language');
    const titleOriginal = r.text('title_original', { max: LEGISLATION_TEXT_LIMITS.instrumentTitle }) ?? null;
    const titleEn = r.text('title_en', { max: LEGISLATION_TEXT_LIMITS.instrumentTitle }) ?? null;
    const officialCitation = r.text('official_citation', { max: LEGISLATION_TEXT_LIMITS.officialCitation }) ?? null;
    const sourceUrl = r.url('source_url') ?? null;
    // The instrument rules' title and source checks, on cells that were blank (a bad one has its own
    // problem); the versions are checked row by row (readInterval) and together in plan.
    for (const p of instrumentProblems({ titleOriginal, titleEn, sourceUrl, officialCitation, versions: [] })) {
      if (p.field === 'titleOriginal' && r.blank('title_original') && r.blank('title_en')) {
        if (r.has('title_original')) r.problem('title_original', p.message.replace('titleEn', 'title_en'));
        else r.problem('title_en', p.message.replace('or titleEn', 'or title_original'));
      } else if (p.field === 'sourceUrl' && r.blank('official_citation') && r.blank('source_url')) {
        r.problem(r.has('source_url') ? 'source_url' : 'official_citation', p.message.replace('officialCitation', 'official_citation'));
      }
    }
    const { inForceFrom, inForceTo, inForceFromPrecision, inForceToPrecision } = readInterval(r);
    const amendedBy = r.text('amended_by', { max: LEGISLATION_TEXT_LIMITS.amendedBy }) ?? null;
    if (r.failed) return undefined;
    return {
      jurisdiction: jurisdiction!,
      key: key!,
      kind: kind!,
      language: language!,
      titleOriginal,
      titleEn,
      officialCitation,
      sourceUrl,
      inForceFrom: inForceFrom!,
      inForceTo,
      inForceFromPrecision,
      inForceToPrecision,
      amendedBy,
    };
  },

  async plan(all, ctx): Promise<ImportPlan> {
    const rows = ctx.unique(await ctx.requireJurisdictions(all), (v) => `${v.jurisdiction}/${v.key}@${v.inForceFrom}`, 'in_force_from', 'jurisdiction, key and in_force_from');
    const groups = new Map<string, ReadRow<InstrumentRow>[]>();
    for (const r of rows) {
      const id = `${r.value.jurisdiction}/${r.value.key}`;
      if (!groups.has(id)) groups.set(id, []);
      groups.get(id)!.push(r);
    }
    const bad = new Set<string>();
    for (const [id, group] of groups) {
      const [first] = group;
      for (const r of group.slice(1)) {
        for (const f of INSTRUMENT_FIELDS) {
          if ((r.value[f] ?? null) !== (first.value[f] ?? null)) {
            ctx.problem(r.row, COLUMN_OF[f], `differs from row ${first.row} for the same instrument (${id}); the instrument's columns must be the same on each of its version rows`);
            bad.add(id);
          }
        }
      }
      if (
        overlapProblems(
          group.map((r) => ({ from: r.value.inForceFrom, to: r.value.inForceTo, row: r.row })),
          ctx,
          'versions of one instrument',
        ).size
      )
        bad.add(id);
    }

    const codes = [...new Set(rows.map((r) => r.value.jurisdiction))];
    const existing = new Map((await findIn(ctx.manager, InstrumentEntity, 'jurisdictionCode', codes)).map((i) => [`${i.jurisdictionCode}/${i.key}`, i]));
    const matchedIds = [...groups.keys()].map((id) => existing.get(id)?.id).filter((id): id is string => Boolean(id));
    const oldVersions = new Map<string, InstrumentVersionEntity[]>();
    for (const v of await findIn(ctx.manager, InstrumentVersionEntity, 'instrumentId', matchedIds)) {
      if (!oldVersions.has(v.instrumentId)) oldVersions.set(v.instrumentId, []);
      oldVersions.get(v.instrumentId)!.push(v);
    }

    const creates: { instrument: InstrumentEntity; versions: InstrumentVersionEntity[] }[] = [];
    const updates: { before: InstrumentEntity; beforeVersions: InstrumentVersionEntity[]; fields: Partial<InstrumentEntity>; versions: InstrumentVersionEntity[] }[] = [];
    let unchanged = 0;
    for (const [id, group] of groups) {
      if (bad.has(id)) continue;
      const v = group[0].value;
      const fields = { kind: v.kind, language: v.language, titleOriginal: v.titleOriginal, titleEn: v.titleEn, officialCitation: v.officialCitation, sourceUrl: v.sourceUrl };
      const before = existing.get(id);
      if (before?.status === InstrumentStatus.DRAFT) {
        // A bill is in force in no version (instrumentProblems); it is enacted through upsertInstrument (status ENACTED).
        ctx.problem(group[0].row, 'key', `names a bill (${id}, status DRAFT), which is in force in no version; enact it with upsertInstrument (status ENACTED) before importing its versions`);
        continue;
      }
      const wanted: Version[] = group.map((r) => ({
        inForceFrom: r.value.inForceFrom,
        inForceTo: r.value.inForceTo,
        inForceFromPrecision: r.value.inForceFromPrecision,
        inForceToPrecision: r.value.inForceToPrecision,
        amendedBy: r.value.amendedBy,
      }));
      const instrumentId = before?.id ?? randomUUID();
      const previous = before ? (oldVersions.get(before.id) ?? []) : [];
      // A version's own source and note (set through the API) survive a re-import of its dates.
      const versions = [...wanted]
        .sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom))
        .map((w) => {
          const old = previous.find((p) => p.inForceFrom === w.inForceFrom);
          return Object.assign(new InstrumentVersionEntity(), { id: randomUUID(), instrumentId, ...w, sourceUrl: old?.sourceUrl ?? null, note: old?.note ?? null });
        });
      if (!before) {
        creates.push({
          instrument: Object.assign(new InstrumentEntity(), { id: instrumentId, jurisdictionCode: v.jurisdiction, key: v.key, ...fields, version: 1, createdAt: ctx.now, updatedAt: ctx.now }),
          versions,
        });
      } else if (sameFields(before, fields, INSTRUMENT_FIELDS) && versionsKey(previous) === versionsKey(wanted)) {
        unchanged++;
      } else {
        updates.push({ before, beforeVersions: [...previous].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom)), fields, versions });
      }
    }

    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async write(w) {
        await createInstruments(w, creates);
        for (const u of updates) await replaceInstrument(w, { instrument: u.before, versions: u.beforeVersions }, u.before.version, u.fields, u.versions);
      },
    };
  },
};
