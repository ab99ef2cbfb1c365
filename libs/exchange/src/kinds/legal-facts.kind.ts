import { LEGAL_FACT_SET_RECORD, LegalFactSetEntity, legalFactSetProblems, LEGISLATION_TEXT_LIMITS, ProvisionEntity, freshReading } from '@lexgap/legislation';
import { CLOSED_LISTS, CONFIDENCE_LEVELS, ConfidenceLevel, LEGAL_FACT_FIELDS, LegalFactFieldSpec, LegalFacts, SOURCE_KINDS, SOURCE_LIMITS, SourceKind } from '@lexgap/legal-model';
import { cellText, splitList } from '../read/cells';
import { parsePenalties } from '../read/penalties';
import { FACT_COLUMNS, factColumnName, FORCED_LABOUR_COLUMNS } from './columns';
import { canonical, findIn, ImportPlan, KindHandler, sameFields } from './import-context';
import { instrumentsByKey } from './provisions.kind';
import { RowReader } from './row-reader';

export interface LegalFactsRow {
  jurisdiction: string;
  instrumentKey: string;
  provisionKey: string;
  provisionInForceFrom: string | null;
  asOf: string;
  sourceUrl: string | null;
  sourceCitation: string | null;
  note: string | null;
  sourceKind: SourceKind;
  confidence: ConfidenceLevel | null;
  facts: LegalFacts;
}

const COLUMN_OF_FIELD = new Map(FACT_COLUMNS.map((c) => [c.field, c.name]));
const SPEC_OF_COLUMN = new Map(FACT_COLUMNS.map((c) => [c.name, (LEGAL_FACT_FIELDS as readonly LegalFactFieldSpec[]).find((f) => f.name === c.field)!]));

/** The column a validateLegalFacts path (`penalties[0].imprisonmentMinYears`) comes from. */
function columnOfPath(path: string): string {
  const field = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
  return COLUMN_OF_FIELD.get(field) ?? factColumnName(field);
}

/** Which entry of a list cell a path points at: `penalty 2`, `item 3` (the engine's message names the field). */
function describePath(path: string): string {
  const penalty = /^penalties\[(\d+)\]/.exec(path);
  if (penalty) return `penalty ${Number(penalty[1]) + 1}`;
  const item = /^[A-Za-z]+\[(\d+)\]$/.exec(path);
  return item ? `item ${Number(item[1]) + 1}` : '';
}

/** The facts of one row, read by each column's kind in the legal model; blank cells are left out ("not stated"). */
function readFacts(r: RowReader): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const column of FACT_COLUMNS) {
    const spec = SPEC_OF_COLUMN.get(column.name)!;
    let value: unknown;
    switch (spec.kind) {
      case 'list': {
        const extras = 'extras' in spec && spec.extras ? COLUMN_OF_FIELD.get(spec.extras) : undefined;
        value = r.codes(column.name, CLOSED_LISTS[spec.list], extras ? `put anything else in ${extras}, in the law's words` : undefined);
        break;
      }
      case 'extras': {
        const text = cellText(r.cell(column.name));
        value = text === undefined ? undefined : splitList(text);
        break;
      }
      case 'age':
        value = r.integer(column.name);
        break;
      case 'flag':
        value = r.yesNo(column.name);
        break;
      case 'penalties': {
        const parsed = parsePenalties(r.cell(column.name));
        if (!parsed.ok) r.problem(column.name, parsed.message);
        else value = parsed.value;
        break;
      }
      case 'forcedLabour':
        continue; // two columns, read together below
    }
    if (value !== undefined) facts[column.field] = value;
  }
  const { imprisonment: imprisonmentColumn, allSectors: allSectorsColumn } = FORCED_LABOUR_COLUMNS;
  const imprisonment = r.yesNo(imprisonmentColumn);
  const allSectors = r.yesNo(allSectorsColumn);
  if ((imprisonment === undefined) !== (allSectors === undefined) && r.blank(imprisonmentColumn) !== r.blank(allSectorsColumn)) {
    r.problem(imprisonment === undefined ? imprisonmentColumn : allSectorsColumn, `is needed too: give ${imprisonmentColumn} and ${allSectorsColumn} together, or leave both blank`);
  } else if (imprisonment !== undefined && allSectors !== undefined) {
    facts.forcedLabourOffence = { imprisonment, allSectors };
  }
  return facts;
}

/**
 * `legal-facts`: one row per provision wording (jurisdiction + instrument_key + provision_key +
 * provision_in_force_from); the row is the provision's whole fact set and replaces a recorded one.
 */
export const legalFactsKind: KindHandler<LegalFactsRow> = {
  read(r) {
    const jurisdiction = r.jurisdiction();
    const instrumentKey = r.key('instrument_key');
    const provisionKey = r.key('provision_key');
    const provisionInForceFrom = r.date('provision_in_force_from') ?? null;
    const asOf = r.date('as_of', true);
    const sourceUrl = r.url('source_url') ?? null;
    const sourceCitation = r.text('source_citation', { min: SOURCE_LIMITS.citationMin, max: SOURCE_LIMITS.citationMax }) ?? null;
    const note = r.text('note', { max: LEGISLATION_TEXT_LIMITS.note }) ?? null;
    const sourceKind = r.oneOf('source_kind', SOURCE_KINDS, { fallback: 'PRIMARY' });
    const confidence = r.oneOf('confidence', CONFIDENCE_LEVELS) ?? null;
    // Cells that could not be read are left out of the draft, so the rules add only new problems.
    const checked = legalFactSetProblems({ facts: readFacts(r), sourceUrl, sourceCitation });
    for (const p of checked.problems) {
      if (p.field === 'sourceUrl') {
        // A bad source cell has its own problem already; only a missing source is new.
        if (r.blank('source_url') && r.blank('source_citation')) r.problem(r.has('source_url') ? 'source_url' : 'source_citation', p.message.replace('sourceCitation', 'source_citation'));
        continue;
      }
      const path = p.field.replace(/^facts\./, '');
      const where = describePath(path);
      r.problem(columnOfPath(path), `${where ? `${where}: ` : ''}${p.message}`);
    }
    if (r.failed || !checked.facts) return undefined;
    return {
      jurisdiction: jurisdiction!,
      instrumentKey: instrumentKey!,
      provisionKey: provisionKey!,
      provisionInForceFrom,
      asOf: asOf!,
      sourceUrl,
      sourceCitation,
      note,
      sourceKind: sourceKind!,
      confidence,
      facts: checked.facts,
    };
  },

  async plan(all, ctx): Promise<ImportPlan> {
    const rows = await ctx.requireJurisdictions(all);
    const instruments = await instrumentsByKey(ctx, [...new Set(rows.map((r) => r.value.jurisdiction))]);
    const wanted = [...new Set(rows.map((r) => instruments.get(`${r.value.jurisdiction}/${r.value.instrumentKey}`)?.id).filter((id): id is string => Boolean(id)))];
    const wordings = new Map<string, ProvisionEntity[]>();
    for (const p of await findIn(ctx.manager, ProvisionEntity, 'instrumentId', wanted)) {
      const article = `${p.instrumentId}|${p.key}`;
      if (!wordings.has(article)) wordings.set(article, []);
      wordings.get(article)!.push(p);
    }
    const resolved: { row: number; value: LegalFactsRow; provision: ProvisionEntity; jurisdiction: string }[] = [];
    for (const r of rows) {
      const v = r.value;
      const instrument = instruments.get(`${v.jurisdiction}/${v.instrumentKey}`);
      if (!instrument) {
        ctx.problem(r.row, 'instrument_key', `names no recorded instrument of ${v.jurisdiction} (${v.instrumentKey})`);
        continue;
      }
      const candidates = (wordings.get(`${instrument.id}|${v.provisionKey}`) ?? []).sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
      if (candidates.length === 0) {
        ctx.problem(r.row, 'provision_key', `names no recorded provision of ${v.jurisdiction}/${v.instrumentKey} (${v.provisionKey}); import provisions first`);
        continue;
      }
      let provision: ProvisionEntity | undefined;
      if (v.provisionInForceFrom) {
        provision = candidates.find((p) => p.inForceFrom === v.provisionInForceFrom);
        if (!provision)
          ctx.problem(r.row, 'provision_in_force_from', `no wording of ${v.provisionKey} starts on ${v.provisionInForceFrom}; recorded: ${candidates.map((p) => p.inForceFrom).join(', ')}`);
      } else if (candidates.length === 1) {
        provision = candidates[0];
      } else {
        ctx.problem(r.row, 'provision_in_force_from', `is needed: ${v.provisionKey} has ${candidates.length} wordings (from ${candidates.map((p) => p.inForceFrom).join(', ')})`);
      }
      if (provision) resolved.push({ row: r.row, value: v, provision, jurisdiction: instrument.jurisdictionCode });
    }
    const unique = ctx.unique(
      resolved.map((r) => ({ row: r.row, value: r })),
      (r) => r.provision.id,
      'provision_key',
      'provision wording',
    );
    const existing = new Map(
      (
        await findIn(
          ctx.manager,
          LegalFactSetEntity,
          'provisionId',
          unique.map((r) => r.value.provision.id),
        )
      ).map((f) => [f.provisionId, f]),
    );

    const creates: { entity: LegalFactSetEntity; jurisdiction: string }[] = [];
    const updates: { before: LegalFactSetEntity; fields: Partial<LegalFactSetEntity>; jurisdiction: string }[] = [];
    let unchanged = 0;
    for (const { value: r } of unique) {
      const v = r.value;
      const fields = { facts: v.facts, sourceUrl: v.sourceUrl, sourceCitation: v.sourceCitation, asOf: v.asOf, note: v.note, sourceKind: v.sourceKind, confidence: v.confidence };
      const before = existing.get(r.provision.id);
      if (!before) {
        creates.push({
          entity: Object.assign(new LegalFactSetEntity(), { provisionId: r.provision.id, ...fields, ...freshReading(ctx.actor), version: 1, createdAt: ctx.now, updatedAt: ctx.now }),
          jurisdiction: r.jurisdiction,
        });
      } else if (canonical(before.facts) === canonical(v.facts) && sameFields(before, fields, ['sourceUrl', 'sourceCitation', 'asOf', 'note', 'sourceKind', 'confidence'])) {
        unchanged++;
      } else {
        updates.push({ before, fields: { ...fields, ...freshReading(ctx.actor) }, jurisdiction: r.jurisdiction });
      }
    }

    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async write(w) {
        await w.create(
          LEGAL_FACT_SET_RECORD,
          creates.map((c) => ({ row: c.entity, jurisdiction: c.jurisdiction })),
        );
        for (const u of updates) await w.update(LEGAL_FACT_SET_RECORD, u.before, u.before.version, u.fields, [u.jurisdiction]);
      },
    };
  },
};
