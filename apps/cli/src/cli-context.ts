import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@lexgap/platform';
import { connectDatabase, openDatabase } from '@lexgap/composition';
import { DataSource } from 'typeorm';
import { CliModule } from './cli.module';

/** Opens the database (migrating it) and builds the operator's application around it. */
export async function withCliApp<T>(config: AppConfig, work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const dataSource = await openDatabase(config);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, dataSource), { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** Connects without running migrations (for the migration commands themselves). */
export async function withDataSource<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await connectDatabase(config);
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
