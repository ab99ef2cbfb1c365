import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditTrail, SYSTEM_SEED_ACTOR } from '@lexgap/audit';
import { BadUserInputError, DomainError, ErrorCode, NotFoundError, TransactionRunner, updateWithVersion } from '@lexgap/platform';
import { DataSource, IsNull } from 'typeorm';
import { ApiKeyEntity } from './entities/api-key.entity';
import { Principal, Role } from './permissions';
import { formatApiKey, hashSecret, newSecret, parseApiKey, verifySecret } from './secret-hash';

/** How long a verified key is trusted without a new scrypt check (revocation clears it at once). */
const VERIFIED_TTL_MS = 30_000;

/** What the API shows of a key: never its secret or hash. */
export function publicView(key: ApiKeyEntity) {
  const { secretHash: _hidden, ...rest } = key;
  return rest;
}

@Injectable()
export class ApiKeyService {
  private readonly verified = new Map<string, { principal: Principal; until: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  /** Creates a key; the returned `secret` is the only time anyone sees it. */
  async create(input: { name: string; role: Role; expiresAt?: Date | null }, actor: Actor): Promise<{ key: ApiKeyEntity; secret: string }> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw BadUserInputError.field('input.expiresAt', 'must be in the future');
    const id = randomUUID();
    const secret = newSecret();
    const now = new Date();
    const key: ApiKeyEntity = {
      id,
      name: input.name.trim(),
      role: input.role,
      kind: 'generated',
      secretHash: await hashSecret(secret),
      expiresAt: input.expiresAt ?? null,
      revokedAt: null,
      createdBy: actor.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await this.transactions.run(async (manager) => {
      await manager.getRepository(ApiKeyEntity).insert(key);
      await this.audit.record(manager, actor, { operation: 'createApiKey', entityType: 'ApiKey', entityId: id, before: null, after: publicView(key) });
    });
    return { key, secret: formatApiKey(id, secret) };
  }

  async revoke(id: string, version: number, actor: Actor): Promise<ApiKeyEntity> {
    const key = await this.transactions.run(async (manager) => {
      const repo = manager.getRepository(ApiKeyEntity);
      const before = await repo.findOneBy({ id });
      if (!before) throw new NotFoundError('ApiKey', id);
      if (before.revokedAt) throw BadUserInputError.field('input.id', `key ${id} is already revoked`);
      const now = new Date();
      await updateWithVersion(manager, ApiKeyEntity, 'ApiKey', { id }, version, { revokedAt: now, updatedAt: now });
      const after = await repo.findOneByOrFail({ id });
      await this.audit.record(manager, actor, { operation: 'revokeApiKey', entityType: 'ApiKey', entityId: id, before: publicView(before), after: publicView(after) });
      return after;
    });
    this.verified.clear();
    return key;
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.dataSource.getRepository(ApiKeyEntity).find({ order: { createdAt: 'ASC' } });
  }

  /**
   * Makes LEXGAP_ADMIN_API_KEY an ADMIN key: keeps the bootstrap key if it already has this value,
   * otherwise revokes the old bootstrap key and records the new one.
   */
  async ensureBootstrapKey(value: string | undefined): Promise<'created' | 'kept' | 'none'> {
    if (!value) return 'none';
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const current = await repo.findBy({ kind: 'bootstrap', revokedAt: IsNull() });
    for (const key of current) if (await verifySecret(value, key.secretHash)) return 'kept';
    const now = new Date();
    const replace = this.transactions.run(async (manager) => {
      for (const old of current) {
        await updateWithVersion(manager, ApiKeyEntity, 'ApiKey', { id: old.id }, old.version, { revokedAt: now, updatedAt: now });
        await this.audit.record(manager, SYSTEM_SEED_ACTOR, { operation: 'revokeApiKey', entityType: 'ApiKey', entityId: old.id, before: publicView(old), after: null });
      }
      const key: ApiKeyEntity = {
        id: randomUUID(),
        name: 'administrator (LEXGAP_ADMIN_API_KEY)',
        role: Role.ADMIN,
        kind: 'bootstrap',
        secretHash: await hashSecret(value),
        expiresAt: null,
        revokedAt: null,
        createdBy: 'env:LEXGAP_ADMIN_API_KEY',
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await manager.getRepository(ApiKeyEntity).insert(key);
      await this.audit.record(manager, SYSTEM_SEED_ACTOR, { operation: 'createApiKey', entityType: 'ApiKey', entityId: key.id, before: null, after: publicView(key) });
    });
    try {
      await replace;
    } catch (error) {
      // Another instance replaced the key at the same moment (one live bootstrap key: uq_api_key_live_bootstrap): its key stands if it has this value.
      if (!(error instanceof DomainError && error.code === ErrorCode.CONFLICT)) throw error;
      for (const key of await repo.findBy({ kind: 'bootstrap', revokedAt: IsNull() })) if (await verifySecret(value, key.secretHash)) return 'kept';
      throw error;
    }
    this.verified.clear();
    return 'created';
  }

  /** The principal a presented key stands for, or undefined when it is unknown, revoked or expired. */
  async authenticate(presented: string): Promise<Principal | undefined> {
    const cacheKey = createHash('sha256').update(presented).digest('hex');
    const cached = this.verified.get(cacheKey);
    if (cached && cached.until > Date.now()) return cached.principal;
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const parsed = parseApiKey(presented);
    const candidates = parsed ? await repo.findBy({ id: parsed.id }) : await repo.findBy({ kind: 'bootstrap', revokedAt: IsNull() });
    for (const key of candidates) {
      if (key.revokedAt || (key.expiresAt && key.expiresAt.getTime() <= Date.now())) continue;
      if (await verifySecret(parsed ? parsed.secret : presented, key.secretHash)) {
        const principal: Principal = { id: key.id, name: key.name, role: key.role };
        const until = Math.min(Date.now() + VERIFIED_TTL_MS, key.expiresAt?.getTime() ?? Infinity);
        this.verified.set(cacheKey, { principal, until });
        return principal;
      }
    }
    return undefined;
  }
}
