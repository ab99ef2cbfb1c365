import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { TreatiesReferenceData } from './seed/treaties.reference-data';
import { TreatyLoaders } from './treaty.loaders';
import { JurisdictionTreatyFieldsResolver, TreatyResolver } from './treaty.resolver';
import { TreatyService } from './treaty.service';

@Module({
  imports: [JurisdictionsModule],
  providers: [TreatyService, TreatyLoaders, TreatyResolver, JurisdictionTreatyFieldsResolver, TreatiesReferenceData],
  exports: [TreatyService, TreatyLoaders, TreatiesReferenceData],
})
export class TreatiesModule {}
