import { AssessmentEntity } from './assessment.entity';

export * from './assessment.entity';
export * from './assessment.module';
export * from './assessment.service';
export * from './assessment.rules';
export * from './assessment.writes';

export const ASSESSMENT_ENTITIES = [AssessmentEntity];
