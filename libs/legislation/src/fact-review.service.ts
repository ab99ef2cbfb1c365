import { Injectable } from '@nestjs/common';
import { Actor } from '@lexgap/audit';
import { WriteRunner, WriteContext } from '@lexgap/jurisdictions';
import { BadUserInputError, ForbiddenError } from '@lexgap/platform';
import { InstrumentEntity } from './entities/instrument.entity';
import { LegalFactSetEntity } from './entities/legal-fact-set.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { ConfirmLegalFactsInput, VerifyLegalFactsInput } from './inputs/amendment.inputs';
import { LEGAL_FACT_SET_RECORD } from './legislation.writes';

/**
 * The second look at a fact set: confirming facts an amendment carried forward to a new wording,
 * and a second expert's verification against the source. Both hold for the version checked: a
 * fact set replaced afterwards starts unverified again (`freshReading`).
 */
@Injectable()
export class FactReviewService {
  constructor(private readonly writes: WriteRunner) {}

  /** The expert read the new wording and the carried facts hold: they count from now on, as that expert's reading. */
  confirmLegalFacts(input: ConfirmLegalFactsInput, actor: Actor): Promise<LegalFactSetEntity> {
    return this.writes.run(actor, 'confirmLegalFacts', async (w) => {
      const { facts, jurisdictionCode } = await this.factSet(w, input.provisionId);
      if (!facts.carriedForwardFrom) throw BadUserInputError.field('input.provisionId', 'has facts read from its own wording: there is nothing carried forward to confirm');
      return w.update(LEGAL_FACT_SET_RECORD, facts, input.version, { carriedForwardFrom: null, recordedById: actor.id, recordedByName: actor.name, asOf: input.asOf }, [jurisdictionCode]);
    });
  }

  /**
   * A second expert checked the facts against their source. Nobody verifies what they recorded,
   * carried-forward facts are confirmed first (nobody has read them from this wording yet), and a
   * verification is not repeated: it names who checked and when.
   */
  verifyLegalFacts(input: VerifyLegalFactsInput, actor: Actor): Promise<LegalFactSetEntity> {
    return this.writes.run(actor, 'verifyLegalFacts', async (w) => {
      const { facts, jurisdictionCode } = await this.factSet(w, input.provisionId);
      if (facts.recordedById === actor.id) throw new ForbiddenError('You cannot verify facts you recorded: a second expert must');
      if (facts.carriedForwardFrom)
        throw BadUserInputError.field('input.provisionId', 'has facts carried forward from an earlier wording: confirm them for this wording (confirmLegalFacts) before they are verified');
      if (facts.verifiedAt) {
        throw BadUserInputError.field('input.provisionId', `has facts already verified by ${facts.verifiedByName ?? facts.verifiedById} on ${facts.verifiedAt.toISOString().slice(0, 10)}`);
      }
      return w.update(LEGAL_FACT_SET_RECORD, facts, input.version, { verifiedById: actor.id, verifiedByName: actor.name, verifiedAt: w.now, verificationComment: input.comment?.trim() || null }, [
        jurisdictionCode,
      ]);
    });
  }

  private async factSet(w: WriteContext, provisionId: string): Promise<{ facts: LegalFactSetEntity; jurisdictionCode: string }> {
    const facts = await w.manager.getRepository(LegalFactSetEntity).findOneBy({ provisionId });
    if (!facts) throw BadUserInputError.field('input.provisionId', `has no recorded legal facts (${provisionId})`);
    const provision = await w.manager.getRepository(ProvisionEntity).findOneByOrFail({ id: provisionId });
    const { jurisdictionCode } = await w.manager.getRepository(InstrumentEntity).findOneByOrFail({ id: provision.instrumentId });
    return { facts, jurisdictionCode };
  }
}
