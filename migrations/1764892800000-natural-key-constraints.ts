import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last natural key a service checks without a database constraint: one live bootstrap key
 * (ApiKeyService.ensureBootstrapKey revokes the old one before it adds the new one), so two
 * instances starting at once could each add one. Every other key the services check already has
 * its unique index or is a primary key (docs/data-model.md).
 *
 * Existing duplicates are reported, then resolved before the index is made: the newest live
 * bootstrap key stays, the others are revoked, and an audit event records each revocation. That
 * is safe: at its next start the API revokes a bootstrap key that does not hold
 * LEXGAP_ADMIN_API_KEY and records one that does.
 */
export class NaturalKeyConstraints1764892800000 implements MigrationInterface {
  name = 'NaturalKeyConstraints1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const live: { id: string }[] = await queryRunner.query(`SELECT id FROM api_key WHERE kind = 'bootstrap' AND revoked_at IS NULL ORDER BY created_at DESC, id DESC`);
    const [kept, ...duplicates] = live.map((r) => r.id);
    if (duplicates.length) {
      queryRunner.connection.logger.log(
        'warn',
        `${this.name}: ${live.length} live bootstrap API keys (${live.map((r) => r.id).join(', ')}); keeping the newest (${kept}), revoking ${duplicates.join(', ')}`,
        queryRunner,
      );
    }
    const instant = new Date();
    // An instant as each driver binds it (better-sqlite3 binds no Date; TypeORM stores 'YYYY-MM-DD HH:MM:SS.SSS').
    const now = queryRunner.connection.options.type === 'postgres' ? instant : instant.toISOString().replace('T', ' ').replace('Z', '');
    for (const id of duplicates) {
      const [p1, p2, p3] = placeholders(queryRunner, 3);
      await queryRunner.query(`UPDATE api_key SET revoked_at = ${p1}, updated_at = ${p2}, version = version + 1 WHERE id = ${p3}`, [now, now, id]);
      await queryRunner.query(
        `INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, operation, entity_type, entity_id, before, after, request_id) VALUES (${placeholders(queryRunner, 10).join(', ')})`,
        [
          randomUUID(),
          now,
          'system:migration',
          'lexgap migration',
          'revokeApiKey',
          'ApiKey',
          id,
          null,
          JSON.stringify({ revokedAt: instant.toISOString(), reason: `Revoked: a second live bootstrap key beside ${kept} (migration ${this.name})` }),
          null,
        ],
      );
    }
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_key_live_bootstrap" ON "api_key" ("kind") WHERE "kind" = 'bootstrap' AND "revoked_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_api_key_live_bootstrap"`);
  }
}

/** Bound-parameter placeholders as each engine writes them. */
function placeholders(queryRunner: QueryRunner, n: number): string[] {
  const pg = queryRunner.connection.options.type === 'postgres';
  return Array.from({ length: n }, (_, i) => (pg ? `$${i + 1}` : '?'));
}
