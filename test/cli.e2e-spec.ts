import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/apps/cli/src/main.js');

describe('the operator CLI', () => {
  let dir: string;
  const run = (args: string[], database = join(dir, 'main.sqlite'), env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${database}`, LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 60_000 });

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds it first`);
    dir = mkdtempSync(join(tmpdir(), 'lexgap-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports pending migrations with exit code 3, then migrates and seeds', () => {
    expect(run(['migrate:status']).status).toBe(3);
    const seed = run(['seed']);
    expect(seed.status).toBe(0);
    expect(seed.stdout).toContain('loaded jurisdictions');
    expect(seed.stdout).toContain('loaded rubrics');
    expect(run(['migrate:status']).status).toBe(0);
  });

  it('validates a rubric file, naming each bad entry, and refuses to republish a changed version', () => {
    const rubric = JSON.parse(readFileSync('rubrics/tip-legal-framework/v1.json', 'utf8'));
    expect(run(['rubric', 'validate', 'rubrics/tip-legal-framework/v1.json']).status).toBe(0);
    rubric.categories[0].weight = -1;
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(rubric));
    const validated = run(['rubric', 'validate', bad]);
    expect(validated.status).toBe(1);
    expect(validated.stderr).toContain('categories[0].weight: weight must be a number above 0');
    rubric.categories[0].weight = 31; // valid, but not what v1 says
    writeFileSync(bad, JSON.stringify(rubric));
    const republished = run(['rubric', 'publish', bad]);
    expect(republished.status).toBe(1);
    expect(republished.stderr).toMatch(/already published with other content.*publish the change as version 2/);
    rubric.version = 2;
    writeFileSync(bad, JSON.stringify(rubric));
    expect(run(['rubric', 'publish', bad]).stdout).toContain('published tip-legal-framework v2');
  });

  it('creates an API key whose secret is the only line on stdout', () => {
    const created = run(['apikey', 'create', '--name', 'Script', '--role', 'editor']);
    expect(created.status).toBe(0);
    expect(created.stdout.trim()).toMatch(/^lgk_[0-9a-f-]{36}_[A-Za-z0-9_-]+$/);
    expect(run(['apikey', 'create', '--name', 'X', '--role', 'boss']).status).toBe(2);
  });

  it('backs up and restores a database, keys included only when asked and signed, refusing a non-empty target', () => {
    // Signed with LEXGAP_BACKUP_KEY, so that --include-keys may restore the API keys (their roles are proven unedited).
    const signed = { LEXGAP_BACKUP_KEY: 'test-backup-key-0123456789abcdef' };
    const bundle = join(dir, 'backup.json');
    expect(run(['backup', '--out', bundle], join(dir, 'main.sqlite'), signed).status).toBe(0);
    const restored = run(['restore', bundle, '--include-keys'], join(dir, 'copy.sqlite'), signed);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/restored \d+ rows/);
    const again = run(['restore', bundle], join(dir, 'copy.sqlite'), signed);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('the database is not empty');
    const copyBundle = join(dir, 'copy.json');
    run(['backup', '--out', copyBundle], join(dir, 'copy.sqlite'), signed);
    expect(readFileSync(copyBundle, 'utf8')).toBe(readFileSync(bundle, 'utf8'));
  });

  it('recomputes the stored scorecards of a region', () => {
    const result = run(['score', 'recompute', '--region', 'OAS']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^35 scorecard\(s\) under tip-legal-framework v2/);
  });
});
