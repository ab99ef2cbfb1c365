import { randomUUID } from 'node:crypto';
import { AssessmentEntity, AssessmentStatus, Confidence } from '@lexgap/assessment';
import { ProvisionEntity } from '@lexgap/legislation';
import { HTTP_URL_OPTIONS, updateWithVersion } from '@lexgap/platform';
import { DEFAULT_RUBRIC_ID, RubricVersionEntity } from '@lexgap/rubric';
import { isURL } from 'class-validator';
import { IsNull } from 'typeorm';
import { cellText, splitList } from '../read/cells';
import { canonical, findIn, ImportPlan, KindHandler, PlanContext, sameFields } from './import-context';
import { instrumentsByKey } from './provisions.kind';
import { KEY_PATTERN } from './row-reader';

export interface ProvisionReference {
  instrumentKey: string;
  provisionKey: string;
  inForceFrom: string | null;
}

export interface AssessmentRow {
  jurisdiction: string;
  rubric: string;
  rubricVersion: number | null;
  criterion: string;
  result: number | null;
  notApplicable: boolean;
  rationale: string;
  confidence: Confidence;
  provisions: ProvisionReference[];
  urls: string[];
}

const SCALE_TOLERANCE = 1e-9;
const EDITABLE = [AssessmentStatus.DRAFT, AssessmentStatus.CHANGES_REQUESTED, AssessmentStatus.SUBMITTED];
const REFERENCE = /^([^/@\s]+)\/([^/@\s]+)(?:@(\d{4}-\d{2}-\d{2}))?$/;

/** `instrument_key/provision_key[@in_force_from]` references, as the provision_keys column writes them. */
export function parseProvisionReferences(text: string): { references: ProvisionReference[]; bad: string[] } {
  const references: ProvisionReference[] = [];
  const bad: string[] = [];
  for (const item of splitList(text, /[;,\n]/)) {
    const m = REFERENCE.exec(item);
    if (m && KEY_PATTERN.test(m[1]) && KEY_PATTERN.test(m[2])) references.push({ instrumentKey: m[1], provisionKey: m[2], inForceFrom: m[3] ?? null });
    else bad.push(item);
  }
  return { references, bad };
}

/** Where a criterion's result may lie: one of its levels, or anywhere in 0..1 for a share. */
function scaleProblem(rubric: RubricVersionEntity, criterionId: string, result: number): string | undefined {
  const criterion = rubric.content.categories.flatMap((c) => c.criteria).find((k) => k.id === criterionId)!;
  if (criterion.scale.type === 'share') return result >= 0 && result <= 1 ? undefined : `(${result}) is out of ${criterionId}'s scale: a share from 0 to 1`;
  const levels = criterion.scale.levels.map((l) => l.value);
  return levels.some((v) => Math.abs(v - result) <= SCALE_TOLERANCE) ? undefined : `(${result}) is out of ${criterionId}'s scale: one of ${levels.join(', ')}`;
}

async function resolveRubric(ctx: PlanContext, cache: Map<string, RubricVersionEntity | null>, id: string, version: number | null): Promise<RubricVersionEntity | null> {
  const key = `${id}@${version ?? 'latest'}`;
  if (!cache.has(key)) cache.set(key, await ctx.rubrics.resolve(id, version).catch(() => null));
  return cache.get(key)!;
}

/**
 * `assessments`: the importing key's own results, keyed by author + jurisdiction + rubric version +
 * criterion, saved as SUBMITTED for a second expert to review. An import never approves; an
 * approved assessment is left as it is when the row agrees and refused when it does not.
 */
export const assessmentsKind: KindHandler<AssessmentRow> = {
  read(r) {
    const jurisdiction = r.jurisdiction();
    const rubric = r.text('rubric', { max: 100 }) ?? DEFAULT_RUBRIC_ID;
    const rubricVersion = r.integer('rubric_version') ?? null;
    if (rubricVersion !== null && rubricVersion < 1) r.problem('rubric_version', 'must be 1 or more');
    const criterion = r.text('criterion', { required: true, max: 20 })?.toUpperCase();
    const notApplicable = r.yesNo('not_applicable') ?? false;
    const result = r.number('result') ?? null;
    if (notApplicable && result !== null) r.problem('result', 'must be blank when not_applicable is yes');
    if (!notApplicable && result === null && r.blank('result')) r.problem('result', 'is required (or set not_applicable to yes)');
    const rationale = r.text('rationale', { required: true, min: 20, max: 20_000 });
    const confidence = r.oneOf('confidence', Object.values(Confidence), { required: true });
    let provisions: ProvisionReference[] = [];
    const refs = cellText(r.cell('provision_keys'));
    if (refs) {
      const parsed = parseProvisionReferences(refs);
      if (parsed.bad.length) r.problem('provision_keys', `${parsed.bad.map((b) => JSON.stringify(b)).join(', ')}: write each as instrument_key/provision_key (add @YYYY-MM-DD for one wording of several), separated by ;`);
      else if (parsed.references.length > 50) r.problem('provision_keys', 'may list at most 50 provisions');
      provisions = parsed.references;
    }
    const urls = splitList(cellText(r.cell('urls')) ?? '', /[;\s]+/);
    const badUrls = urls.filter((u) => !isURL(u, HTTP_URL_OPTIONS) || u.length > 1000);
    if (badUrls.length) r.problem('urls', `${badUrls.map((u) => JSON.stringify(u)).join(', ')} ${badUrls.length === 1 ? 'is not an http(s) URL' : 'are not http(s) URLs'}`);
    else if (urls.length > 20) r.problem('urls', 'may list at most 20 links');
    if (r.failed) return undefined;
    return { jurisdiction: jurisdiction!, rubric, rubricVersion, criterion: criterion!, result, notApplicable, rationale: rationale!, confidence: confidence!, provisions, urls };
  },

  async plan(all, ctx): Promise<ImportPlan> {
    const rows = await ctx.requireJurisdictions(all);
    const rubrics = new Map<string, RubricVersionEntity | null>();
    const checked: { row: number; value: AssessmentRow; rubric: RubricVersionEntity; provisionIds: string[] }[] = [];
    const instruments = await instrumentsByKey(ctx, [...new Set(rows.map((r) => r.value.jurisdiction))]);
    const referenced = new Set(rows.flatMap((r) => r.value.provisions.map((p) => instruments.get(`${r.value.jurisdiction}/${p.instrumentKey}`)?.id)).filter((id): id is string => Boolean(id)));
    const wordings = new Map<string, ProvisionEntity[]>();
    for (const p of await findIn(ctx.manager, ProvisionEntity, 'instrumentId', [...referenced])) {
      const article = `${p.instrumentId}|${p.key}`;
      if (!wordings.has(article)) wordings.set(article, []);
      wordings.get(article)!.push(p);
    }
    for (const r of rows) {
      const v = r.value;
      const rubric = await resolveRubric(ctx, rubrics, v.rubric, v.rubricVersion);
      if (!rubric) {
        ctx.problem(r.row, v.rubricVersion === null ? 'rubric' : 'rubric_version', `names no published rubric version (${v.rubric}${v.rubricVersion === null ? '' : ` v${v.rubricVersion}`})`);
        continue;
      }
      const criteria = rubric.content.categories.flatMap((c) => c.criteria.map((k) => k.id));
      if (!criteria.includes(v.criterion)) {
        ctx.problem(r.row, 'criterion', `is not a criterion of ${rubric.rubricId} v${rubric.version} (${v.criterion})`);
        continue;
      }
      const scale = v.result === null ? undefined : scaleProblem(rubric, v.criterion, v.result);
      if (scale) ctx.problem(r.row, 'result', scale);
      const provisionIds: string[] = [];
      const unresolved: string[] = [];
      for (const ref of v.provisions) {
        const instrument = instruments.get(`${v.jurisdiction}/${ref.instrumentKey}`);
        const candidates = instrument ? (wordings.get(`${instrument.id}|${ref.provisionKey}`) ?? []) : [];
        const matching = ref.inForceFrom ? candidates.filter((p) => p.inForceFrom === ref.inForceFrom) : candidates;
        const label = `${ref.instrumentKey}/${ref.provisionKey}${ref.inForceFrom ? `@${ref.inForceFrom}` : ''}`;
        if (matching.length === 1) provisionIds.push(matching[0].id);
        else if (matching.length === 0) unresolved.push(`${label} is not a recorded provision of ${v.jurisdiction}`);
        else unresolved.push(`${label} has ${matching.length} wordings: add @ and one of ${matching.map((p) => p.inForceFrom).sort().join(', ')}`);
      }
      if (unresolved.length) ctx.problem(r.row, 'provision_keys', unresolved.join('; '));
      if (!scale && !unresolved.length) checked.push({ ...r, rubric, provisionIds: [...new Set(provisionIds)] });
    }
    const unique = ctx.unique(checked.map((c) => ({ row: c.row, value: c })), (c) => `${c.value.jurisdiction}|${c.rubric.rubricId}|${c.rubric.version}|${c.value.criterion}`, 'criterion', 'jurisdiction, rubric version and criterion');

    const mine = await ctx.manager.getRepository(AssessmentEntity).findBy({ authorId: ctx.actor.id, retiredAt: IsNull() });
    const existing = new Map(mine.map((a) => [`${a.jurisdictionCode}|${a.rubricId}|${a.rubricVersion}|${a.criterionId}`, a]));
    const creates: AssessmentEntity[] = [];
    const updates: { before: AssessmentEntity; fields: Partial<AssessmentEntity> }[] = [];
    let unchanged = 0;
    for (const { row, value: c } of unique) {
      const v = c.value;
      const before = existing.get(`${v.jurisdiction}|${c.rubric.rubricId}|${c.rubric.version}|${v.criterion}`);
      const content = { result: v.notApplicable ? null : v.result, notApplicable: v.notApplicable, rationale: v.rationale, confidence: v.confidence };
      const evidence = { provisionIds: c.provisionIds, treatyActionIds: before?.evidence.treatyActionIds ?? [], urls: v.urls };
      const same = before && sameFields(before, content, ['result', 'notApplicable', 'rationale', 'confidence']) && canonical(before.evidence) === canonical(evidence);
      if (!before) {
        creates.push(Object.assign(new AssessmentEntity(), {
          id: randomUUID(), jurisdictionCode: v.jurisdiction, rubricId: c.rubric.rubricId, rubricVersion: c.rubric.version, criterionId: v.criterion,
          authorId: ctx.actor.id, authorName: ctx.actor.name, status: AssessmentStatus.SUBMITTED, ...content, evidence,
          reviewerId: null, reviewerName: null, reviewComment: null, submittedAt: ctx.now, decidedAt: null, effectiveFrom: null, retiredAt: null,
          version: 1, createdAt: ctx.now, updatedAt: ctx.now,
        }));
      } else if (same && (before.status === AssessmentStatus.SUBMITTED || before.status === AssessmentStatus.APPROVED)) {
        unchanged++;
      } else if (!EDITABLE.includes(before.status)) {
        ctx.problem(row, 'criterion', `your assessment of ${v.criterion} for ${v.jurisdiction} (${before.id}) is ${before.status} and can no longer be changed; retire it first to record a new one`);
      } else {
        updates.push({ before, fields: { ...content, evidence, status: AssessmentStatus.SUBMITTED, submittedAt: ctx.now } });
      }
    }

    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async write(w) {
        await w.insert(AssessmentEntity, creates);
        for (const a of creates) w.audit('Assessment', a.id, null, a);
        for (const u of updates) {
          const changes = { ...u.fields, updatedAt: w.now };
          await updateWithVersion(w.manager, AssessmentEntity, 'Assessment', { id: u.before.id }, u.before.version, changes);
          w.audit('Assessment', u.before.id, u.before, { ...u.before, ...changes, version: u.before.version + 1 });
          w.tick();
        }
        // Submitted assessments do not count in scorecards until approved: no evidence revision changes.
      },
    };
  },
};
