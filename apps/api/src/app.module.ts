import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AppConfig, ConfigModule, createValidationPipe, DatabaseModule, LexgapGraphQLModule, LoggingModule, SeedService, TextRulePipe } from '@lexgap/platform';
import { DOMAIN_MODULES } from '@lexgap/composition';
import { DataSource } from 'typeorm';
import { HealthModule } from './health/health.module';
import { SystemResolver } from './system.resolver';

/** The served API: every domain module, behind one GraphQL endpoint. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(config), DatabaseModule.forDataSource(dataSource), LexgapGraphQLModule.forRoot(config), HealthModule, ...DOMAIN_MODULES],
      providers: [{ provide: APP_PIPE, useClass: TextRulePipe }, { provide: APP_PIPE, useFactory: createValidationPipe }, SeedService, SystemResolver],
    };
  }
}
