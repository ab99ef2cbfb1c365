import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@lexgap/audit';
import { JurisdictionService, WriteRunner } from '@lexgap/jurisdictions';
import { underPath } from '@lexgap/legal-model';
import { InstrumentEntity, InstrumentStatus, ProvisionEntity } from '@lexgap/legislation';
import { BadUserInputError, FieldProblem, ForbiddenError, NotFoundError, todayIso } from '@lexgap/platform';
import { RubricService } from '@lexgap/rubric';
import { krippendorffAlphaInterval } from '@lexgap/scoring-engine';
import { TreatyActionEntity } from '@lexgap/treaties';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AssessmentEntity, AssessmentStatus } from './assessment.entity';
import { ReviewAssessmentInput, ReviewDecision, SubmitAssessmentInput } from './assessment.inputs';
import { ASSESSMENT_TRANSITIONS, changeRefusal, findCriterion, rationaleProblems, reviewRefusal, SCALE_TOLERANCE, scaledResult } from './assessment.rules';
import { ASSESSMENT_RECORD } from './assessment.writes';

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
    private readonly writes: WriteRunner,
    private readonly jurisdictions: JurisdictionService,
    private readonly rubrics: RubricService,
  ) {}

  async submit(input: SubmitAssessmentInput, actor: Actor): Promise<AssessmentEntity> {
    const jurisdiction = await this.jurisdictions.requireExisting(input.jurisdiction, 'input.jurisdiction');
    const rubric = await this.rubrics.find(input.rubric, input.rubricVersion);
    if (!rubric) throw BadUserInputError.field(input.rubricVersion ? 'input.rubricVersion' : 'input.rubric', 'names no published rubric version');
    const criterion = findCriterion(rubric.content, input.criterionId);
    if (!criterion) throw BadUserInputError.field('input.criterionId', `is not a criterion of ${rubric.rubricId} v${rubric.version} (${JSON.stringify(input.criterionId)})`);
    const scaled = scaledResult(criterion, input.result, input.notApplicable);
    const problems: FieldProblem[] = underPath('input.', [...scaled.problems, ...rationaleProblems(input.rationale)]);
    if ((input.id === undefined) !== (input.version === undefined))
      problems.push({ field: input.id ? 'input.version' : 'input.id', message: 'id and version go together: both to change an assessment, neither to start one' });
    if (problems.length) throw new BadUserInputError(problems);

    return this.writes.run(actor, 'submitAssessment', async (w) => {
      await this.checkEvidence(w.manager, jurisdiction.code, input);
      const repo = w.manager.getRepository(AssessmentEntity);
      const now = w.now;
      const status = input.draft ? AssessmentStatus.DRAFT : AssessmentStatus.SUBMITTED;
      const fields = {
        result: scaled.result,
        notApplicable: input.notApplicable,
        rationale: input.rationale.trim(),
        confidence: input.confidence,
        evidence: { provisionIds: input.evidence?.provisionIds ?? [], treatyActionIds: input.evidence?.treatyActionIds ?? [], urls: input.evidence?.urls ?? [] },
        status,
        submittedAt: status === AssessmentStatus.SUBMITTED ? now : null,
        updatedAt: now,
      };
      if (!input.id) {
        const mine = await repo.findOneBy({
          authorId: actor.id,
          jurisdictionCode: jurisdiction.code,
          rubricId: rubric.rubricId,
          rubricVersion: rubric.version,
          criterionId: criterion.id,
          retiredAt: IsNull(),
        });
        if (mine) throw BadUserInputError.field('input.criterionId', `you already assess ${criterion.id} of ${jurisdiction.code} (assessment ${mine.id}); change that one with its id and version`);
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
        // Not approved yet, so no scorecard changes: its jurisdiction is not marked.
        await w.create(ASSESSMENT_RECORD, [{ row: created, jurisdiction: null }]);
        return created;
      }
      const before = await repo.findOneBy({ id: input.id });
      if (!before) throw new NotFoundError('Assessment', input.id);
      if (before.authorId !== actor.id) throw new ForbiddenError('Only its author can change an assessment; record your own to disagree');
      const refusal = changeRefusal(before);
      if (refusal) throw BadUserInputError.field('input.id', refusal);
      if (before.jurisdictionCode !== jurisdiction.code || before.criterionId !== criterion.id || before.rubricId !== rubric.rubricId || before.rubricVersion !== rubric.version) {
        throw BadUserInputError.field('input.criterionId', 'an assessment keeps its jurisdiction, rubric version and criterion');
      }
      return w.update(ASSESSMENT_RECORD, before, input.version!, fields, []);
    });
  }

  async review(input: ReviewAssessmentInput, actor: Actor): Promise<AssessmentEntity> {
    if (input.decision === ReviewDecision.REQUEST_CHANGES && !input.comment) throw BadUserInputError.field('input.comment', 'is required when returning an assessment: say what to change');
    return this.writes.run(actor, 'reviewAssessment', async (w) => {
      const before = await w.manager.getRepository(AssessmentEntity).findOneBy({ id: input.id });
      if (!before || before.retiredAt) throw new NotFoundError('Assessment', input.id);
      if (before.authorId === actor.id) throw new ForbiddenError('You cannot review your own assessment: a second expert must');
      const refusal = reviewRefusal(before);
      if (refusal) throw BadUserInputError.field('input.id', refusal);
      const status = input.decision === ReviewDecision.APPROVE ? AssessmentStatus.APPROVED : AssessmentStatus.CHANGES_REQUESTED;
      const counts = ASSESSMENT_TRANSITIONS[status].countsInScores;
      return w.update(
        ASSESSMENT_RECORD,
        before,
        input.version,
        { status, reviewerId: actor.id, reviewerName: actor.name, reviewComment: input.comment ?? null, decidedAt: w.now, effectiveFrom: counts ? todayIso(w.now) : null },
        [counts ? before.jurisdictionCode : null],
      );
    });
  }

  async retire(id: string, version: number, reason: string, actor: Actor, isAdmin: boolean): Promise<AssessmentEntity> {
    return this.writes.run(actor, 'retireAssessment', async (w) => {
      const before = await w.manager.getRepository(AssessmentEntity).findOneBy({ id });
      if (!before || before.retiredAt) throw new NotFoundError('Assessment', id);
      if (before.authorId !== actor.id && !isAdmin) throw new ForbiddenError('Only its author or an administrator can retire an assessment');
      const reviewComment = before.reviewComment ? `${before.reviewComment}\nRetired: ${reason}` : `Retired: ${reason}`;
      return w.update(ASSESSMENT_RECORD, before, version, { retiredAt: w.now, reviewComment }, [ASSESSMENT_TRANSITIONS[before.status].countsInScores ? before.jurisdictionCode : null]);
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
      .filter((d) => d.spread > SCALE_TOLERANCE)
      .sort((a, b) => b.spread - a.spread || a.jurisdictionCode.localeCompare(b.jurisdictionCode) || a.criterionId.localeCompare(b.criterionId));
  }

  private async checkEvidence(manager: EntityManager, code: string, input: SubmitAssessmentInput): Promise<void> {
    const problems: FieldProblem[] = [];
    const provisionIds = input.evidence?.provisionIds ?? [];
    if (provisionIds.length) {
      const rows = await manager
        .getRepository(ProvisionEntity)
        .createQueryBuilder('p')
        .innerJoin(InstrumentEntity, 'i', 'i.id = p.instrument_id')
        .where('p.id IN (:...ids)', { ids: provisionIds })
        .andWhere('i.jurisdiction_code = :code', { code })
        // An official result rests on law: a bill's provision is evidence for no assessment.
        .andWhere('i.status = :enacted', { enacted: InstrumentStatus.ENACTED })
        .getMany();
      provisionIds.forEach((id, i) => {
        if (!rows.some((r) => r.id === id))
          problems.push({ field: `input.evidence.provisionIds[${i}]`, message: `is not a provision of ${code}'s enacted law (a bill's provisions count in no assessment)` });
      });
    }
    const actionIds = input.evidence?.treatyActionIds ?? [];
    if (actionIds.length) {
      const rows = await manager.getRepository(TreatyActionEntity).findBy({ id: In(actionIds), jurisdictionCode: code });
      actionIds.forEach((id, i) => {
        if (!rows.some((r) => r.id === id)) problems.push({ field: `input.evidence.treatyActionIds[${i}]`, message: `is not a treaty action of ${code}` });
      });
    }
    if (problems.length) throw new BadUserInputError(problems);
  }
}
