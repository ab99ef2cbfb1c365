import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { LegislationLoaders } from './legislation.loaders';
import { InstrumentResolver, JurisdictionLegislationFieldsResolver, ProvisionResolver } from './legislation.resolver';
import { LegislationService } from './legislation.service';

@Module({
  imports: [JurisdictionsModule],
  providers: [LegislationService, LegislationLoaders, InstrumentResolver, ProvisionResolver, JurisdictionLegislationFieldsResolver],
  exports: [LegislationService, LegislationLoaders],
})
export class LegislationModule {}
