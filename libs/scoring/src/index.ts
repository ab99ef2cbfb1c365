import { ScorecardSnapshotEntity } from './entities/scorecard-snapshot.entity';

export * from './entities/scorecard-snapshot.entity';
export * from './evidence.repository';
export * from './models/scorecard.models';
export * from './models/law-comparison.models';
export * from './law-comparison.service';
export * from './scorecard.mapper';
export * from './projection.service';
export * from './scorecard.service';
export * from './scoring.module';

export const SCORING_ENTITIES = [ScorecardSnapshotEntity];
export * from './explanation-localizer';
