import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditTrail } from '@lexgap/audit';
import { bumpEvidenceRevision, JurisdictionService } from '@lexgap/jurisdictions';
import { BadUserInputException, FieldProblem, missingSourceProblem, NotFoundException, TransactionRunner, updateWithVersion } from '@lexgap/platform';
import { validateLegalFacts } from '@lexgap/scoring-engine';
import { DataSource, EntityManager, In } from 'typeorm';
import { InstrumentVersionEntity } from './entities/instrument-version.entity';
import { InstrumentEntity } from './entities/instrument.entity';
import { LegalFactSetEntity } from './entities/legal-fact-set.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { RecordLegalFactsInput, UpsertInstrumentInput, UpsertProvisionInput } from './inputs/legislation.inputs';
import { intervalProblems, overlaps } from './intervals';

export type InstrumentWithVersions = { instrument: InstrumentEntity; versions: InstrumentVersionEntity[] };

@Injectable()
export class LegislationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly jurisdictions: JurisdictionService,
  ) {}

  findInstrument(id: string): Promise<InstrumentEntity | null> {
    return this.dataSource.getRepository(InstrumentEntity).findOneBy({ id });
  }

  findProvision(id: string): Promise<ProvisionEntity | null> {
    return this.dataSource.getRepository(ProvisionEntity).findOneBy({ id });
  }

  instrumentsFor(codes: readonly string[]): Promise<InstrumentEntity[]> {
    return this.dataSource.getRepository(InstrumentEntity).find({ where: { jurisdictionCode: In([...codes]) }, order: { key: 'ASC' } });
  }

  versionsFor(instrumentIds: readonly string[]): Promise<InstrumentVersionEntity[]> {
    return this.dataSource.getRepository(InstrumentVersionEntity).find({ where: { instrumentId: In([...instrumentIds]) }, order: { inForceFrom: 'ASC' } });
  }

  provisionsFor(instrumentIds: readonly string[]): Promise<ProvisionEntity[]> {
    return this.dataSource.getRepository(ProvisionEntity).find({ where: { instrumentId: In([...instrumentIds]) }, order: { key: 'ASC', inForceFrom: 'ASC' } });
  }

  provisionsByIds(ids: readonly string[]): Promise<ProvisionEntity[]> {
    return this.dataSource.getRepository(ProvisionEntity).findBy({ id: In([...ids]) });
  }

  instrumentsByIds(ids: readonly string[]): Promise<InstrumentEntity[]> {
    return this.dataSource.getRepository(InstrumentEntity).findBy({ id: In([...ids]) });
  }

  factsFor(provisionIds: readonly string[]): Promise<LegalFactSetEntity[]> {
    return this.dataSource.getRepository(LegalFactSetEntity).findBy({ provisionId: In([...provisionIds]) });
  }

  async upsertInstrument(input: UpsertInstrumentInput, actor: Actor): Promise<InstrumentWithVersions> {
    const problems: FieldProblem[] = input.versions.flatMap((v, i) => intervalProblems(v, `input.versions[${i}].`));
    const sorted = input.versions.map((v, i) => ({ ...v, i })).sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
    for (let k = 1; k < sorted.length; k++) {
      if (overlaps(sorted[k - 1], sorted[k])) {
        problems.push({ field: `input.versions[${sorted[k].i}].inForceFrom`, message: `overlaps version ${sorted[k - 1].i} (from ${sorted[k - 1].inForceFrom}); versions of one instrument succeed each other` });
      }
    }
    if (!input.sourceUrl && !input.officialCitation) problems.push({ field: 'input.sourceUrl', message: 'or input.officialCitation is required: every instrument carries its source' });
    if (problems.length) throw new BadUserInputException(problems);

    return this.transactions.run(async (manager) => {
      const jurisdiction = await this.jurisdictions.requireExisting(input.jurisdiction, 'input.jurisdiction', manager);
      const repo = manager.getRepository(InstrumentEntity);
      const now = new Date();
      const existing = await repo.findOneBy({ jurisdictionCode: jurisdiction.code, key: input.key });
      const fields = {
        kind: input.kind,
        language: input.language,
        titleOriginal: input.titleOriginal.trim(),
        titleEn: input.titleEn?.trim() ?? null,
        officialCitation: input.officialCitation?.trim() ?? null,
        sourceUrl: input.sourceUrl ?? null,
        updatedAt: now,
      };
      const versions = (instrumentId: string) =>
        input.versions.map((v) => Object.assign(new InstrumentVersionEntity(), {
          id: randomUUID(), instrumentId, inForceFrom: v.inForceFrom, inForceTo: v.inForceTo ?? null,
          amendedBy: v.amendedBy ?? null, sourceUrl: v.sourceUrl ?? null, note: v.note ?? null,
        }));
      let before: InstrumentWithVersions | null = null;
      let id: string;
      if (!existing) {
        if (input.version !== undefined) throw new NotFoundException('Instrument', `${jurisdiction.code}/${input.key}`);
        id = randomUUID();
        await repo.insert({ id, jurisdictionCode: jurisdiction.code, key: input.key, ...fields, version: 1, createdAt: now });
      } else {
        if (input.version === undefined) {
          throw BadUserInputException.field('input.version', `is required to update ${jurisdiction.code}/${input.key}, which exists (send the version you read: ${existing.version})`);
        }
        id = existing.id;
        before = { instrument: existing, versions: await manager.getRepository(InstrumentVersionEntity).find({ where: { instrumentId: id }, order: { inForceFrom: 'ASC' } }) };
        await updateWithVersion(manager, InstrumentEntity, 'Instrument', { id }, input.version, fields);
        await manager.delete(InstrumentVersionEntity, { instrumentId: id });
      }
      const newVersions = versions(id);
      if (newVersions.length) await manager.insert(InstrumentVersionEntity, newVersions);
      const after = { instrument: await repo.findOneByOrFail({ id }), versions: newVersions };
      await this.audit.record(manager, actor, { operation: 'upsertInstrument', entityType: 'Instrument', entityId: id, before, after });
      await bumpEvidenceRevision(manager, jurisdiction.code);
      return after;
    });
  }

  async upsertProvision(input: UpsertProvisionInput, actor: Actor): Promise<ProvisionEntity> {
    const problems = intervalProblems(input, 'input.');
    if ((input.id === undefined) !== (input.version === undefined)) {
      problems.push({ field: input.id ? 'input.version' : 'input.id', message: 'id and version go together: both to update a provision, neither to create one' });
    }
    if (problems.length) throw new BadUserInputException(problems);

    return this.transactions.run(async (manager) => {
      const instrument = await manager.getRepository(InstrumentEntity).findOneBy({ id: input.instrumentId });
      if (!instrument) throw BadUserInputException.field('input.instrumentId', `names no recorded instrument (${input.instrumentId})`);
      const repo = manager.getRepository(ProvisionEntity);
      const siblings = await repo.findBy({ instrumentId: input.instrumentId, key: input.key });
      const clash = siblings.find((s) => s.id !== input.id && overlaps(s, input));
      if (clash) {
        throw BadUserInputException.field('input.inForceFrom', `overlaps the wording of ${clash.citation} in force from ${clash.inForceFrom}${clash.inForceTo ? ` to ${clash.inForceTo}` : ''} (id ${clash.id}); successive wordings of one article must not overlap`);
      }
      const now = new Date();
      const fields = {
        instrumentId: input.instrumentId,
        key: input.key,
        citation: input.citation.trim(),
        heading: input.heading?.trim() ?? null,
        text: input.text,
        inForceFrom: input.inForceFrom,
        inForceTo: input.inForceTo ?? null,
        sourceUrl: input.sourceUrl ?? null,
        updatedAt: now,
      };
      if (!input.id) {
        const created = repo.create({ id: randomUUID(), ...fields, version: 1, createdAt: now });
        await repo.insert(created);
        await this.audit.record(manager, actor, { operation: 'upsertProvision', entityType: 'Provision', entityId: created.id, before: null, after: created });
        await bumpEvidenceRevision(manager, instrument.jurisdictionCode);
        return created;
      }
      const before = await repo.findOneBy({ id: input.id });
      if (!before) throw new NotFoundException('Provision', input.id);
      if (before.instrumentId !== input.instrumentId) throw BadUserInputException.field('input.instrumentId', 'cannot move a provision to another instrument; record it there instead');
      await updateWithVersion(manager, ProvisionEntity, 'Provision', { id: input.id }, input.version!, fields);
      const after = await repo.findOneByOrFail({ id: input.id });
      await this.audit.record(manager, actor, { operation: 'upsertProvision', entityType: 'Provision', entityId: input.id, before, after });
      await bumpEvidenceRevision(manager, instrument.jurisdictionCode);
      return after;
    });
  }

  private async bumpForProvision(manager: EntityManager, instrumentId: string): Promise<void> {
    const instrument = await manager.getRepository(InstrumentEntity).findOneByOrFail({ id: instrumentId });
    await bumpEvidenceRevision(manager, instrument.jurisdictionCode);
  }

  async recordLegalFacts(input: RecordLegalFactsInput, actor: Actor): Promise<LegalFactSetEntity> {
    const checked = validateLegalFacts(stripUndefined(input.facts));
    const problems: FieldProblem[] = checked.ok ? [] : checked.errors.map((e) => ({ field: `input.facts.${e.path}`, message: e.message }));
    const unsourced = missingSourceProblem(input, 'legal fact');
    if (unsourced) problems.push(unsourced);
    if (problems.length || !checked.ok) throw new BadUserInputException(problems);

    return this.transactions.run(async (manager) => {
      const provision = await manager.getRepository(ProvisionEntity).findOneBy({ id: input.provisionId });
      if (!provision) throw BadUserInputException.field('input.provisionId', `names no recorded provision (${input.provisionId})`);
      const repo = manager.getRepository(LegalFactSetEntity);
      const existing = await repo.findOneBy({ provisionId: input.provisionId });
      const now = new Date();
      const fields = {
        facts: checked.facts,
        sourceUrl: input.sourceUrl ?? null,
        sourceCitation: input.sourceCitation ?? null,
        asOf: input.asOf,
        note: input.note ?? null,
        updatedAt: now,
      };
      if (!existing) {
        if (input.version !== undefined) throw new NotFoundException('LegalFactSet', input.provisionId);
        const created = repo.create({ provisionId: input.provisionId, ...fields, version: 1, createdAt: now });
        await repo.insert(created);
        await this.audit.record(manager, actor, { operation: 'recordLegalFacts', entityType: 'LegalFactSet', entityId: input.provisionId, before: null, after: created });
        await this.bumpForProvision(manager, provision.instrumentId);
        return created;
      }
      if (input.version === undefined) {
        throw BadUserInputException.field('input.version', `is required: facts are already recorded for this provision (send the version you read: ${existing.version})`);
      }
      await updateWithVersion(manager, LegalFactSetEntity, 'LegalFactSet', { provisionId: input.provisionId }, input.version, fields);
      const after = await repo.findOneByOrFail({ provisionId: input.provisionId });
      await this.audit.record(manager, actor, { operation: 'recordLegalFacts', entityType: 'LegalFactSet', entityId: input.provisionId, before: existing, after });
      await this.bumpForProvision(manager, provision.instrumentId);
      return after;
    });
  }
}

/** Omitted and null facts are the same thing, "not stated": drop both before validating. */
function stripUndefined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (v === null ? undefined : v)));
}
