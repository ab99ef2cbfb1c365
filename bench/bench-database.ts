import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { openDatabase, seedReferenceData } from '@lexgap/composition';
import { loadConfig } from '@lexgap/platform';
import { CliModule } from '../apps/cli/src/cli.module';
import { createTestDatabase, TestDatabase } from '../test/support/test-database';
import { TestEngine } from '../test/support/test-engines';

export interface BenchDatabase {
  app: INestApplicationContext;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A fresh, migrated and seeded database of the engine, with the domain services around it. */
export async function openBenchDatabase(engine: TestEngine): Promise<BenchDatabase> {
  const database = await createTestDatabase(engine);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url });
  const dataSource = await openDatabase(config);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, dataSource), { logger: false });
  await seedReferenceData(app);
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
