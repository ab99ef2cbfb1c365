import { Client } from 'pg';
import { postgresAdminUrl, testEngines } from './test-engines';

/**
 * Says which engines the persistence tests run on, and fails the whole run at once when
 * PostgreSQL is wanted but unreachable (rather than every suite timing out on its own).
 */
export default async function globalSetup(): Promise<void> {
  const engines = testEngines();
  const lines = [];
  if (engines.includes('sqlite')) lines.push('SQLite (better-sqlite3, a fresh temporary file per suite)');
  if (engines.includes('postgres')) {
    const url = postgresAdminUrl();
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
      lines.push(`PostgreSQL ${rows[0].server_version} at ${new URL(url).host} (a fresh database per suite, dropped afterwards)`);
    } catch (error) {
      throw new Error(`PostgreSQL tests need a server at ${url} (TEST_POSTGRES_URL): ${(error as Error).message}. ` + 'Start it, or run only SQLite with LEXGAP_TEST_ENGINES=sqlite.');
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  process.stdout.write(`\nDatabase tests run against: ${lines.join('; ')}\n`);
}
