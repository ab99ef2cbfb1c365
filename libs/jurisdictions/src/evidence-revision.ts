import { EntityManager } from 'typeorm';
import { JurisdictionEntity } from './entities/jurisdiction.entity';

/**
 * Marks that something a jurisdiction's scores rest on has changed (a treaty action, a provision,
 * a legal fact, an assessment). Called inside the writing transaction, so stored scorecards are
 * never served for evidence they were not computed from.
 */
export async function bumpEvidenceRevision(manager: EntityManager, jurisdictionCode: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(JurisdictionEntity)
    .set({ evidenceRevision: () => 'evidence_revision + 1' })
    .where('code = :code', { code: jurisdictionCode })
    .execute();
}
