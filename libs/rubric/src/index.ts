import { RubricVersionEntity } from './entities/rubric-version.entity';

export * from './entities/rubric-version.entity';
export * from './models/rubric.models';
export * from './rubric-files';
export * from './rubric.mapper';
export * from './rubric.module';
export * from './rubric.service';
export * from './rubrics.reference-data';

export const RUBRIC_ENTITIES = [RubricVersionEntity];
