import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { LegislationModule } from '@lexgap/legislation';
import { RubricModule } from '@lexgap/rubric';
import { TreatiesModule } from '@lexgap/treaties';
import { EvidenceRepository } from './evidence.repository';
import { CriterionResultResolver, ScorecardResolver } from './scorecard.resolver';
import { ScorecardService } from './scorecard.service';

@Module({
  imports: [JurisdictionsModule, TreatiesModule, LegislationModule, RubricModule],
  providers: [EvidenceRepository, ScorecardService, ScorecardResolver, CriterionResultResolver],
  exports: [ScorecardService, EvidenceRepository],
})
export class ScoringModule {}
