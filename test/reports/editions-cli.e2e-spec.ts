import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cliOnSqlite } from '../support/cli';

/** `lexgap report:publish` on SQLite (the service behind it is tested on both engines in editions.e2e-spec.ts). */
describe('the CLI report:publish command', () => {
  const cli = cliOnSqlite('lexgap-cli-editions-');
  const run = cli.run;
  beforeAll(() => cli.start());
  afterAll(() => cli.stop());

  it('publishes an edition per language and prints its hash and addresses; again, it finds the same edition', () => {
    const first = run(['report:publish', 'gt', '--lang', 'es,en', '--as-of', '2025-06-30'], { LEXGAP_CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const hash = /^published GT es as of 2025-06-30: edition ([0-9a-f]{64})$/m.exec(first.stdout)![1];
    expect(first.stdout).toContain(`published GT en as of 2025-06-30: edition ${hash}\n`);
    expect(first.stdout).toContain(`  html /reports/editions/${hash}.es.html\n`);
    expect(first.stdout).toContain(`  json /reports/editions/${hash}.en.json\n`);
    expect(first.stdout).toContain('  no PDF: PDF reports need a Chromium browser, and none is at /nonexistent/chromium');
    expect(first.stdout).not.toContain('.pdf\n');

    const again = run(['report:publish', 'GT', '--lang', 'es', '--as-of', '2025-06-30']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^already published GT es as of 2025-06-30: edition ${hash}\\n`));

    const db = new Database(join(cli.dir(), 'cli.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT lang, published_by FROM report_edition ORDER BY lang').all()).toEqual([
        { lang: 'en', published_by: 'cli:operator' },
        { lang: 'es', published_by: 'cli:operator' },
      ]);
      expect(db.prepare("SELECT COUNT(*) AS n FROM audit_event WHERE operation = 'publishReport' AND actor_id = 'cli:operator'").get()).toEqual({ n: 2 });
    } finally {
      db.close();
    }
  });

  it('answers wrong usage with exit code 2 and an unknown jurisdiction with exit code 1', () => {
    expect(run(['report:publish']).status).toBe(2);
    expect(run(['report:publish', 'GT', '--region', 'OAS']).status).toBe(2);
    const lang = run(['report:publish', 'GT', '--lang', 'de']);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('--lang must be one of en, es, pt, fr');
    const unknown = run(['report:publish', 'ZZ']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Jurisdiction "ZZ" was not found/);
  });
});
