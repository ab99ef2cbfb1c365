import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { types as pgTypes, defaults as pgDefaults } from 'pg';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import type { DatabaseTarget } from '../config/app-config';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Timestamps are stored as UTC in PostgreSQL's `timestamp` columns whatever the process time zone.
const PG_TIMESTAMP_OID = 1114;
pgTypes.setTypeParser(PG_TIMESTAMP_OID, (value: string) => new Date(`${value.replace(' ', 'T')}Z`));
pgDefaults.parseInputDatesAsUTC = true;

/* eslint-disable @typescript-eslint/no-unsafe-function-type */
export interface DataSourceParts {
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Only unit tests may let TypeORM build the schema; migrations own it everywhere else. */
  synchronize?: boolean;
  /** Statement logger hook (used by tests that count SQL statements). */
  logger?: DataSourceOptions['logger'];
  poolSize?: number;
}

export function buildDataSourceOptions(target: DatabaseTarget, parts: DataSourceParts): DataSourceOptions {
  const common = {
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: parts.synchronize ?? false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: parts.logger,
    logging: parts.logger ? ('all' as const) : false,
  };
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.path,
      enableWAL: target.path !== ':memory:',
      timeout: 10_000,
      // foreign_keys = ON is set by TypeORM's driver on every connection.
    };
  }
  return {
    ...common,
    type: 'postgres',
    url: target.url,
    poolSize: parts.poolSize ?? 10,
    connectTimeoutMS: 5_000,
    applicationName: 'lexgap',
  };
}

/** A password-free rendering of a database target for logs and error lines. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `SQLite file ${target.path}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}${url.pathname}`;
}
