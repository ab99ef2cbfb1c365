import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditTrail } from '@lexgap/audit';
import { BadUserInputError, DomainError, ErrorCode, NotFoundError, TransactionRunner } from '@lexgap/platform';
import { isRubricId, Rubric, rubricContentHash, validateRubric } from '@lexgap/scoring-engine';
import { DataSource, EntityManager } from 'typeorm';
import { RubricVersionEntity } from './entities/rubric-version.entity';

export const DEFAULT_RUBRIC_ID = 'tip-legal-framework';

export type PublishOutcome = { status: 'published' | 'unchanged'; rubric: RubricVersionEntity };

/** Published rubrics: validated on the way in, immutable once in. */
@Injectable()
export class RubricService {
  private readonly cache = new Map<string, RubricVersionEntity>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  /** Validates a rubric document; BAD_USER_INPUT names the path of each bad entry. */
  parse(document: unknown, field = 'rubric'): Rubric {
    const result = validateRubric(document);
    if (!result.ok) throw new BadUserInputError(result.errors.map((e) => ({ field: e.path ? `${field}.${e.path}` : field, message: e.message })));
    return result.rubric;
  }

  async publish(document: unknown, actor: Actor, manager?: EntityManager): Promise<PublishOutcome> {
    const rubric = this.parse(document);
    const hash = rubricContentHash(rubric);
    const work = async (m: EntityManager): Promise<PublishOutcome> => {
      const repo = m.getRepository(RubricVersionEntity);
      const existing = await repo.findOneBy({ rubricId: rubric.id, version: rubric.version });
      if (existing) {
        if (existing.contentHash === hash) return { status: 'unchanged', rubric: existing };
        throw new DomainError(
          ErrorCode.CONFLICT,
          `${rubric.id} version ${rubric.version} is already published with other content (hash ${existing.contentHash.slice(0, 12)}…); a published version is immutable: publish the change as version ${await this.nextVersion(m, rubric.id)}`,
          { rubricId: rubric.id, version: rubric.version },
        );
      }
      const entity = repo.create({ rubricId: rubric.id, version: rubric.version, title: rubric.title.en, content: rubric, contentHash: hash, publishedAt: new Date(), publishedBy: actor.id });
      await repo.insert(entity);
      await this.audit.record(m, actor, {
        operation: 'publishRubric',
        entityType: 'RubricVersion',
        entityId: `${rubric.id}@${rubric.version}`,
        before: null,
        after: { rubricId: rubric.id, version: rubric.version, contentHash: hash },
      });
      return { status: 'published', rubric: entity };
    };
    return manager ? work(manager) : this.transactions.run(work);
  }

  private async nextVersion(manager: EntityManager, rubricId: string): Promise<number> {
    const row = await manager
      .getRepository(RubricVersionEntity)
      .createQueryBuilder('r')
      .select('MAX(r.version)', 'max')
      .where('r.rubric_id = :rubricId', { rubricId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  /** The version asked for, or the latest published one; NOT_FOUND when there is none. */
  /** The published version (the latest without `version`), or NOT_FOUND naming it. */
  async resolve(rubricId: string | null | undefined, version?: number | null, manager?: EntityManager): Promise<RubricVersionEntity> {
    const id = rubricId?.trim() || DEFAULT_RUBRIC_ID;
    const found = await this.find(id, version, manager);
    if (!found) throw new NotFoundError('Rubric', version === undefined || version === null ? id : `${id}@${version}`);
    return found;
  }

  /**
   * The published version (the latest without `version`), or null when none is published. Any
   * other failure (a lost connection, a pool timeout) propagates: it is never read as "no such
   * rubric". Inside a transaction pass its manager, so the read does not wait for a second pooled
   * connection while the transaction holds one.
   */
  async find(rubricId: string | null | undefined, version?: number | null, manager: EntityManager = this.dataSource.manager): Promise<RubricVersionEntity | null> {
    const id = rubricId?.trim() || DEFAULT_RUBRIC_ID;
    // No published rubric has an id outside the rule (and a NUL byte would not reach PostgreSQL).
    if (!isRubricId(id)) return null;
    const repo = manager.getRepository(RubricVersionEntity);
    if (version === undefined || version === null) return repo.findOne({ where: { rubricId: id }, order: { version: 'DESC' } });
    const key = `${id}@${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const found = await repo.findOneBy({ rubricId: id, version });
    if (found) this.cache.set(key, found); // published versions never change, so caching them is safe
    return found;
  }

  list(): Promise<RubricVersionEntity[]> {
    return this.dataSource.getRepository(RubricVersionEntity).find({ order: { rubricId: 'ASC', version: 'ASC' } });
  }
}
