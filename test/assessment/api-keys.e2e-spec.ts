import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const JURISDICTION = 'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code version } }';

describeEachEngine('API keys', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { WRITE_RATE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  it('shows a secret once, stores only a slow hash, and lists keys without secrets', async () => {
    const created = await t.graphql<{ createApiKey: { secret: string; apiKey: { id: string; role: string } } }>(
      'mutation { createApiKey(input: { name: "Import script", role: VIEWER }) { secret apiKey { id role } } }',
      undefined,
      ADMIN,
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^lgk_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.dataSource.query(`SELECT secret_hash FROM api_key WHERE id = '${apiKey.id}'`);
    expect(row.secret_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    const secretPart = secret.slice('lgk_'.length + apiKey.id.length + 1); // base64url may itself hold '_'
    expect(secretPart).toHaveLength(43);
    expect(row.secret_hash).not.toContain(secretPart);
    const listed = await t.graphql<{ apiKeys: { id: string; name: string }[] }>('{ apiKeys { id name role revokedAt } }', undefined, ADMIN);
    expect(listed.data!.apiKeys.map((k) => k.name)).toEqual(expect.arrayContaining(['administrator (LEXGAP_ADMIN_API_KEY)', 'Import script']));
    const asViewer = await t.graphql('{ apiKeys { id } }', undefined, { authorization: `Bearer ${secret}` });
    expect(asViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('stops accepting a key the moment it is revoked, and refuses expired keys', async () => {
    const editor = await createKey(t, 'Revoked editor', 'EDITOR');
    const ok = await t.graphql(JURISDICTION, { input: { code: 'US-R1', names: { en: 'Fixture R1' }, source: 'test' } }, editor.headers);
    expect(ok.errors).toBeUndefined();
    const revoked = await t.graphql('mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { revokedAt } }', { input: { id: editor.id, version: 1 } }, ADMIN);
    expect(revoked.errors).toBeUndefined();
    const after = await t.graphql(JURISDICTION, { input: { code: 'US-R2', names: { en: 'Fixture R2' }, source: 'test' } }, editor.headers);
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const past = await t.graphql('mutation { createApiKey(input: { name: "Old", role: EDITOR, expiresAt: "2001-01-01T00:00:00Z" }) { secret } }', undefined, ADMIN);
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
  });

  it('keeps the bootstrap key across restarts of the same configuration', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM api_key WHERE kind = 'bootstrap'`);
    expect(Number(n)).toBe(1);
  });

  it('limits writes per key and says so with RATE_LIMITED', async () => {
    const editor = await createKey(t, 'Busy editor', 'EDITOR');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) {
      const body = await t.graphql(JURISDICTION, { input: { code: `US-Q${i}`, names: { en: `Fixture Q${i}` }, source: 'test' } }, editor.headers);
      codes.push(body.errors?.[0].extensions?.code as string | undefined);
    }
    // 5 writes a minute: the first five pass, the rest wait.
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
    const [{ n }] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM jurisdiction WHERE code LIKE 'US-Q%'`);
    expect(Number(n)).toBe(5);
    // Reads are not limited.
    expect((await t.graphql('{ jurisdiction(code: "US") { code } }', undefined, editor.headers)).errors).toBeUndefined();
  });
});
