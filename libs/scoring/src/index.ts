import { ScorecardSnapshotEntity } from './entities/scorecard-snapshot.entity';

export * from './entities/scorecard-snapshot.entity';
export * from './evidence.repository';
export * from './models/scorecard.models';
export * from './scorecard.mapper';
export * from './scorecard.service';
export * from './scoring.module';

export const SCORING_ENTITIES = [ScorecardSnapshotEntity];
export * from './explanation-localizer';
