import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built CLI (`npm test` builds it before the suites run). */
export const CLI = resolve('dist/apps/cli/src/main.js');

/**
 * A CLI on a SQLite database of its own in a temporary folder: `start()` creates the folder and
 * seeds the database, `run()` calls the CLI with a clean environment, `stop()` removes it all.
 */
export function cliOnSqlite(prefix: string) {
  let dir = '';
  const run = (args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> =>
    spawnSync(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
  return {
    run,
    /** The folder the database is in (output folders go below it). */
    dir: () => dir,
    start(): void {
      if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds it first`);
      dir = mkdtempSync(join(tmpdir(), prefix));
      const seeded = run(['seed']);
      if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    },
    stop: (): void => rmSync(dir, { recursive: true, force: true }),
  };
}
