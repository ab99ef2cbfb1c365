import { TreatyActionEntity } from './treaty-action.entity';
import { TreatyStatusObservationEntity } from './treaty-status-observation.entity';
import { TreatyEntity } from './treaty.entity';

export * from './treaty-action.entity';
export * from './treaty-status-observation.entity';
export * from './treaty.entity';

export const TREATY_ENTITIES = [TreatyEntity, TreatyActionEntity, TreatyStatusObservationEntity];
