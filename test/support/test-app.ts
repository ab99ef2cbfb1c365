import { INestApplication } from '@nestjs/common';
import { AppConfig, loadConfig } from '@lexgap/platform';
import { openDatabase } from '@lexgap/composition';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { StatementCounter } from './statement-counter';
import { createTestDatabase, TestDatabase } from './test-database';
import { TestEngine } from './test-engines';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  database: TestDatabase;
  config: AppConfig;
  /** POSTs a GraphQL operation and returns the parsed body. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLBody<T>>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

/** The real API (migrated, seeded) on a fresh database of the given engine. */
/** The admin key every test app accepts (LEXGAP_ADMIN_API_KEY). */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';
export const ADMIN = { authorization: `Bearer ${TEST_ADMIN_KEY}` };

export async function startTestApp(engine: TestEngine, env: Record<string, string> = {}, counter?: StatementCounter): Promise<TestApp> {
  const database = await createTestDatabase(engine);
  const dataSource = await openDatabase(testConfig(database, env), { logger: counter });
  return apiOn(database, dataSource, env);
}

function testConfig(database: TestDatabase, env: Record<string, string>): AppConfig {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url, LEXGAP_ADMIN_API_KEY: TEST_ADMIN_KEY, ...env });
}

/** The real API on a database of the tests that is already open (fresh, or restored from a bundle); close() drops it. */
export async function apiOn(database: TestDatabase, dataSource: DataSource, env: Record<string, string> = {}): Promise<TestApp> {
  const config = testConfig(database, env);
  const app = await createApiApp(config, dataSource);
  await app.init();
  return {
    app,
    dataSource,
    database,
    config,
    async graphql(query, variables, headers = {}) {
      const res = await request(app.getHttpServer())
        .post('/graphql')
        .set({ 'content-type': 'application/json', ...headers })
        .send({ query, variables });
      return res.body;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
