import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@lexgap/audit';
import { JurisdictionService, WriteRunner } from '@lexgap/jurisdictions';
import { underPath } from '@lexgap/legal-model';
import { BadUserInputError, NotFoundError } from '@lexgap/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { InstrumentVersionEntity } from './entities/instrument-version.entity';
import { InstrumentEntity, InstrumentStatus } from './entities/instrument.entity';
import { LegalFactSetEntity } from './entities/legal-fact-set.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { RecordLegalFactsInput, UpsertInstrumentInput, UpsertProvisionInput } from './inputs/legislation.inputs';
import { instrumentProblems, intervalProblems, legalFactSetProblems, storedPrecisions, wordingClash } from './legislation.rules';
import { createInstruments, InstrumentWithVersions, LEGAL_FACT_SET_RECORD, PROVISION_RECORD, replaceInstrument, freshReading } from './legislation.writes';

@Injectable()
export class LegislationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: WriteRunner,
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
    return this.writes.run(actor, 'upsertInstrument', async (w) => {
      const jurisdiction = await this.jurisdictions.requireExisting(input.jurisdiction, 'input.jurisdiction', w.manager);
      const existing = await w.manager.getRepository(InstrumentEntity).findOneBy({ jurisdictionCode: jurisdiction.code, key: input.key });
      // An update that does not say keeps the status: forgetting it never enacts a bill.
      const status = input.status ?? existing?.status ?? InstrumentStatus.ENACTED;
      const problems = underPath('input.', instrumentProblems({ ...input, status }));
      if (problems.length) throw new BadUserInputError(problems);
      const fields = {
        status,
        parliamentaryReference: input.parliamentaryReference?.trim() || null,
        introducedOn: input.introducedOn ?? null,
        kind: input.kind,
        language: input.language,
        titleOriginal: input.titleOriginal?.trim() || null,
        titleEn: input.titleEn?.trim() || null,
        officialCitation: input.officialCitation?.trim() ?? null,
        sourceUrl: input.sourceUrl ?? null,
      };
      const versions = (instrumentId: string) =>
        input.versions.map((v) =>
          Object.assign(new InstrumentVersionEntity(), {
            id: randomUUID(),
            instrumentId,
            inForceFrom: v.inForceFrom,
            inForceTo: v.inForceTo ?? null,
            ...storedPrecisions(v),
            amendedBy: v.amendedBy ?? null,
            sourceUrl: v.sourceUrl ?? null,
            note: v.note ?? null,
          }),
        );
      if (!existing) {
        if (input.version !== undefined) throw new NotFoundError('Instrument', `${jurisdiction.code}/${input.key}`);
        const id = randomUUID();
        const instrument = Object.assign(new InstrumentEntity(), { id, jurisdictionCode: jurisdiction.code, key: input.key, ...fields, version: 1, createdAt: w.now, updatedAt: w.now });
        const created = { instrument, versions: versions(id) };
        await createInstruments(w, [created]);
        return created;
      }
      if (input.version === undefined) {
        throw BadUserInputError.field('input.version', `is required to update ${jurisdiction.code}/${input.key}, which exists (send the version you read: ${existing.version})`);
      }
      const before = { instrument: existing, versions: await w.manager.getRepository(InstrumentVersionEntity).find({ where: { instrumentId: existing.id }, order: { inForceFrom: 'ASC' } }) };
      return replaceInstrument(w, before, input.version, fields, versions(existing.id));
    });
  }

  async upsertProvision(input: UpsertProvisionInput, actor: Actor): Promise<ProvisionEntity> {
    const problems = underPath('input.', intervalProblems(input));
    if ((input.id === undefined) !== (input.version === undefined)) {
      problems.push({ field: input.id ? 'input.version' : 'input.id', message: 'id and version go together: both to update a provision, neither to create one' });
    }
    if (problems.length) throw new BadUserInputError(problems);

    return this.writes.run(actor, 'upsertProvision', async (w) => {
      const instrument = await w.manager.getRepository(InstrumentEntity).findOneBy({ id: input.instrumentId });
      if (!instrument) throw BadUserInputError.field('input.instrumentId', `names no recorded instrument (${input.instrumentId})`);
      const repo = w.manager.getRepository(ProvisionEntity);
      const clash = wordingClash(await repo.findBy({ instrumentId: input.instrumentId, key: input.key }), input);
      if (clash) {
        throw BadUserInputError.field(
          'input.inForceFrom',
          `overlaps the wording of ${clash.citation} in force from ${clash.inForceFrom}${clash.inForceTo ? ` to ${clash.inForceTo}` : ''} (id ${clash.id}); successive wordings of one article must not overlap`,
        );
      }
      if (input.replacesProvisionId) await this.checkReplaced(w.manager, instrument, input.replacesProvisionId);
      const fields = {
        instrumentId: input.instrumentId,
        replacesProvisionId: input.replacesProvisionId ?? null,
        key: input.key,
        citation: input.citation.trim(),
        heading: input.heading?.trim() ?? null,
        text: input.text ?? null,
        inForceFrom: input.inForceFrom,
        inForceTo: input.inForceTo ?? null,
        ...storedPrecisions(input),
        sourceUrl: input.sourceUrl ?? null,
      };
      if (!input.id) {
        const created = Object.assign(new ProvisionEntity(), { id: randomUUID(), ...fields, version: 1, createdAt: w.now, updatedAt: w.now });
        await w.create(PROVISION_RECORD, [{ row: created, jurisdiction: instrument.jurisdictionCode }]);
        return created;
      }
      const before = await repo.findOneBy({ id: input.id });
      if (!before) throw new NotFoundError('Provision', input.id);
      if (before.instrumentId !== input.instrumentId) throw BadUserInputError.field('input.instrumentId', 'cannot move a provision to another instrument; record it there instead');
      return w.update(PROVISION_RECORD, before, input.version!, fields, [instrument.jurisdictionCode]);
    });
  }

  /** A bill's provision replaces a wording of the law it would amend: enacted law of the bill's own jurisdiction. */
  private async checkReplaced(manager: EntityManager, bill: InstrumentEntity, replacedId: string): Promise<void> {
    const field = 'input.replacesProvisionId';
    if (bill.status !== InstrumentStatus.DRAFT)
      throw BadUserInputError.field(field, `is only for a provision of a bill (status DRAFT); ${bill.key} is enacted law: amend its articles with amendProvision`);
    const replaced = await manager.getRepository(ProvisionEntity).findOne({ where: { id: replacedId }, relations: { instrument: true } });
    if (!replaced) throw BadUserInputError.field(field, `names no recorded provision (${replacedId})`);
    if (replaced.instrument!.status !== InstrumentStatus.ENACTED) throw BadUserInputError.field(field, `names a provision of another bill (${replaced.instrument!.key}); a bill replaces enacted law`);
    if (replaced.instrument!.jurisdictionCode !== bill.jurisdictionCode) {
      throw BadUserInputError.field(field, `names a provision of ${replaced.instrument!.jurisdictionCode}; a bill of ${bill.jurisdictionCode} replaces its own jurisdiction's law`);
    }
  }

  async recordLegalFacts(input: RecordLegalFactsInput, actor: Actor): Promise<LegalFactSetEntity> {
    const checked = legalFactSetProblems(input);
    if (checked.problems.length || !checked.facts) throw new BadUserInputError(underPath('input.', checked.problems));
    const facts = checked.facts;

    return this.writes.run(actor, 'recordLegalFacts', async (w) => {
      const provision = await w.manager.getRepository(ProvisionEntity).findOneBy({ id: input.provisionId });
      if (!provision) throw BadUserInputError.field('input.provisionId', `names no recorded provision (${input.provisionId})`);
      const { jurisdictionCode } = await w.manager.getRepository(InstrumentEntity).findOneByOrFail({ id: provision.instrumentId });
      const existing = await w.manager.getRepository(LegalFactSetEntity).findOneBy({ provisionId: input.provisionId });
      const fields = {
        facts,
        sourceUrl: input.sourceUrl ?? null,
        sourceCitation: input.sourceCitation ?? null,
        asOf: input.asOf,
        note: input.note ?? null,
        sourceKind: input.sourceKind,
        confidence: input.confidence ?? null,
        ...freshReading(actor),
      };
      if (!existing) {
        if (input.version !== undefined) throw new NotFoundError('LegalFactSet', input.provisionId);
        const created = Object.assign(new LegalFactSetEntity(), { provisionId: input.provisionId, ...fields, version: 1, createdAt: w.now, updatedAt: w.now });
        await w.create(LEGAL_FACT_SET_RECORD, [{ row: created, jurisdiction: jurisdictionCode }]);
        return created;
      }
      if (input.version === undefined) {
        throw BadUserInputError.field('input.version', `is required: facts are already recorded for this provision (send the version you read: ${existing.version})`);
      }
      return w.update(LEGAL_FACT_SET_RECORD, existing, input.version, fields, [jurisdictionCode]);
    });
  }
}
