import { ASSESSMENT_ENTITIES } from '@lexgap/assessment';
import { DISCUSSION_ENTITIES } from '@lexgap/discussion';
import { AUDIT_ENTITIES } from '@lexgap/audit';
import { AUTH_ENTITIES } from '@lexgap/auth';
import { JURISDICTION_ENTITIES } from '@lexgap/jurisdictions';
import { LEGISLATION_ENTITIES } from '@lexgap/legislation';
import { REPORT_ENTITIES } from '@lexgap/reports';
import { SeedRunEntity } from '@lexgap/platform';
import { RUBRIC_ENTITIES } from '@lexgap/rubric';
import { SCORING_ENTITIES } from '@lexgap/scoring';
import { TREATY_ENTITIES } from '@lexgap/treaties';

/** Every TypeORM entity of lexgap. Each domain library exports its own list. */
export const ENTITIES = [
  SeedRunEntity,
  ...AUDIT_ENTITIES,
  ...JURISDICTION_ENTITIES,
  ...TREATY_ENTITIES,
  ...LEGISLATION_ENTITIES,
  ...RUBRIC_ENTITIES,
  ...SCORING_ENTITIES,
  ...AUTH_ENTITIES,
  ...ASSESSMENT_ENTITIES,
  ...DISCUSSION_ENTITIES,
  ...REPORT_ENTITIES,
];
