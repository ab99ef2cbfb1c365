import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule, DatabaseModule, SeedService } from '@lexgap/platform';
import { DOMAIN_MODULES } from '@lexgap/composition';
import { DataSource } from 'typeorm';

/** The operator's application: the domain services without the HTTP server. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forDataSource(dataSource), ...DOMAIN_MODULES],
      providers: [SeedService],
    };
  }
}
