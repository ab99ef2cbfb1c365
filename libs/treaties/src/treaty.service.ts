import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditTrail } from '@lexgap/audit';
import { bumpEvidenceRevision, JurisdictionService } from '@lexgap/jurisdictions';
import {
  BadUserInputException,
  FieldProblem,
  missingSourceProblem,
  NotFoundException,
  precisionProblem,
  todayIso,
  TransactionRunner,
  updateWithVersion,
} from '@lexgap/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { TreatyActionEntity } from './entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from './entities/treaty-status-observation.entity';
import { TreatyEntity } from './entities/treaty.entity';
import { RecordTreatyActionInput, RecordTreatyStatusObservationInput } from './inputs/record-treaty-action.input';

@Injectable()
export class TreatyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  listTreaties(): Promise<TreatyEntity[]> {
    return this.dataSource.getRepository(TreatyEntity).find({ order: { code: 'ASC' } });
  }

  async requireTreaty(code: string, field: string, manager: EntityManager = this.dataSource.manager): Promise<TreatyEntity> {
    const treaty = await manager.getRepository(TreatyEntity).findOneBy({ code: code.trim().toUpperCase() });
    if (!treaty) {
      const known = (await manager.getRepository(TreatyEntity).find({ order: { code: 'ASC' } })).map((t) => t.code);
      throw BadUserInputException.field(field, `names no known treaty (${JSON.stringify(code)}); known: ${known.join(', ')}`);
    }
    return treaty;
  }

  actionsFor(codes: readonly string[]): Promise<TreatyActionEntity[]> {
    return this.dataSource.getRepository(TreatyActionEntity).find({
      where: { jurisdictionCode: In([...codes]) },
      order: { jurisdictionCode: 'ASC', treatyCode: 'ASC', date: 'ASC', type: 'ASC' },
    });
  }

  actionsByIds(ids: readonly string[]): Promise<TreatyActionEntity[]> {
    return this.dataSource.getRepository(TreatyActionEntity).findBy({ id: In([...ids]) });
  }

  observationsByIds(ids: readonly string[]): Promise<TreatyStatusObservationEntity[]> {
    return this.dataSource.getRepository(TreatyStatusObservationEntity).findBy({ id: In([...ids]) });
  }

  observationsFor(codes: readonly string[]): Promise<TreatyStatusObservationEntity[]> {
    return this.dataSource.getRepository(TreatyStatusObservationEntity).find({
      where: { jurisdictionCode: In([...codes]) },
      order: { jurisdictionCode: 'ASC', treatyCode: 'ASC', observedOn: 'ASC' },
    });
  }

  async recordAction(input: RecordTreatyActionInput, actor: Actor): Promise<TreatyActionEntity> {
    const problems: FieldProblem[] = [];
    const precision = precisionProblem(input.date, input.datePrecision);
    if (precision) problems.push({ field: 'input.date', message: precision });
    if (input.date > todayIso()) problems.push({ field: 'input.date', message: `is in the future (${input.date})` });
    if (input.asOf < input.date) problems.push({ field: 'input.asOf', message: `(${input.asOf}) is before the action's date (${input.date}); a source cannot report an act before it happened` });
    const unsourced = missingSourceProblem(input, 'treaty action');
    if (unsourced) problems.push(unsourced);
    if ((input.id === undefined) !== (input.version === undefined)) problems.push({ field: input.id ? 'input.version' : 'input.id', message: 'id and version go together: both to correct an action, neither to record a new one' });
    if (problems.length) throw new BadUserInputException(problems);

    return this.transactions.run(async (manager) => {
      const jurisdiction = await this.jurisdictions.requireExisting(input.jurisdiction, 'input.jurisdiction', manager);
      const treaty = await this.requireTreaty(input.treaty, 'input.treaty', manager);
      const repo = manager.getRepository(TreatyActionEntity);
      const now = new Date();
      const fields = {
        jurisdictionCode: jurisdiction.code,
        treatyCode: treaty.code,
        type: input.type,
        date: input.date,
        datePrecision: input.datePrecision,
        reservations: input.reservations ?? null,
        sourceUrl: input.sourceUrl ?? null,
        sourceCitation: input.sourceCitation ?? null,
        asOf: input.asOf,
        verified: input.verified,
        note: input.note ?? null,
        updatedAt: now,
      };
      const clash = await repo.findOneBy({ jurisdictionCode: jurisdiction.code, treatyCode: treaty.code, type: input.type, date: input.date });
      if (clash && clash.id !== input.id) {
        throw BadUserInputException.field('input.date', `${jurisdiction.code} already has a ${input.type} of ${treaty.code} on ${input.date} (id ${clash.id}); correct that one with its id and version`);
      }
      if (!input.id) {
        const created = repo.create({ id: randomUUID(), ...fields, version: 1, createdAt: now });
        await repo.insert(created);
        await this.audit.record(manager, actor, { operation: 'recordTreatyAction', entityType: 'TreatyAction', entityId: created.id, before: null, after: created });
        await bumpEvidenceRevision(manager, jurisdiction.code);
        return created;
      }
      const before = await repo.findOneBy({ id: input.id });
      if (!before) throw new NotFoundException('TreatyAction', input.id);
      await updateWithVersion(manager, TreatyActionEntity, 'TreatyAction', { id: input.id }, input.version!, fields);
      const after = await repo.findOneByOrFail({ id: input.id });
      await this.audit.record(manager, actor, { operation: 'recordTreatyAction', entityType: 'TreatyAction', entityId: input.id, before, after });
      for (const code of new Set([before.jurisdictionCode, after.jurisdictionCode])) await bumpEvidenceRevision(manager, code);
      return after;
    });
  }

  async recordObservation(input: RecordTreatyStatusObservationInput, actor: Actor): Promise<TreatyStatusObservationEntity> {
    const problems: FieldProblem[] = [];
    if (input.observedOn > todayIso()) problems.push({ field: 'input.observedOn', message: `is in the future (${input.observedOn})` });
    const unsourced = missingSourceProblem(input, 'observation');
    if (unsourced) problems.push(unsourced);
    if ((input.id === undefined) !== (input.version === undefined)) problems.push({ field: input.id ? 'input.version' : 'input.id', message: 'id and version go together' });
    if (problems.length) throw new BadUserInputException(problems);

    return this.transactions.run(async (manager) => {
      const jurisdiction = await this.jurisdictions.requireExisting(input.jurisdiction, 'input.jurisdiction', manager);
      const treaty = await this.requireTreaty(input.treaty, 'input.treaty', manager);
      const repo = manager.getRepository(TreatyStatusObservationEntity);
      const now = new Date();
      const fields = {
        jurisdictionCode: jurisdiction.code,
        treatyCode: treaty.code,
        status: input.status,
        observedOn: input.observedOn,
        sourceUrl: input.sourceUrl ?? null,
        sourceCitation: input.sourceCitation ?? null,
        verified: input.verified,
        note: input.note ?? null,
        updatedAt: now,
      };
      const clash = await repo.findOneBy({ jurisdictionCode: jurisdiction.code, treatyCode: treaty.code, observedOn: input.observedOn, status: input.status });
      if (clash && clash.id !== input.id) {
        throw BadUserInputException.field('input.observedOn', `this observation is already recorded (id ${clash.id})`);
      }
      if (!input.id) {
        const created = repo.create({ id: randomUUID(), ...fields, version: 1, createdAt: now });
        await repo.insert(created);
        await this.audit.record(manager, actor, { operation: 'recordTreatyStatusObservation', entityType: 'TreatyStatusObservation', entityId: created.id, before: null, after: created });
        await bumpEvidenceRevision(manager, jurisdiction.code);
        return created;
      }
      const before = await repo.findOneBy({ id: input.id });
      if (!before) throw new NotFoundException('TreatyStatusObservation', input.id);
      await updateWithVersion(manager, TreatyStatusObservationEntity, 'TreatyStatusObservation', { id: input.id }, input.version!, fields);
      const after = await repo.findOneByOrFail({ id: input.id });
      await this.audit.record(manager, actor, { operation: 'recordTreatyStatusObservation', entityType: 'TreatyStatusObservation', entityId: input.id, before, after });
      for (const code of new Set([before.jurisdictionCode, after.jurisdictionCode])) await bumpEvidenceRevision(manager, code);
      return after;
    });
  }
}
