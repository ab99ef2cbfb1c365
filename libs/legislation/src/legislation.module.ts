import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { AmendmentService } from './amendment.service';
import { FactReviewService } from './fact-review.service';
import { LegislationLoaders } from './legislation.loaders';
import { InstrumentResolver, JurisdictionLegislationFieldsResolver, ProvisionResolver } from './legislation.resolver';
import { LegislationService } from './legislation.service';
import { ProvisionDiffResolver } from './provision-diff.resolver';
import { TipLawReadingsReferenceData } from './seed/tip-law-readings.reference-data';

@Module({
  imports: [JurisdictionsModule],
  providers: [
    LegislationService,
    AmendmentService,
    FactReviewService,
    LegislationLoaders,
    InstrumentResolver,
    ProvisionResolver,
    ProvisionDiffResolver,
    JurisdictionLegislationFieldsResolver,
    TipLawReadingsReferenceData,
  ],
  exports: [LegislationService, LegislationLoaders, TipLawReadingsReferenceData],
})
export class LegislationModule {}
