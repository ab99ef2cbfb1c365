import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError, NotFoundError } from './domain-error';

/**
 * Updates one row only if it still has the version the caller read, and bumps the version.
 * The check and the write are one UPDATE statement, so two concurrent writers cannot both win.
 */
export async function updateWithVersion<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  entityName: string,
  key: Record<string, string>,
  expectedVersion: number,
  changes: Partial<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where(key)
    .andWhere('version = :expectedVersion', { expectedVersion })
    .execute();
  if (result.affected === 1) return;
  const current = await manager.findOne(target, { where: key as never, select: { version: true } as never });
  const label = Object.values(key).join('/');
  if (!current) throw new NotFoundError(entityName, label);
  throw new ConflictError(entityName, label, expectedVersion, (current as unknown as { version: number }).version);
}
