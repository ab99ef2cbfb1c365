import { Foundation1763856000000 } from './1763856000000-foundation';
import { LegalCorpus1763942400000 } from './1763942400000-legal-corpus';
import { Scoring1764028800000 } from './1764028800000-scoring';
import { AssessmentsAndKeys1764115200000 } from './1764115200000-assessments-and-keys';
import { EvidenceSources1764201600000 } from './1764201600000-evidence-sources';
import { TreatyAdoption1764288000000 } from './1764288000000-treaty-adoption';
import { TipTiers1764374400000 } from './1764374400000-tip-tiers';
import { AssessmentUniqueness1764547200000 } from './1764547200000-assessment-uniqueness';
import { SecondaryReadings1764633600000 } from './1764633600000-secondary-readings';
import { SourceFindings1764720000000 } from './1764720000000-source-findings';
import { ReportEditions1764806400000 } from './1764806400000-report-editions';
import { NaturalKeyConstraints1764892800000 } from './1764892800000-natural-key-constraints';
import { LayeredLaw1764979200000 } from './1764979200000-layered-law';
import { ExpertWorkbench1765065600000 } from './1765065600000-expert-workbench';

/** Every migration, oldest first. Both SQLite and PostgreSQL run exactly this list. */
export const MIGRATIONS = [
  Foundation1763856000000,
  LegalCorpus1763942400000,
  Scoring1764028800000,
  AssessmentsAndKeys1764115200000,
  EvidenceSources1764201600000,
  TreatyAdoption1764288000000,
  TipTiers1764374400000,
  AssessmentUniqueness1764547200000,
  SecondaryReadings1764633600000,
  SourceFindings1764720000000,
  ReportEditions1764806400000,
  NaturalKeyConstraints1764892800000,
  LayeredLaw1764979200000,
  ExpertWorkbench1765065600000,
];
