import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '@lexgap/platform';
import { openDatabase } from '@lexgap/composition';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../app.module';

export const SCHEMA_HEADER = '# lexgap GraphQL schema. Generated from the code by `npm run schema:generate`; do not edit by hand.\n' + '# A test fails when this file and the code disagree.\n\n';

/** The API's schema as SDL, built from the code-first resolvers exactly as the server builds it. */
export async function renderSchema(): Promise<string> {
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database: { kind: 'sqlite' as const, path: ':memory:' } };
  const dataSource = await openDatabase(config);
  const app = await NestFactory.create(AppModule.forRoot(config, dataSource), { logger: false });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
