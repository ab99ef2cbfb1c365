import { Type } from '@nestjs/common';
import { AssessmentModule } from '@lexgap/assessment';
import { AuditModule } from '@lexgap/audit';
import { AuthModule } from '@lexgap/auth';
import { DiscussionModule } from '@lexgap/discussion';
import { ExchangeModule } from '@lexgap/exchange';
import { JurisdictionsModule } from '@lexgap/jurisdictions';
import { LegislationModule } from '@lexgap/legislation';
import { ReportsModule } from '@lexgap/reports';
import { RubricModule } from '@lexgap/rubric';
import { ScoringModule } from '@lexgap/scoring';
import { TreatiesModule } from '@lexgap/treaties';

/**
 * The domain modules of lexgap, in the order they build on each other. Both the API and the CLI
 * import exactly these, so a service behaves the same whichever entry point calls it.
 */
export const DOMAIN_MODULES: Type[] = [
  AuditModule,
  AuthModule,
  JurisdictionsModule,
  TreatiesModule,
  LegislationModule,
  RubricModule,
  ScoringModule,
  AssessmentModule,
  DiscussionModule,
  ExchangeModule,
  ReportsModule,
];
