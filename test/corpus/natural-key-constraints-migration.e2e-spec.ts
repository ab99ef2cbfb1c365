import { DataSource } from 'typeorm';
import { NaturalKeyConstraints1764892800000 } from '../../migrations/1764892800000-natural-key-constraints';
import { MIGRATIONS } from '../../migrations';
import { describeEachEngine } from '../support/each-engine';
import { databaseBeforeMigration } from '../support/database-before-migration';

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const key = (n: number, kind: string, createdAt: string) => `('${ID(n)}', 'fixture key ${n}', 'ADMIN', '${kind}', 'scrypt$fixture', NULL, NULL, 'test fixture', 1, '${createdAt}', '${createdAt}')`;

/**
 * A database migrated to the migration before NaturalKeyConstraints holding three live bootstrap
 * keys (as two instances starting at once could leave), then migrated up: the newest stays, the
 * others are revoked with an audit event each, and the database refuses a second live one.
 */
describeEachEngine('the natural-key-constraints migration on a database with duplicate bootstrap keys', (engine) => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await databaseBeforeMigration(engine, NaturalKeyConstraints1764892800000, async (before) => {
      await before.query(
        `INSERT INTO api_key (id, name, role, kind, secret_hash, expires_at, revoked_at, created_by, version, created_at, updated_at) VALUES ${[
          key(1, 'bootstrap', '2026-01-01 00:00:00'),
          key(2, 'bootstrap', '2026-03-01 00:00:00'),
          key(3, 'bootstrap', '2026-02-01 00:00:00'),
          key(4, 'generated', '2026-01-01 00:00:00'),
          key(5, 'generated', '2026-01-01 00:00:00'),
        ].join(', ')}`,
      );
    }));
  });
  afterAll(() => close());

  const rows = (sql: string) => dataSource.query(sql);

  it('keeps the newest live bootstrap key, revokes the others with an audit event, then refuses a second', async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
    const live = await rows(`SELECT id FROM api_key WHERE revoked_at IS NULL ORDER BY id`);
    expect(live.map((r: { id: string }) => r.id)).toEqual([ID(2), ID(4), ID(5)]);
    const revoked = await rows(`SELECT id, version FROM api_key WHERE revoked_at IS NOT NULL ORDER BY id`);
    expect(revoked.map((r: { id: string; version: number }) => [r.id, Number(r.version)])).toEqual([
      [ID(1), 2],
      [ID(3), 2],
    ]);
    const events = await rows(`SELECT entity_id, operation, actor_id FROM audit_event WHERE entity_type = 'ApiKey' ORDER BY entity_id`);
    expect(events).toEqual([
      { entity_id: ID(1), operation: 'revokeApiKey', actor_id: 'system:migration' },
      { entity_id: ID(3), operation: 'revokeApiKey', actor_id: 'system:migration' },
    ]);
    await expect(
      rows(`INSERT INTO api_key (id, name, role, kind, secret_hash, expires_at, revoked_at, created_by, version, created_at, updated_at) VALUES ${key(6, 'bootstrap', '2026-04-01 00:00:00')}`),
    ).rejects.toThrow(/unique|duplicate/i);
    // A revoked bootstrap key and any number of generated ones are no duplicates.
    await rows(`INSERT INTO api_key (id, name, role, kind, secret_hash, expires_at, revoked_at, created_by, version, created_at, updated_at) VALUES ${key(7, 'generated', '2026-04-01 00:00:00')}`);
  });

  it('goes down and up again', async () => {
    // Undo the later migrations first, then this one.
    for (let i = MIGRATIONS.indexOf(NaturalKeyConstraints1764892800000); i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    await rows(`INSERT INTO api_key (id, name, role, kind, secret_hash, expires_at, revoked_at, created_by, version, created_at, updated_at) VALUES ${key(8, 'bootstrap', '2026-05-01 00:00:00')}`);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await rows(`SELECT id FROM api_key WHERE kind = 'bootstrap' AND revoked_at IS NULL`)).map((r: { id: string }) => r.id)).toEqual([ID(8)]);
  });
});
