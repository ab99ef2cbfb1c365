import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditTrail } from '@lexgap/audit';
import { bumpEvidenceRevision, JurisdictionService } from '@lexgap/jurisdictions';
import { InstrumentEntity, ProvisionEntity } from '@lexgap/legislation';
import { BadUserInputException, FieldProblem, ForbiddenException, NotFoundException, todayIso, TransactionRunner, updateWithVersion } from '@lexgap/platform';
import { RubricService, RubricVersionEntity } from '@lexgap/rubric';
import { Criterion, krippendorffAlphaInterval } from '@lexgap/scoring-engine';
import { TreatyActionEntity } from '@lexgap/treaties';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AssessmentEntity, AssessmentStatus } from './assessment.entity';
import { ReviewAssessmentInput, ReviewDecision, SubmitAssessmentInput } from './assessment.inputs';

const EDITABLE = [AssessmentStatus.DRAFT, AssessmentStatus.CHANGES_REQUESTED];
const SCALE_EPSILON = 1e-9;

export interface AssessmentFilter {
  jurisdiction?: string | null;
  rubric?: string | null;
  rubricVersion?: number | null;
  criterionId?: string | null;
  status?: AssessmentStatus | null;
}

@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly jurisdictions: JurisdictionService,
    private readonly rubrics: RubricService,
  ) {}

  async submit(input: SubmitAssessmentInput, actor: Actor): Promise<AssessmentEntity> {
    const jurisdiction = await this.jurisdictions.requireExisting(input.jurisdiction, 'input.jurisdiction');
    const rubric = await this.rubrics.resolve(input.rubric, input.rubricVersion).catch(() => {
      throw BadUserInputException.field(input.rubricVersion ? 'input.rubricVersion' : 'input.rubric', 'names no published rubric version');
    });
    const criterion = findCriterion(rubric, input.criterionId);
    const problems: FieldProblem[] = [...resultProblems(input, criterion)];
    if ((input.id === undefined) !== (input.version === undefined)) problems.push({ field: input.id ? 'input.version' : 'input.id', message: 'id and version go together: both to change an assessment, neither to start one' });
    if (problems.length) throw new BadUserInputException(problems);

    return this.transactions.run(async (manager) => {
      await this.checkEvidence(manager, jurisdiction.code, input);
      const repo = manager.getRepository(AssessmentEntity);
      const now = new Date();
      const status = input.draft ? AssessmentStatus.DRAFT : AssessmentStatus.SUBMITTED;
      const fields = {
        result: input.notApplicable ? null : (input.result as number),
        notApplicable: input.notApplicable,
        rationale: input.rationale.trim(),
        confidence: input.confidence,
        evidence: { provisionIds: input.evidence?.provisionIds ?? [], treatyActionIds: input.evidence?.treatyActionIds ?? [], urls: input.evidence?.urls ?? [] },
        status,
        submittedAt: status === AssessmentStatus.SUBMITTED ? now : null,
        updatedAt: now,
      };
      if (!input.id) {
        const mine = await repo.findOneBy({ authorId: actor.id, jurisdictionCode: jurisdiction.code, rubricId: rubric.rubricId, rubricVersion: rubric.version, criterionId: criterion.id, retiredAt: IsNull() });
        if (mine) throw BadUserInputException.field('input.criterionId', `you already assess ${criterion.id} of ${jurisdiction.code} (assessment ${mine.id}); change that one with its id and version`);
        const created = repo.create({
          id: randomUUID(),
          jurisdictionCode: jurisdiction.code,
          rubricId: rubric.rubricId,
          rubricVersion: rubric.version,
          criterionId: criterion.id,
          authorId: actor.id,
          authorName: actor.name,
          reviewerId: null,
          reviewerName: null,
          reviewComment: null,
          decidedAt: null,
          effectiveFrom: null,
          retiredAt: null,
          ...fields,
          version: 1,
          createdAt: now,
        });
        await repo.insert(created);
        await this.audit.record(manager, actor, { operation: 'submitAssessment', entityType: 'Assessment', entityId: created.id, before: null, after: created });
        return created;
      }
      const before = await repo.findOneBy({ id: input.id });
      if (!before) throw new NotFoundException('Assessment', input.id);
      if (before.authorId !== actor.id) throw new ForbiddenException('Only its author can change an assessment; record your own to disagree');
      if (!EDITABLE.includes(before.status) || before.retiredAt) throw BadUserInputException.field('input.id', `assessment ${before.id} is ${before.retiredAt ? 'retired' : before.status} and can no longer be changed; record a new one`);
      if (before.jurisdictionCode !== jurisdiction.code || before.criterionId !== criterion.id || before.rubricId !== rubric.rubricId || before.rubricVersion !== rubric.version) {
        throw BadUserInputException.field('input.criterionId', 'an assessment keeps its jurisdiction, rubric version and criterion');
      }
      await updateWithVersion(manager, AssessmentEntity, 'Assessment', { id: before.id }, input.version!, fields);
      const after = await repo.findOneByOrFail({ id: before.id });
      await this.audit.record(manager, actor, { operation: 'submitAssessment', entityType: 'Assessment', entityId: before.id, before, after });
      return after;
    });
  }

  async review(input: ReviewAssessmentInput, actor: Actor): Promise<AssessmentEntity> {
    if (input.decision === ReviewDecision.REQUEST_CHANGES && !input.comment) throw BadUserInputException.field('input.comment', 'is required when returning an assessment: say what to change');
    return this.transactions.run(async (manager) => {
      const repo = manager.getRepository(AssessmentEntity);
      const before = await repo.findOneBy({ id: input.id });
      if (!before || before.retiredAt) throw new NotFoundException('Assessment', input.id);
      if (before.authorId === actor.id) throw new ForbiddenException('You cannot review your own assessment: a second expert must');
      if (before.status !== AssessmentStatus.SUBMITTED) throw BadUserInputException.field('input.id', `assessment ${before.id} is ${before.status}; only SUBMITTED assessments are reviewed`);
      const now = new Date();
      const approve = input.decision === ReviewDecision.APPROVE;
      await updateWithVersion(manager, AssessmentEntity, 'Assessment', { id: before.id }, input.version, {
        status: approve ? AssessmentStatus.APPROVED : AssessmentStatus.CHANGES_REQUESTED,
        reviewerId: actor.id,
        reviewerName: actor.name,
        reviewComment: input.comment ?? null,
        decidedAt: now,
        effectiveFrom: approve ? todayIso(now) : null,
        updatedAt: now,
      });
      const after = await repo.findOneByOrFail({ id: before.id });
      await this.audit.record(manager, actor, { operation: 'reviewAssessment', entityType: 'Assessment', entityId: before.id, before, after });
      if (approve) await bumpEvidenceRevision(manager, before.jurisdictionCode);
      return after;
    });
  }

  async retire(id: string, version: number, reason: string, actor: Actor, isAdmin: boolean): Promise<AssessmentEntity> {
    return this.transactions.run(async (manager) => {
      const repo = manager.getRepository(AssessmentEntity);
      const before = await repo.findOneBy({ id });
      if (!before || before.retiredAt) throw new NotFoundException('Assessment', id);
      if (before.authorId !== actor.id && !isAdmin) throw new ForbiddenException('Only its author or an administrator can retire an assessment');
      const now = new Date();
      await updateWithVersion(manager, AssessmentEntity, 'Assessment', { id }, version, { retiredAt: now, reviewComment: before.reviewComment ? `${before.reviewComment}\nRetired: ${reason}` : `Retired: ${reason}`, updatedAt: now });
      const after = await repo.findOneByOrFail({ id });
      await this.audit.record(manager, actor, { operation: 'retireAssessment', entityType: 'Assessment', entityId: id, before, after });
      if (before.status === AssessmentStatus.APPROVED) await bumpEvidenceRevision(manager, before.jurisdictionCode);
      return after;
    });
  }

  find(id: string): Promise<AssessmentEntity | null> {
    return this.dataSource.getRepository(AssessmentEntity).findOneBy({ id });
  }

  async list(filter: AssessmentFilter): Promise<AssessmentEntity[]> {
    const where: Record<string, unknown> = { retiredAt: IsNull() };
    if (filter.jurisdiction) where.jurisdictionCode = this.jurisdictions.normaliseCode(filter.jurisdiction, 'jurisdiction');
    if (filter.rubric) where.rubricId = filter.rubric;
    if (filter.rubricVersion) where.rubricVersion = filter.rubricVersion;
    if (filter.criterionId) where.criterionId = filter.criterionId;
    if (filter.status) where.status = filter.status;
    return this.dataSource.getRepository(AssessmentEntity).find({ where, order: { jurisdictionCode: 'ASC', criterionId: 'ASC', createdAt: 'ASC' } });
  }

  /** Approved, unretired results of these jurisdictions under a rubric version. */
  approvedFor(codes: readonly string[], rubricId: string, rubricVersion: number): Promise<AssessmentEntity[]> {
    return this.dataSource.getRepository(AssessmentEntity).find({
      where: { jurisdictionCode: In([...codes]), rubricId, rubricVersion, status: AssessmentStatus.APPROVED, retiredAt: IsNull() },
      order: { effectiveFrom: 'ASC', decidedAt: 'ASC' },
    });
  }

  /** The independent results (submitted or approved, one per expert) grouped by criterion of a jurisdiction. */
  async ratedUnits(filter: AssessmentFilter): Promise<Map<string, AssessmentEntity[]>> {
    const rubric = await this.rubrics.resolve(filter.rubric, filter.rubricVersion);
    const rows = (await this.list({ ...filter, rubric: rubric.rubricId, rubricVersion: rubric.version, status: null })).filter(
      (a) => (a.status === AssessmentStatus.SUBMITTED || a.status === AssessmentStatus.APPROVED) && !a.notApplicable,
    );
    const units = new Map<string, AssessmentEntity[]>();
    for (const a of rows) {
      const key = `${a.jurisdictionCode} ${a.criterionId}`;
      units.set(key, [...(units.get(key) ?? []), a]);
    }
    return units;
  }

  async agreement(filter: AssessmentFilter) {
    const units = await this.ratedUnits(filter);
    const raters = new Set([...units.values()].flat().map((a) => a.authorId));
    return { ...krippendorffAlphaInterval([...units.values()].map((u) => u.map((a) => a.result as number))), raters: raters.size };
  }

  async disagreements(filter: AssessmentFilter) {
    const units = await this.ratedUnits(filter);
    return [...units.values()]
      .filter((u) => new Set(u.map((a) => a.authorId)).size >= 2)
      .map((u) => {
        const results = u.map((a) => a.result as number);
        return { jurisdictionCode: u[0].jurisdictionCode, criterionId: u[0].criterionId, spread: Math.max(...results) - Math.min(...results), assessments: u };
      })
      .filter((d) => d.spread > SCALE_EPSILON)
      .sort((a, b) => b.spread - a.spread || a.jurisdictionCode.localeCompare(b.jurisdictionCode) || a.criterionId.localeCompare(b.criterionId));
  }

  private async checkEvidence(manager: EntityManager, code: string, input: SubmitAssessmentInput): Promise<void> {
    const problems: FieldProblem[] = [];
    const provisionIds = input.evidence?.provisionIds ?? [];
    if (provisionIds.length) {
      const rows = await manager.getRepository(ProvisionEntity).createQueryBuilder('p').innerJoin(InstrumentEntity, 'i', 'i.id = p.instrument_id').where('p.id IN (:...ids)', { ids: provisionIds }).andWhere('i.jurisdiction_code = :code', { code }).getMany();
      provisionIds.forEach((id, i) => {
        if (!rows.some((r) => r.id === id)) problems.push({ field: `input.evidence.provisionIds[${i}]`, message: `is not a provision of ${code}` });
      });
    }
    const actionIds = input.evidence?.treatyActionIds ?? [];
    if (actionIds.length) {
      const rows = await manager.getRepository(TreatyActionEntity).findBy({ id: In(actionIds), jurisdictionCode: code });
      actionIds.forEach((id, i) => {
        if (!rows.some((r) => r.id === id)) problems.push({ field: `input.evidence.treatyActionIds[${i}]`, message: `is not a treaty action of ${code}` });
      });
    }
    if (problems.length) throw new BadUserInputException(problems);
  }
}

function findCriterion(rubric: RubricVersionEntity, id: string): Criterion {
  const criterion = rubric.content.categories.flatMap((c) => c.criteria).find((k) => k.id === id);
  if (!criterion) throw BadUserInputException.field('input.criterionId', `is not a criterion of ${rubric.rubricId} v${rubric.version} (${JSON.stringify(id)})`);
  return criterion;
}

/** The result must sit on the criterion's scale: one of its levels, or anywhere in 0..1 for a share. */
function resultProblems(input: SubmitAssessmentInput, criterion: Criterion): FieldProblem[] {
  if (input.notApplicable) return input.result === undefined || input.result === null ? [] : [{ field: 'input.result', message: 'must be omitted when the criterion is not applicable' }];
  if (input.result === undefined || input.result === null) return [{ field: 'input.result', message: 'is required (or set notApplicable)' }];
  if (criterion.scale.type === 'share') {
    return input.result < 0 || input.result > 1 ? [{ field: 'input.result', message: `is out of ${criterion.id}'s scale: a share from 0 to 1` }] : [];
  }
  const levels = criterion.scale.levels.map((l) => l.value);
  return levels.some((v) => Math.abs(v - (input.result as number)) < SCALE_EPSILON) ? [] : [{ field: 'input.result', message: `is out of ${criterion.id}'s scale: one of ${levels.join(', ')}` }];
}
