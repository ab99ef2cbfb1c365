import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const MAIN = resolve('dist/apps/api/src/main.js');

function startProcess(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env } });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr, stdout });
    });
  });
}

describe('starting the API with bad configuration', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it first (npm run build)`);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://root@127.0.0.1/lexgap' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://127.0.0.1:1/lexgap' }, 'DATABASE_URL'],
    [{ PORT: 'http' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('%j stops with one line naming %s and exit code 1', async (env, variable) => {
    const { code, stderr, stdout } = await startProcess(env);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^lexgap: Invalid configuration: ${variable} `));
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
