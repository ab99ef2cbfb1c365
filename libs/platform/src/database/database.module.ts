import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionRunner } from './transaction-runner';

/**
 * Hands Nest an already initialised and migrated DataSource: the entry points open the database
 * themselves so that a bad DATABASE_URL or an unreachable server ends the process with one line.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
      ],
      providers: [{ provide: TransactionRunner, useValue: new TransactionRunner(dataSource) }],
      exports: [TransactionRunner],
    };
  }
}
