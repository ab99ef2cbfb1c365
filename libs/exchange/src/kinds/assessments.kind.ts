import { randomUUID } from 'node:crypto';
import { ASSESSMENT_RECORD, AssessmentEntity, assessmentKey, AssessmentStatus, changeRefusal, Confidence, EVIDENCE_LIMITS, findCriterion, RATIONALE_LENGTH, scaledResult } from '@lexgap/assessment';
import { ProvisionEntity, RECORD_KEY } from '@lexgap/legislation';
import { HTTP_URL_OPTIONS } from '@lexgap/platform';
import { DEFAULT_RUBRIC_ID, RubricVersionEntity } from '@lexgap/rubric';
import { isURL } from 'class-validator';
import { IsNull } from 'typeorm';
import { cellText, splitList } from '../read/cells';
import { canonical, findIn, ImportPlan, KindHandler, PlanContext, sameFields } from './import-context';
import { instrumentsByKey } from './provisions.kind';

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

const REFERENCE = /^([^/@\s]+)\/([^/@\s]+)(?:@(\d{4}-\d{2}-\d{2}))?$/;

/** `instrument_key/provision_key[@in_force_from]` references, as the provision_keys column writes them. */
export function parseProvisionReferences(text: string): { references: ProvisionReference[]; bad: string[] } {
  const references: ProvisionReference[] = [];
  const bad: string[] = [];
  for (const item of splitList(text, /[;,\n]/)) {
    const m = REFERENCE.exec(item);
    if (m && RECORD_KEY.test(m[1]) && RECORD_KEY.test(m[2])) references.push({ instrumentKey: m[1], provisionKey: m[2], inForceFrom: m[3] ?? null });
    else bad.push(item);
  }
  return { references, bad };
}

async function resolveRubric(ctx: PlanContext, cache: Map<string, RubricVersionEntity | null>, id: string, version: number | null): Promise<RubricVersionEntity | null> {
  const key = `${id}@${version ?? 'latest'}`;
  // In the import's transaction: a second pooled connection per import would starve the pool.
  if (!cache.has(key)) cache.set(key, await ctx.rubrics.find(id, version, ctx.manager));
  return cache.get(key)!;
}

/**
 * `assessments`: the importing key's own results, keyed by author + jurisdiction + rubric version +
 * criterion, saved as SUBMITTED for a second expert to review. An import never approves; an
 * approved assessment is left as it is when the row agrees and refused when it does not.
 */
/** Where the rules' fields are in the file. */
const RESULT_COLUMNS = { result: 'result' };

export const assessmentsKind: KindHandler<AssessmentRow> = {
  read(r) {
    const jurisdiction = r.jurisdiction();
    const rubric = r.text('rubric', { max: 100 }) ?? DEFAULT_RUBRIC_ID;
    const rubricVersion = r.integer('rubric_version') ?? null;
    if (rubricVersion !== null && rubricVersion < 1) r.problem('rubric_version', 'must be 1 or more');
    const criterion = r.text('criterion', { required: true, max: 20 })?.toUpperCase();
    const notApplicable = r.yesNo('not_applicable') ?? false;
    const result = r.number('result') ?? null;
    const rationale = r.text('rationale', { required: true, min: RATIONALE_LENGTH.min, max: RATIONALE_LENGTH.max });
    const confidence = r.oneOf('confidence', Object.values(Confidence), { required: true });
    let provisions: ProvisionReference[] = [];
    const refs = cellText(r.cell('provision_keys'));
    if (refs) {
      const parsed = parseProvisionReferences(refs);
      if (parsed.bad.length)
        r.problem('provision_keys', `${parsed.bad.map((b) => JSON.stringify(b)).join(', ')}: write each as instrument_key/provision_key (add @YYYY-MM-DD for one wording of several), separated by ;`);
      else if (parsed.references.length > EVIDENCE_LIMITS.provisions) r.problem('provision_keys', `may list at most ${EVIDENCE_LIMITS.provisions} provisions`);
      provisions = parsed.references;
    }
    const urls = splitList(cellText(r.cell('urls')) ?? '', /[;\s]+/);
    const badUrls = urls.filter((u) => !isURL(u, HTTP_URL_OPTIONS) || u.length > 1000);
    if (badUrls.length) r.problem('urls', `${badUrls.map((u) => JSON.stringify(u)).join(', ')} ${badUrls.length === 1 ? 'is not an http(s) URL' : 'are not http(s) URLs'}`);
    else if (urls.length > EVIDENCE_LIMITS.urls) r.problem('urls', `may list at most ${EVIDENCE_LIMITS.urls} links`);
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
      const criterion = findCriterion(rubric.content, v.criterion);
      if (!criterion) {
        ctx.problem(r.row, 'criterion', `is not a criterion of ${rubric.rubricId} v${rubric.version} (${v.criterion})`);
        continue;
      }
      const scale = ctx.problems.length;
      const scaled = scaledResult(criterion, v.result, v.notApplicable);
      ctx.problemsAt(r.row, scaled.problems, RESULT_COLUMNS);
      const offScale = ctx.problems.length > scale;
      const provisionIds: string[] = [];
      const unresolved: string[] = [];
      for (const ref of v.provisions) {
        const instrument = instruments.get(`${v.jurisdiction}/${ref.instrumentKey}`);
        const candidates = instrument ? (wordings.get(`${instrument.id}|${ref.provisionKey}`) ?? []) : [];
        const matching = ref.inForceFrom ? candidates.filter((p) => p.inForceFrom === ref.inForceFrom) : candidates;
        const label = `${ref.instrumentKey}/${ref.provisionKey}${ref.inForceFrom ? `@${ref.inForceFrom}` : ''}`;
        if (matching.length === 1) provisionIds.push(matching[0].id);
        else if (matching.length === 0) unresolved.push(`${label} is not a recorded provision of ${v.jurisdiction}`);
        else
          unresolved.push(
            `${label} has ${matching.length} wordings: add @ and one of ${matching
              .map((p) => p.inForceFrom)
              .sort()
              .join(', ')}`,
          );
      }
      if (unresolved.length) ctx.problem(r.row, 'provision_keys', unresolved.join('; '));
      // Stored as the scale's level exactly (1.0000000001 is 1), so a re-import is unchanged.
      if (!offScale && !unresolved.length) checked.push({ ...r, value: { ...v, result: scaled.result }, rubric, provisionIds: [...new Set(provisionIds)] });
    }
    const unique = ctx.unique(
      checked.map((c) => ({ row: c.row, value: c })),
      (c) => assessmentKey({ jurisdictionCode: c.value.jurisdiction, rubricId: c.rubric.rubricId, rubricVersion: c.rubric.version, criterionId: c.value.criterion }),
      'criterion',
      'jurisdiction, rubric version and criterion',
    );

    const mine = await ctx.manager.getRepository(AssessmentEntity).findBy({ authorId: ctx.actor.id, retiredAt: IsNull() });
    const existing = new Map(mine.map((a) => [assessmentKey(a), a]));
    const creates: AssessmentEntity[] = [];
    const updates: { before: AssessmentEntity; fields: Partial<AssessmentEntity> }[] = [];
    let unchanged = 0;
    for (const { row, value: c } of unique) {
      const v = c.value;
      const before = existing.get(assessmentKey({ jurisdictionCode: v.jurisdiction, rubricId: c.rubric.rubricId, rubricVersion: c.rubric.version, criterionId: v.criterion }));
      const content = { result: v.notApplicable ? null : v.result, notApplicable: v.notApplicable, rationale: v.rationale, confidence: v.confidence };
      const evidence = { provisionIds: c.provisionIds, treatyActionIds: before?.evidence.treatyActionIds ?? [], urls: v.urls };
      const same = before && sameFields(before, content, ['result', 'notApplicable', 'rationale', 'confidence']) && canonical(before.evidence) === canonical(evidence);
      if (!before) {
        creates.push(
          Object.assign(new AssessmentEntity(), {
            id: randomUUID(),
            jurisdictionCode: v.jurisdiction,
            rubricId: c.rubric.rubricId,
            rubricVersion: c.rubric.version,
            criterionId: v.criterion,
            authorId: ctx.actor.id,
            authorName: ctx.actor.name,
            status: AssessmentStatus.SUBMITTED,
            ...content,
            evidence,
            reviewerId: null,
            reviewerName: null,
            reviewComment: null,
            submittedAt: ctx.now,
            decidedAt: null,
            effectiveFrom: null,
            retiredAt: null,
            version: 1,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          }),
        );
      } else if (same && (before.status === AssessmentStatus.SUBMITTED || before.status === AssessmentStatus.APPROVED)) {
        unchanged++;
      } else if (changeRefusal(before)) {
        ctx.problem(row, 'criterion', `your assessment of ${v.criterion} for ${v.jurisdiction}: ${changeRefusal(before)}`);
      } else {
        updates.push({ before, fields: { ...content, evidence, status: AssessmentStatus.SUBMITTED, submittedAt: ctx.now } });
      }
    }

    return {
      created: creates.length,
      updated: updates.length,
      unchanged,
      async write(w) {
        // Submitted assessments do not count in scorecards until approved: no jurisdiction is marked.
        await w.create(
          ASSESSMENT_RECORD,
          creates.map((row) => ({ row, jurisdiction: null })),
        );
        for (const u of updates) await w.update(ASSESSMENT_RECORD, u.before, u.before.version, u.fields, []);
      },
    };
  },
};
