import { AssessmentEntity } from './assessment.entity';

export * from './assessment.entity';
export * from './assessment.module';
export * from './assessment.service';

export const ASSESSMENT_ENTITIES = [AssessmentEntity];
