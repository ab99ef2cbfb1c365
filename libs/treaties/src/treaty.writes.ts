import type { RecordKind } from '@lexgap/jurisdictions';
import { TreatyActionEntity } from './entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from './entities/treaty-status-observation.entity';

/** How the writers store treaty records (WriteContext.create and update). */
export const TREATY_ACTION_RECORD: RecordKind<TreatyActionEntity> = { target: TreatyActionEntity, entityType: 'TreatyAction', key: (a) => ({ id: a.id }) };
export const TREATY_OBSERVATION_RECORD: RecordKind<TreatyStatusObservationEntity> = { target: TreatyStatusObservationEntity, entityType: 'TreatyStatusObservation', key: (o) => ({ id: o.id }) };
