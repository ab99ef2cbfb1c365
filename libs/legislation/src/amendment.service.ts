import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor } from '@lexgap/audit';
import { WriteRunner } from '@lexgap/jurisdictions';
import { underPath } from '@lexgap/legal-model';
import { BadUserInputError, ConflictError } from '@lexgap/platform';
import { splitAt, versionInForceOn } from './amendment.rules';
import { InstrumentVersionEntity } from './entities/instrument-version.entity';
import { InstrumentEntity } from './entities/instrument.entity';
import { LegalFactSetEntity } from './entities/legal-fact-set.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { AmendInstrumentInput, AmendProvisionInput } from './inputs/amendment.inputs';
import { InstrumentWithVersions, LEGAL_FACT_SET_RECORD, PROVISION_RECORD, replaceInstrument } from './legislation.writes';

/** Amending law in one step (one transaction), for articles and for whole instruments. */
@Injectable()
export class AmendmentService {
  constructor(private readonly writes: WriteRunner) {}

  /**
   * Splits a wording at the amendment date: the wording read ends there, a new one starts. The
   * old wording's legal facts are copied to the new one as a draft (`carriedForwardFrom`) that
   * counts nowhere until an expert confirms it: nobody has yet read the facts from the new words.
   * Two amendments of one wording from the same version: the first wins, the second is CONFLICT.
   */
  amendProvision(input: AmendProvisionInput, actor: Actor): Promise<ProvisionEntity> {
    return this.writes.run(actor, 'amendProvision', async (w) => {
      const repo = w.manager.getRepository(ProvisionEntity);
      const current = await repo.findOneBy({ id: input.provisionId });
      if (!current) throw BadUserInputError.field('input.provisionId', `names no recorded provision (${input.provisionId})`);
      if (current.version !== input.version) throw new ConflictError('Provision', current.id, input.version, current.version);
      const { problems, split } = splitAt(current, input.inForceFrom, input.inForceFromPrecision, `the wording of ${current.citation} you amend`);
      if (!split) throw new BadUserInputError(underPath('input.', problems));
      const { jurisdictionCode } = await w.manager.getRepository(InstrumentEntity).findOneByOrFail({ id: current.instrumentId });

      // Closing first, with the version read: a concurrent amendment of the same wording fails here.
      const closed = await w.update(PROVISION_RECORD, current, input.version, { inForceTo: split.closed.inForceTo, inForceToPrecision: split.closed.inForceToPrecision }, [jurisdictionCode]);
      const opened = Object.assign(new ProvisionEntity(), {
        id: randomUUID(),
        instrumentId: current.instrumentId,
        key: current.key,
        citation: input.citation?.trim() ?? current.citation,
        heading: input.heading?.trim() ?? current.heading,
        text: input.text ?? null,
        inForceFrom: split.opened.inForceFrom,
        inForceFromPrecision: split.opened.inForceFromPrecision ?? 'DAY',
        inForceTo: split.opened.inForceTo ?? null,
        inForceToPrecision: split.opened.inForceToPrecision ?? null,
        sourceUrl: input.sourceUrl ?? null,
        replacesProvisionId: current.replacesProvisionId,
        version: 1,
        createdAt: w.now,
        updatedAt: w.now,
      });
      await w.create(PROVISION_RECORD, [{ row: opened, jurisdiction: jurisdictionCode }]);

      const facts = await w.manager.getRepository(LegalFactSetEntity).findOneBy({ provisionId: current.id });
      if (facts) {
        const carried = Object.assign(new LegalFactSetEntity(), {
          ...facts,
          provisionId: opened.id,
          carriedForwardFrom: closed.id,
          verifiedById: null,
          verifiedByName: null,
          verifiedAt: null,
          verificationComment: null,
          version: 1,
          createdAt: w.now,
          updatedAt: w.now,
        });
        delete (carried as Partial<LegalFactSetEntity>).provision;
        await w.create(LEGAL_FACT_SET_RECORD, [{ row: carried, jurisdiction: jurisdictionCode }]);
      }
      return opened;
    });
  }

  /** Splits the instrument version in force on the amendment date; the new version names the amending act. */
  amendInstrument(input: AmendInstrumentInput, actor: Actor): Promise<InstrumentWithVersions> {
    return this.writes.run(actor, 'amendInstrument', async (w) => {
      const instrument = await w.manager.getRepository(InstrumentEntity).findOneBy({ id: input.instrumentId });
      if (!instrument) throw BadUserInputError.field('input.instrumentId', `names no recorded instrument (${input.instrumentId})`);
      if (instrument.version !== input.version) throw new ConflictError('Instrument', instrument.id, input.version, instrument.version);
      const versions = await w.manager.getRepository(InstrumentVersionEntity).find({ where: { instrumentId: instrument.id }, order: { inForceFrom: 'ASC' } });
      const current = versionInForceOn(versions, input.inForceFrom);
      if (!current) {
        throw BadUserInputError.field('input.inForceFrom', `(${input.inForceFrom}) falls in no recorded version of ${instrument.key}: record the version in force then with upsertInstrument first`);
      }
      const { problems, split } = splitAt(current, input.inForceFrom, input.inForceFromPrecision, `the version of ${instrument.key} in force then`);
      if (!split) throw new BadUserInputError(underPath('input.', problems));
      const opened = Object.assign(new InstrumentVersionEntity(), {
        id: randomUUID(),
        instrumentId: instrument.id,
        inForceFrom: split.opened.inForceFrom,
        inForceFromPrecision: split.opened.inForceFromPrecision ?? 'DAY',
        inForceTo: split.opened.inForceTo ?? null,
        inForceToPrecision: split.opened.inForceToPrecision ?? null,
        amendedBy: input.amendedBy.trim(),
        sourceUrl: input.sourceUrl ?? null,
        note: input.note ?? null,
      });
      const history = versions.flatMap((v) => (v.id === current.id ? [Object.assign(new InstrumentVersionEntity(), split.closed), opened] : [v]));
      return replaceInstrument(w, { instrument, versions }, input.version, {}, history);
    });
  }
}
