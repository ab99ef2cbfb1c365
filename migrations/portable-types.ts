import { QueryRunner } from 'typeorm';

/**
 * Column types that mean the same on SQLite and PostgreSQL, so one migration serves both.
 * They match what TypeORM maps entity properties to on each driver. Timestamps get no database
 * default: the application sets them, so both engines store the same instant.
 */
export function portableTypes(queryRunner: QueryRunner) {
  const pg = queryRunner.connection.options.type === 'postgres';
  return {
    pg,
    /** An instant, stored in UTC. */
    timestamp: pg ? 'timestamp' : 'datetime',
    /** A calendar date (YYYY-MM-DD). */
    date: 'date',
    json: 'json',
    uuid: 'varchar',
  } as const;
}
