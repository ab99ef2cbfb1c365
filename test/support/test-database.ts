import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseTarget } from '@lexgap/platform';
import { postgresAdminUrl, TestEngine } from './test-engines';

/** A database of its own for one test file: created empty, removed by `drop()`. */
export interface TestDatabase {
  engine: TestEngine;
  target: DatabaseTarget;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lexgap-test-'));
    const path = join(dir, 'test.sqlite');
    return {
      engine,
      target: { kind: 'sqlite', path },
      url: `sqlite:${path}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = postgresAdminUrl();
  const name = `lexgap_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    engine,
    target: { kind: 'postgres', url: url.toString() },
    url: url.toString(),
    drop: () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
