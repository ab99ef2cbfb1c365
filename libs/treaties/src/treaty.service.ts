import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@lexgap/audit';
import { JurisdictionService, RecordKind, WriteContext, WriteRunner } from '@lexgap/jurisdictions';
import { RecordProblem, underPath } from '@lexgap/legal-model';
import { BadUserInputError, NotFoundError, todayIso } from '@lexgap/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { TreatyActionEntity } from './entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from './entities/treaty-status-observation.entity';
import { TreatyEntity } from './entities/treaty.entity';
import { RecordTreatyActionInput, RecordTreatyStatusObservationInput } from './inputs/record-treaty-action.input';
import { treatyActionProblems, treatyObservationProblems } from './treaty.rules';
import { TREATY_ACTION_RECORD, TREATY_OBSERVATION_RECORD } from './treaty.writes';

@Injectable()
export class TreatyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteRunner,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  listTreaties(): Promise<TreatyEntity[]> {
    return this.dataSource.getRepository(TreatyEntity).find({ order: { code: 'ASC' } });
  }

  async requireTreaty(code: string, field: string, manager: EntityManager = this.dataSource.manager): Promise<TreatyEntity> {
    const treaty = await manager.getRepository(TreatyEntity).findOneBy({ code: code.trim().toUpperCase() });
    if (!treaty) {
      const known = (await manager.getRepository(TreatyEntity).find({ order: { code: 'ASC' } })).map((t) => t.code);
      throw BadUserInputError.field(field, `names no known treaty (${JSON.stringify(code)}); known: ${known.join(', ')}`);
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
    const problems = underPath('input.', [...treatyActionProblems(input, todayIso()), ...idWithVersion(input, 'both to correct an action, neither to record a new one')]);
    if (problems.length) throw new BadUserInputError(problems);

    return this.writes.run(actor, 'recordTreatyAction', async (w) => {
      const jurisdiction = await this.jurisdictions.requireStateParty(input.jurisdiction, 'input.jurisdiction', w.manager);
      const treaty = await this.requireTreaty(input.treaty, 'input.treaty', w.manager);
      const repo = w.manager.getRepository(TreatyActionEntity);
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
      };
      const clash = await repo.findOneBy({ jurisdictionCode: jurisdiction.code, treatyCode: treaty.code, type: input.type, date: input.date });
      if (clash && clash.id !== input.id) {
        throw BadUserInputError.field('input.date', `${jurisdiction.code} already has a ${input.type} of ${treaty.code} on ${input.date} (id ${clash.id}); correct that one with its id and version`);
      }
      return this.createOrUpdate(w, TREATY_ACTION_RECORD, repo, input, fields);
    });
  }

  async recordObservation(input: RecordTreatyStatusObservationInput, actor: Actor): Promise<TreatyStatusObservationEntity> {
    const problems = underPath('input.', [...treatyObservationProblems(input, todayIso()), ...idWithVersion(input, 'both to correct an observation, neither to record a new one')]);
    if (problems.length) throw new BadUserInputError(problems);

    return this.writes.run(actor, 'recordTreatyStatusObservation', async (w) => {
      const jurisdiction = await this.jurisdictions.requireStateParty(input.jurisdiction, 'input.jurisdiction', w.manager);
      const treaty = await this.requireTreaty(input.treaty, 'input.treaty', w.manager);
      const repo = w.manager.getRepository(TreatyStatusObservationEntity);
      const fields = {
        jurisdictionCode: jurisdiction.code,
        treatyCode: treaty.code,
        status: input.status,
        observedOn: input.observedOn,
        sourceUrl: input.sourceUrl ?? null,
        sourceCitation: input.sourceCitation ?? null,
        verified: input.verified,
        note: input.note ?? null,
      };
      const clash = await repo.findOneBy({ jurisdictionCode: jurisdiction.code, treatyCode: treaty.code, observedOn: input.observedOn, status: input.status });
      if (clash && clash.id !== input.id) {
        throw BadUserInputError.field('input.observedOn', `this observation is already recorded (id ${clash.id})`);
      }
      return this.createOrUpdate(w, TREATY_OBSERVATION_RECORD, repo, input, fields);
    });
  }

  /** A new record, or the correction of the one named by id and version (both jurisdictions marked if it moved). */
  private async createOrUpdate<T extends TreatyActionEntity | TreatyStatusObservationEntity>(
    w: WriteContext,
    kind: RecordKind<T>,
    repo: Repository<T>,
    input: { id?: string; version?: number },
    fields: Partial<T> & { jurisdictionCode: string },
  ): Promise<T> {
    if (!input.id) {
      const created = Object.assign(new kind.target(), { id: randomUUID(), ...fields, version: 1, createdAt: w.now, updatedAt: w.now });
      await w.create(kind, [{ row: created, jurisdiction: fields.jurisdictionCode }]);
      return created;
    }
    const before = await repo.findOneBy({ id: input.id } as never);
    if (!before) throw new NotFoundError(kind.entityType, input.id);
    return w.update(kind, before, input.version!, fields, [before.jurisdictionCode, fields.jurisdictionCode]);
  }
}

/** An id and a version go together: both to correct a record, neither to create one. */
function idWithVersion(input: { id?: string; version?: number }, how: string): RecordProblem[] {
  if ((input.id === undefined) === (input.version === undefined)) return [];
  return [{ field: input.id ? 'version' : 'id', message: `id and version go together: ${how}` }];
}
