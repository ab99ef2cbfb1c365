import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { LegislationModule } from '@lexgap/legislation';
import { RubricModule } from '@lexgap/rubric';
import { ScoringModule } from '@lexgap/scoring';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { RawUploadMiddleware } from './http/raw-upload.middleware';
import { ImportController } from './import/import.controller';
import { ImportResolver } from './import/import.resolver';
import { ImportService } from './import/import.service';

/**
 * Spreadsheet import (CSV, XLSX) of the corpus and of assessments, and export of scorecards,
 * rankings and assessments: GraphQL `importData`, HTTP /imports and /exports, and the services the
 * CLI's import and export commands use.
 */
@Module({
  imports: [JurisdictionsModule, LegislationModule, RubricModule, ScoringModule],
  controllers: [ImportController, ExportController],
  providers: [ImportService, ImportResolver, ExportService],
  exports: [ImportService, ExportService],
})
export class ExchangeModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The raw body (up to 20 MB) is read on the upload route only; the rest of the API keeps BODY_LIMIT_BYTES.
    consumer.apply(RawUploadMiddleware).forRoutes({ path: 'imports/:kind', method: RequestMethod.POST });
  }
}
