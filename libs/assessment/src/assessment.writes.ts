import type { RecordKind } from '@lexgap/jurisdictions';
import { AssessmentEntity } from './assessment.entity';

/** How the writers store an assessment (WriteContext.create and update). */
export const ASSESSMENT_RECORD: RecordKind<AssessmentEntity> = { target: AssessmentEntity, entityType: 'Assessment', key: (a) => ({ id: a.id }) };
