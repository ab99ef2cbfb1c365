import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiKeyEntity } from '@lexgap/auth';
import { BackupBundle, BackupService, bundleFileText, openDatabase, parseBundleFile, RestoreRefusedError, sealBundle } from '@lexgap/composition';
import { DataSource } from 'typeorm';
import { createKey } from '../support/api-keys';
import { cliOnSqlite } from '../support/cli';
import { describeEachEngine } from '../support/each-engine';
import { recordFixtureLaw } from '../support/fixture-law';
import { snapshotTables } from '../support/table-snapshot';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { startTestApp, TestApp } from '../support/test-app';
import { TestEngine, testEngines } from '../support/test-engines';

const KEY = 'verified-backup-key-0123456789';

type Row = Record<string, unknown>;

/** A deep copy of a bundle's content with one table's rows changed, resealed (as someone who edits a bundle and recomputes its SHA-256 would). */
function edited(bundle: BackupBundle, table: string, change: (rows: Row[]) => void, key?: string): BackupBundle {
  const { manifest: _manifest, ...content } = JSON.parse(JSON.stringify(bundle)) as BackupBundle;
  change(content.tables.find((t) => t.name === table)!.rows);
  return sealBundle(content, key);
}

/** The engine bundles come from: the other one when both run, so every restore crosses engines. */
function sourceEngineFor(target: TestEngine): TestEngine {
  const engines = testEngines();
  return engines.find((e) => e !== target) ?? target;
}

describeEachEngine('verified restore: manifest, HMAC, row validation, keys only when asked', (engine) => {
  let source: TestApp;
  let bundle: BackupBundle;
  let signed: BackupBundle;
  let viewerId: string;
  const databases: TestDatabase[] = [];
  const open: DataSource[] = [];

  /** An empty, migrated database of this engine, holding one API key of its own unless `ownKey` is false. */
  async function target(ownKey = true): Promise<DataSource> {
    const db = await createTestDatabase(engine);
    databases.push(db);
    const dataSource = await openDatabase({ database: db.target });
    open.push(dataSource);
    if (!ownKey) return dataSource;
    const now = new Date();
    await dataSource.getRepository(ApiKeyEntity).insert({
      id: '00000000-0000-4000-8000-0000000000aa',
      name: "Target's own key (test)",
      role: 'ADMIN' as ApiKeyEntity['role'],
      kind: 'generated',
      secretHash: 'scrypt$test$target',
      expiresAt: null,
      revokedAt: null,
      createdBy: 'test',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return dataSource;
  }

  async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
    return snapshotTables(
      dataSource,
      dataSource.entityMetadatas.map((m) => m.tableName),
    );
  }

  /** Expects the restore refused with a message matching `message`, and the target unchanged. */
  async function expectRefused(candidate: BackupBundle, options: Parameters<BackupService['restore']>[1], message: RegExp, ownKey = true): Promise<void> {
    const dataSource = await target(ownKey);
    const before = await snapshot(dataSource);
    const restore = new BackupService(dataSource).restore(candidate, options);
    await expect(restore).rejects.toThrow(RestoreRefusedError);
    await expect(restore).rejects.toThrow(message);
    expect(await snapshot(dataSource)).toEqual(before);
  }

  beforeAll(async () => {
    source = await startTestApp(sourceEngineFor(engine));
    viewerId = (await createKey(source, 'Viewer (verified backup test)', 'VIEWER')).id;
    await recordFixtureLaw(source, {
      jurisdiction: 'HN',
      key: 'verified-backup-fixture',
      kind: 'LAW',
      inForceFrom: '2013-01-01',
      facts: { acts: ['RECRUITMENT'], penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 8 }] },
      factsAsOf: '2024-01-01',
      sourceCitation: 'fixture',
    });
    bundle = await new BackupService(source.dataSource).backup();
    signed = await new BackupService(source.dataSource).backup({ backupKey: KEY });
  });
  afterAll(async () => {
    for (const d of open) if (d.isInitialized) await d.destroy();
    for (const d of databases) await d.drop();
    await source?.close();
  });

  it('writes a manifest: format, row counts, SHA-256, and an HMAC only with a key', () => {
    expect(bundle.manifest).toEqual({ formatVersion: 2, rowCounts: expect.objectContaining({ api_key: expect.any(Number) }), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(bundle.manifest.rowCounts.instrument).toBe(bundle.tables.find((t) => t.name === 'instrument')!.rows.length);
    expect(signed.manifest.sha256).toBe(bundle.manifest.sha256);
    expect(signed.manifest.hmac).toMatch(/^[0-9a-f]{64}$/);
  });

  it('restores a valid bundle without a key, skipping API keys and keeping the target’s own', async () => {
    const dataSource = await target();
    const keysBefore = await dataSource.getRepository(ApiKeyEntity).find();
    const notices: string[] = [];
    const rows = await new BackupService(dataSource).restore(JSON.parse(bundleFileText(bundle)), { onNotice: (m) => notices.push(m) });
    const keyRows = bundle.manifest.rowCounts.api_key;
    expect(rows).toBe(bundle.tables.reduce((n, t) => n + t.rows.length, 0) - keyRows);
    expect(notices).toEqual([expect.stringMatching(new RegExp(`API keys not restored: ${keyRows} api_key rows .*--include-keys`))]);
    expect(await dataSource.getRepository(ApiKeyEntity).find()).toEqual(keysBefore);
    const restored = await new BackupService(dataSource).backup();
    for (const table of bundle.tables.filter((t) => t.name !== 'api_key')) expect(restored.tables.find((t) => t.name === table.name)!.rows).toEqual(table.rows);
  });

  it('restores a signed bundle with LEXGAP_BACKUP_KEY, and its keys only with includeKeys', async () => {
    const withoutKeys = await target();
    await new BackupService(withoutKeys).restore(signed, { backupKey: KEY });
    expect((await withoutKeys.getRepository(ApiKeyEntity).find()).map((k) => k.id)).toEqual(['00000000-0000-4000-8000-0000000000aa']);

    // Keys are restored only into a database that has none.
    await expectRefused(signed, { backupKey: KEY, includeKeys: true }, /the database is not empty \(api_key has 1 rows\)/);
    const withKeys = await target(false);
    await new BackupService(withKeys).restore(signed, { backupKey: KEY, includeKeys: true });
    const keys = await withKeys.getRepository(ApiKeyEntity).find();
    expect(keys.find((k) => k.id === viewerId)).toEqual(expect.objectContaining({ role: 'VIEWER' }));
    expect(keys).toHaveLength(signed.manifest.rowCounts.api_key);
  });

  it('refuses a changed byte, naming the check that failed', async () => {
    const text = bundleFileText(bundle);
    const changed = text.replace('"verified-backup-fixture"', '"verified-backup-fixturf"');
    expect(changed).not.toBe(text);
    await expectRefused(parseBundleFile(changed), {}, /SHA-256 check failed/);
    expect(() => parseBundleFile(text.replace('\n "format"', '\n  "format"'))).toThrow(/canonical form check failed/);
    expect(() => parseBundleFile(text.slice(0, Math.floor(text.length / 2)))).toThrow(/JSON check failed.*truncated/);
    const recounted = JSON.parse(text) as BackupBundle;
    recounted.manifest.rowCounts.instrument += 1;
    await expectRefused(recounted, {}, /row count check failed: table instrument/);
  });

  it('refuses an edited API key role: checksum, HMAC, and keys only from a signed bundle', async () => {
    const toAdmin = (rows: Row[]) => {
      rows.find((r) => r.id === viewerId)!.role = 'ADMIN';
    };
    const raw = JSON.parse(bundleFileText(signed).replace(/("role": )"VIEWER"/, '$1"ADMIN"')) as BackupBundle;
    await expectRefused(raw, { backupKey: KEY, includeKeys: true }, /SHA-256 check failed/);
    // Resealed without the key: no HMAC where one is required, or one that does not match.
    await expectRefused(edited(signed, 'api_key', toAdmin), { backupKey: KEY, includeKeys: true }, /HMAC check failed: LEXGAP_BACKUP_KEY is set but the bundle carries no HMAC/);
    await expectRefused(
      edited(signed, 'api_key', toAdmin, 'some-other-key-0123456789'),
      { backupKey: KEY, includeKeys: true },
      /HMAC check failed: the bundle was not written with this LEXGAP_BACKUP_KEY/,
    );
    await expectRefused(edited(bundle, 'api_key', toAdmin), { includeKeys: true }, /API keys are restored only from a bundle signed with LEXGAP_BACKUP_KEY/);
    await expectRefused(signed, {}, /HMAC check failed: the bundle carries an HMAC but LEXGAP_BACKUP_KEY is not set/);
    // With keys excluded, the edited role is never read: the target keeps its own keys only.
    const dataSource = await target();
    await new BackupService(dataSource).restore(edited(bundle, 'api_key', toAdmin));
    expect(await dataSource.getRepository(ApiKeyEntity).findOneBy({ id: viewerId })).toBeNull();
  });

  it('refuses a wrongly typed value', async () => {
    await expectRefused(
      edited(bundle, 'instrument', (rows) => (rows[0].version = 'abc')),
      {},
      /instrument row 1: version must be a whole number; got "abc"/,
    );
    await expectRefused(
      edited(bundle, 'instrument', (rows) => (rows[0].key = null)),
      {},
      /instrument row 1: key is missing \(the column is NOT NULL\)/,
    );
    await expectRefused(
      edited(bundle, 'instrument', (rows) => (rows[0].key = 'x'.repeat(101))),
      {},
      /key is 101 characters long, longer than the column's 100/,
    );
    await expectRefused(
      edited(bundle, 'api_key', (rows) => (rows[0].role = 'OWNER'), KEY),
      { backupKey: KEY, includeKeys: true },
      /api_key row 1: role must be one of ADMIN, EDITOR, REVIEWER, VIEWER; got "OWNER"/,
      false,
    );
  });

  it('refuses an impossible date and a malformed timestamp', async () => {
    await expectRefused(
      edited(bundle, 'legal_fact_set', (rows) => (rows[0].asOf = '2024-02-30')),
      {},
      /legal_fact_set row 1: asOf must be a real calendar date written YYYY-MM-DD; got "2024-02-30"/,
    );
    await expectRefused(
      edited(bundle, 'instrument', (rows) => (rows[0].createdAt = '2024-02-30T00:00:00.000Z')),
      {},
      /instrument row 1: createdAt must be a timestamp/,
    );
  });

  it('refuses a duplicate primary key, a duplicate natural key and a dangling reference', async () => {
    await expectRefused(
      edited(bundle, 'instrument', (rows) => rows.push({ ...rows[0] })),
      {},
      /instrument row \d+: duplicate primary key \(id "/,
    );
    await expectRefused(
      edited(bundle, 'instrument', (rows) => rows.push({ ...rows[0], id: '00000000-0000-4000-8000-0000000000d1' })),
      {},
      /duplicate jurisdictionCode \+ key .*\(unique index uq_instrument_key\)/,
    );
    await expectRefused(
      edited(bundle, 'provision', (rows) => (rows[0].instrumentId = '00000000-0000-4000-8000-0000000000d2')),
      {},
      /provision row 1: instrumentId .* refers to a instrument row that is neither in the bundle nor in this database/,
    );
  });
});

// The CLI runs on SQLite (test/support/cli.ts); the bundle checks are the service's, tested above on both engines.
describe('backup and restore commands (SQLite)', () => {
  const cli = cliOnSqlite('lexgap-verified-backup-');
  beforeAll(() => cli.start());
  afterAll(() => cli.stop());
  const fresh = (name: string) => ({ DATABASE_URL: `sqlite:${join(cli.dir(), name)}` });

  it('restores a valid bundle, says the keys were skipped, and restores them only with --include-keys', () => {
    const file = join(cli.dir(), 'ok.json');
    const written = cli.run(['backup', '--out', file], { LEXGAP_BACKUP_KEY: KEY });
    expect(written.stderr).toBe('');
    expect(written.stdout).toMatch(/signed with LEXGAP_BACKUP_KEY/);
    const restored = cli.run(['restore', file], { ...fresh('a.sqlite'), LEXGAP_BACKUP_KEY: KEY });
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/manifest verified, HMAC verified/);
    expect(restored.stdout).toMatch(/API keys not restored: \d+ api_key rows .*--include-keys/);
    const withKeys = cli.run(['restore', file, '--include-keys'], { ...fresh('b.sqlite'), LEXGAP_BACKUP_KEY: KEY });
    expect(withKeys.status).toBe(0);
    expect(withKeys.stdout).toMatch(/API keys restored from the bundle \(--include-keys\)/);
    const unsigned = cli.run(['restore', file], fresh('c.sqlite'));
    expect(unsigned.status).toBe(1);
    expect(unsigned.stderr).toMatch(/restore refused: HMAC check failed/);
  });

  it('refuses a truncated file and a changed byte with a non-zero exit code and a clear message', () => {
    const file = join(cli.dir(), 'plain.json');
    expect(cli.run(['backup', '--out', file]).status).toBe(0);
    const text = readFileSync(file, 'utf8');
    const truncated = join(cli.dir(), 'truncated.json');
    writeFileSync(truncated, text.slice(0, text.length - 100));
    const refused = cli.run(['restore', truncated], fresh('d.sqlite'));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/lexgap: restore refused: JSON check failed: the file is not valid JSON \(truncated or damaged\)/);
    const changed = join(cli.dir(), 'changed.json');
    writeFileSync(changed, text.replace('"Honduras"', '"Hondurat"'));
    expect(readFileSync(changed, 'utf8')).not.toBe(text);
    const refusedChange = cli.run(['restore', changed], fresh('e.sqlite'));
    expect(refusedChange.status).toBe(1);
    expect(refusedChange.stderr).toMatch(/restore refused: SHA-256 check failed/);
    const noKey = cli.run(['restore', file, '--include-keys'], fresh('f.sqlite'));
    expect(noKey.status).toBe(1);
    expect(noKey.stderr).toMatch(/API keys are restored only from a bundle signed with LEXGAP_BACKUP_KEY/);
  });
});
