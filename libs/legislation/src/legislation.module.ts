import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { LegislationLoaders } from './legislation.loaders';
import { InstrumentResolver, JurisdictionLegislationFieldsResolver, ProvisionResolver } from './legislation.resolver';
import { LegislationService } from './legislation.service';
import { TipLawReadingsReferenceData } from './seed/tip-law-readings.reference-data';

@Module({
  imports: [JurisdictionsModule],
  providers: [LegislationService, LegislationLoaders, InstrumentResolver, ProvisionResolver, JurisdictionLegislationFieldsResolver, TipLawReadingsReferenceData],
  exports: [LegislationService, LegislationLoaders, TipLawReadingsReferenceData],
})
export class LegislationModule {}
