import { AppConfig, buildDataSourceOptions, ConfigError, describeDatabaseTarget, DatabaseTarget } from '@lexgap/platform';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from './entities';

export interface OpenDatabaseOptions {
  logger?: TypeOrmLogger;
  poolSize?: number;
}

export function createDataSource(target: DatabaseTarget, options: OpenDatabaseOptions = {}): DataSource {
  return new DataSource(buildDataSourceOptions(target, { entities: ENTITIES, migrations: MIGRATIONS, logger: options.logger, poolSize: options.poolSize }));
}

/** Connection failures become a ConfigError-like single line naming DATABASE_URL. */
export class DatabaseUnavailableError extends ConfigError {
  constructor(target: DatabaseTarget, cause: unknown) {
    const reason = cause instanceof Error ? cause.message || cause.name : String(cause);
    super('DATABASE_URL', `points to ${describeDatabaseTarget(target)}, which cannot be opened: ${reason.split('\n')[0]}`);
  }
}

/** Connects to the database without touching its schema. */
export async function connectDatabase(config: Pick<AppConfig, 'database'>, options: OpenDatabaseOptions = {}): Promise<DataSource> {
  const dataSource = createDataSource(config.database, options);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseUnavailableError(config.database, aggregateCause(error));
  }
  return dataSource;
}

/** Connects and applies every pending migration, each in its own transaction. */
export async function openDatabase(config: Pick<AppConfig, 'database'>, options: OpenDatabaseOptions = {}): Promise<DataSource> {
  const dataSource = await connectDatabase(config, options);
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

function aggregateCause(error: unknown): unknown {
  // pg reports "connection refused" on every address of a host as an AggregateError with no message.
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors[0];
  return error;
}
