import { Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { LegislationModule } from '@lexgap/legislation';
import { RubricModule } from '@lexgap/rubric';
import { TreatiesModule } from '@lexgap/treaties';
import { EvidenceRepository } from './evidence.repository';
import { LawComparisonResolver } from './law-comparison.resolver';
import { LawComparisonService } from './law-comparison.service';
import { CriterionResultResolver, ScorecardResolver } from './scorecard.resolver';
import { ScorecardService } from './scorecard.service';
import { ProjectionService } from './projection.service';

@Module({
  imports: [JurisdictionsModule, TreatiesModule, LegislationModule, RubricModule],
  providers: [EvidenceRepository, ScorecardService, ScorecardResolver, CriterionResultResolver, LawComparisonService, LawComparisonResolver, ProjectionService],
  exports: [ScorecardService, EvidenceRepository, LawComparisonService, ProjectionService],
})
export class ScoringModule {}
