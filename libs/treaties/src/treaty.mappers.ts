import { TreatyActionEntity } from './entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from './entities/treaty-status-observation.entity';
import { TreatyActionModel, TreatyStatusObservationModel } from './models/treaty.models';

export function toActionModel(a: TreatyActionEntity): TreatyActionModel {
  return {
    id: a.id,
    jurisdictionCode: a.jurisdictionCode,
    treaty: a.treatyCode,
    type: a.type,
    date: a.date,
    datePrecision: a.datePrecision,
    reservations: a.reservations,
    sourceUrl: a.sourceUrl,
    sourceCitation: a.sourceCitation,
    asOf: a.asOf,
    verified: a.verified,
    note: a.note,
    version: a.version,
  };
}

export function toObservationModel(o: TreatyStatusObservationEntity): TreatyStatusObservationModel {
  return {
    id: o.id,
    jurisdictionCode: o.jurisdictionCode,
    treaty: o.treatyCode,
    status: o.status,
    observedOn: o.observedOn,
    sourceUrl: o.sourceUrl,
    sourceCitation: o.sourceCitation,
    verified: o.verified,
    note: o.note,
    version: o.version,
  };
}
