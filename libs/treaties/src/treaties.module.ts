import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { IloRatifications2026ReferenceData } from './seed/ilo-ratifications-2026.reference-data';
import { TreatiesReferenceData } from './seed/treaties.reference-data';
import { TreatyLoaders } from './treaty.loaders';
import { JurisdictionTreatyFieldsResolver, TreatyResolver } from './treaty.resolver';
import { TreatyService } from './treaty.service';

@Module({
  imports: [JurisdictionsModule],
  providers: [TreatyService, TreatyLoaders, TreatyResolver, JurisdictionTreatyFieldsResolver, TreatiesReferenceData, IloRatifications2026ReferenceData],
  exports: [TreatyService, TreatyLoaders, TreatiesReferenceData, IloRatifications2026ReferenceData],
})
export class TreatiesModule {}
