import { Module } from '@nestjs/common';
import { JurisdictionLoaders } from './jurisdiction.loaders';
import { JurisdictionResolver } from './jurisdiction.resolver';
import { JurisdictionService } from './jurisdiction.service';
import { JurisdictionsReferenceData } from './seed/jurisdictions.reference-data';

@Module({
  providers: [JurisdictionService, JurisdictionLoaders, JurisdictionResolver, JurisdictionsReferenceData],
  exports: [JurisdictionService, JurisdictionLoaders, JurisdictionsReferenceData],
})
export class JurisdictionsModule {}
