import { Module } from '@nestjs/common';
import { JurisdictionLoaders } from './jurisdiction.loaders';
import { JurisdictionResolver } from './jurisdiction.resolver';
import { JurisdictionService } from './jurisdiction.service';
import { JurisdictionsReferenceData } from './seed/jurisdictions.reference-data';
import { SubdivisionsReferenceData } from './seed/subdivisions.reference-data';
import { TipTiersReferenceData } from './seed/tip-tiers.reference-data';
import { JurisdictionTipTierFieldsResolver } from './tip-tier.resolver';
import { TipTierService } from './tip-tier.service';
import { WriteRunner } from './writes/write-runner';

@Module({
  providers: [
    JurisdictionService,
    JurisdictionLoaders,
    JurisdictionResolver,
    JurisdictionsReferenceData,
    SubdivisionsReferenceData,
    WriteRunner,
    TipTierService,
    JurisdictionTipTierFieldsResolver,
    TipTiersReferenceData,
  ],
  exports: [JurisdictionService, JurisdictionLoaders, JurisdictionsReferenceData, SubdivisionsReferenceData, WriteRunner, TipTierService, TipTiersReferenceData],
})
export class JurisdictionsModule {}
