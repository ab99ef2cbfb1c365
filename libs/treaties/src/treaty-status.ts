import { treatyStatusAsOf } from '@lexgap/scoring-engine';
import { TreatyActionEntity } from './entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from './entities/treaty-status-observation.entity';
import { TreatyStatusModel } from './models/treaty.models';
import { catalogueTreaty } from './treaty-catalogue';
import { toActionModel, toObservationModel } from './treaty.mappers';

/**
 * A jurisdiction's status under one treaty on `asOf`, by the same rules the scoring engine uses
 * (so the API and the scorecards never disagree): before the treaty's adoption date (the stored
 * catalogue's, by default the code catalogue's) nothing applies and the status is UNKNOWN.
 */
export function statusOf(
  treaty: string,
  asOf: string,
  actions: TreatyActionEntity[],
  observations: TreatyStatusObservationEntity[],
  adoptedOn: string | null | undefined = catalogueTreaty(treaty)?.adoptedOn,
): TreatyStatusModel {
  const result = treatyStatusAsOf(
    treaty,
    asOf,
    actions.map((a) => ({ id: a.id, treaty: a.treatyCode, type: a.type, date: a.date, datePrecision: a.datePrecision, verified: a.verified, sourceUrl: a.sourceUrl ?? undefined })),
    observations.map((o) => ({ id: o.id, treaty: o.treatyCode, status: o.status, observedOn: o.observedOn, verified: o.verified, sourceUrl: o.sourceUrl ?? undefined })),
    adoptedOn ?? undefined,
  );
  const basisIds = new Set(result.basis.actionIds);
  const basis = actions.filter((a) => basisIds.has(a.id));
  const observation = observations.find((o) => o.id === result.basis.observationId) ?? null;
  return {
    treaty,
    asOf,
    status: result.status,
    since: result.since ?? null,
    datePrecision: result.datePrecision ?? null,
    basis: basis.map(toActionModel),
    observation: observation ? toObservationModel(observation) : null,
    verified: basis.every((a) => a.verified) && (observation?.verified ?? true),
  };
}
