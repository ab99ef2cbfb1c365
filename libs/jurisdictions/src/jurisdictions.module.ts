import { Module } from '@nestjs/common';
import { JurisdictionLoaders } from './jurisdiction.loaders';
import { JurisdictionResolver } from './jurisdiction.resolver';
import { JurisdictionService } from './jurisdiction.service';
import { JurisdictionsReferenceData } from './seed/jurisdictions.reference-data';
import { WriteRunner } from './writes/write-runner';

@Module({
  providers: [JurisdictionService, JurisdictionLoaders, JurisdictionResolver, JurisdictionsReferenceData, WriteRunner],
  exports: [JurisdictionService, JurisdictionLoaders, JurisdictionsReferenceData, WriteRunner],
})
export class JurisdictionsModule {}
