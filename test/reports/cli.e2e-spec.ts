import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/apps/cli/src/main.js');

/** The CLI's report command on SQLite (the services behind it are tested on both engines). */
describe('the CLI report command', () => {
  let dir: string;
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds it first`);
    dir = mkdtempSync(join(tmpdir(), 'lexgap-cli-reports-'));
    expect(run(['seed']).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one jurisdiction's reports in each language and format asked, linked to each other", () => {
    const out = join(dir, 'one');
    const result = run(['report', 'ht', '--format', 'html,md,json', '--lang', 'fr,en', '--out', out, '--as-of', '2020-01-01']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^6 report file\\(s\\) written to ${out} in \\d+ ms\\n$`));
    expect(readdirSync(out).sort()).toEqual(['HT.en.html', 'HT.en.json', 'HT.en.md', 'HT.fr.html', 'HT.fr.json', 'HT.fr.md']);
    const html = readFileSync(join(out, 'HT.fr.html'), 'utf8');
    expect(html).toContain('<h1>Haïti</h1>');
    expect(html).toContain('href="HT.en.html"');
    expect(html).toContain('href="HT.fr.pdf"');
    const json = JSON.parse(readFileSync(join(out, 'HT.fr.json'), 'utf8'));
    expect(json).toMatchObject({ kind: 'country', lang: 'fr', asOf: '2020-01-01', jurisdiction: { code: 'HT', name: 'Haïti' } });
    expect(JSON.parse(readFileSync(join(out, 'HT.en.json'), 'utf8')).provenance.contentHash).toBe(json.provenance.contentHash);
  });

  it("writes a region's report and one per member", () => {
    const out = join(dir, 'oas');
    const result = run(['report', '--region', 'OAS', '--format', 'md', '--lang', 'es', '--out', out]);
    expect(result.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(36);
    expect(files).toContain('region-OAS.es.md');
    expect(readFileSync(join(out, 'region-OAS.es.md'), 'utf8')).toMatch(/^# Organización de los Estados Americanos\n/);
  });

  it('answers wrong usage with exit code 2 and a missing browser for PDFs with exit code 1, writing nothing', () => {
    expect(run(['report']).status).toBe(2);
    expect(run(['report', 'HT', '--all']).status).toBe(2);
    const format = run(['report', 'HT', '--format', 'docx']);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of html, md, pdf, json/);
    expect(run(['report', 'HT', '--lang', 'de']).status).toBe(2);
    const out = join(dir, 'none');
    const pdf = run(['report', 'HT', '--format', 'pdf', '--out', out], { LEXGAP_CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(pdf.status).toBe(1);
    expect(pdf.stderr).toContain('/nonexistent/chromium');
    expect(existsSync(out)).toBe(false);
    const unknown = run(['report', 'ZZ', '--out', out]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Jurisdiction "ZZ" was not found/);
  });
});
