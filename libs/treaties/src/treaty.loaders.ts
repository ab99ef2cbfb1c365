import { Injectable } from '@nestjs/common';
import { loaderFor, RequestContext } from '@lexgap/platform';
import { TreatyActionEntity } from './entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from './entities/treaty-status-observation.entity';
import { TreatyEntity } from './entities/treaty.entity';
import { BadUserInputError } from '@lexgap/platform';
import { TreatyService } from './treaty.service';

/** Treaty actions and observations of many jurisdictions, one statement each per request. */
@Injectable()
export class TreatyLoaders {
  constructor(private readonly treaties: TreatyService) {}

  actions(ctx: RequestContext) {
    return loaderFor<string, TreatyActionEntity[]>(ctx, 'treaty.actions', async (codes) => {
      const rows = await this.treaties.actionsFor(codes);
      return codes.map((c) => rows.filter((r) => r.jurisdictionCode === c));
    });
  }

  observations(ctx: RequestContext) {
    return loaderFor<string, TreatyStatusObservationEntity[]>(ctx, 'treaty.observations', async (codes) => {
      const rows = await this.treaties.observationsFor(codes);
      return codes.map((c) => rows.filter((r) => r.jurisdictionCode === c));
    });
  }

  /** The treaty a code names, from one catalogue read per request; BAD_USER_INPUT otherwise. */
  async treaty(ctx: RequestContext, code: string, field: string): Promise<TreatyEntity> {
    const catalogue = await loaderFor<'all', TreatyEntity[]>(ctx, 'treaty.catalogue', async (keys) => {
      const all = await this.treaties.listTreaties();
      return keys.map(() => all);
    }).load('all');
    const found = catalogue.find((t) => t.code === code.trim().toUpperCase());
    if (!found) throw BadUserInputError.field(field, `names no known treaty (${JSON.stringify(code)}); known: ${catalogue.map((t) => t.code).join(', ')}`);
    return found;
  }

  actionById(ctx: RequestContext) {
    return loaderFor<string, TreatyActionEntity | null>(ctx, 'treaty.actionById', async (ids) => {
      const rows = new Map((await this.treaties.actionsByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  observationById(ctx: RequestContext) {
    return loaderFor<string, TreatyStatusObservationEntity | null>(ctx, 'treaty.observationById', async (ids) => {
      const rows = new Map((await this.treaties.observationsByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }
}
