/** The database engines the suite runs its persistence tests on (LEXGAP_TEST_ENGINES, default both). */
export type TestEngine = 'sqlite' | 'postgres';

export function testEngines(): TestEngine[] {
  const raw = process.env.LEXGAP_TEST_ENGINES ?? 'sqlite,postgres';
  const engines = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const e of engines) {
    if (e !== 'sqlite' && e !== 'postgres') throw new Error(`LEXGAP_TEST_ENGINES: unknown engine "${e}" (sqlite, postgres)`);
  }
  return engines as TestEngine[];
}

/** Server used to create and drop one fresh database per test file. */
export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}
