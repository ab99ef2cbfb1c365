import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@lexgap/platform';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ApiKeyService } from '@lexgap/auth';
import { seedReferenceData } from '@lexgap/composition';

/**
 * Builds the HTTP application on an opened, migrated database and loads any reference data the
 * database lacks. Used by `main.ts` and by the end-to-end tests, so both serve the same thing.
 */
export async function createApiApp(config: AppConfig, dataSource: DataSource): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: config.bodyLimitBytes });
  app.useBodyParser('urlencoded', { limit: config.bodyLimitBytes, extended: false });
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  await seedReferenceData(app);
  await app.get(ApiKeyService).ensureBootstrapKey(config.adminApiKey);
  return app;
}
