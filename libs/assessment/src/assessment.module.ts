import { Global, Module } from '@nestjs/common';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { RubricModule } from '@lexgap/rubric';
import { ExpertResultSource } from '@lexgap/scoring';
import { AssessmentExpertResults } from './assessment-expert-results';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

/** Global so that the scoring module finds the ExpertResultSource it optionally depends on. */
@Global()
@Module({
  imports: [JurisdictionsModule, RubricModule],
  providers: [AssessmentService, AssessmentResolver, { provide: ExpertResultSource, useClass: AssessmentExpertResults }],
  exports: [AssessmentService, ExpertResultSource],
})
export class AssessmentModule {}
