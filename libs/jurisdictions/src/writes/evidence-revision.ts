import { EntityManager, In } from 'typeorm';
import { JurisdictionEntity } from '../entities/jurisdiction.entity';

/**
 * Marks that something these jurisdictions' scores rest on has changed (a treaty action, a
 * provision, a legal fact, an approved assessment), so their stored scorecards are never served
 * again. A country's units are marked with it: their scores rest on its national law and treaty
 * status too (layered law). Runs inside the writing transaction. The writers (`WriteContext.finish`) are its only
 * caller: no service bumps a revision by hand.
 */
export async function markEvidenceChanged(manager: EntityManager, jurisdictionCodes: readonly string[] | 'all'): Promise<void> {
  const query = manager
    .createQueryBuilder()
    .update(JurisdictionEntity)
    .set({ evidenceRevision: () => 'evidence_revision + 1' });
  if (jurisdictionCodes === 'all') {
    await query.where('1 = 1').execute();
    return;
  }
  const codes = [...new Set(jurisdictionCodes)].sort();
  for (let i = 0; i < codes.length; i += 500) {
    const chunk = codes.slice(i, i + 500);
    await query.where({ code: In(chunk) }).execute();
    await query.where({ parentCode: In(chunk) }).execute();
  }
}
