import { Injectable } from '@nestjs/common';
import { loaderFor, RequestContext } from '@lexgap/platform';
import { InstrumentVersionEntity } from './entities/instrument-version.entity';
import { InstrumentEntity } from './entities/instrument.entity';
import { LegalFactSetEntity } from './entities/legal-fact-set.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { LegislationService } from './legislation.service';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** One SQL statement per level of the legislation tree per request, whatever the number of parents. */
@Injectable()
export class LegislationLoaders {
  constructor(private readonly legislation: LegislationService) {}

  instruments(ctx: RequestContext) {
    return loaderFor<string, InstrumentEntity[]>(ctx, 'legislation.instruments', async (codes) => groupBy(codes, await this.legislation.instrumentsFor(codes), (r) => r.jurisdictionCode));
  }

  versions(ctx: RequestContext) {
    return loaderFor<string, InstrumentVersionEntity[]>(ctx, 'legislation.versions', async (ids) => groupBy(ids, await this.legislation.versionsFor(ids), (r) => r.instrumentId));
  }

  provisions(ctx: RequestContext) {
    return loaderFor<string, ProvisionEntity[]>(ctx, 'legislation.provisions', async (ids) => groupBy(ids, await this.legislation.provisionsFor(ids), (r) => r.instrumentId));
  }

  facts(ctx: RequestContext) {
    return loaderFor<string, LegalFactSetEntity | null>(ctx, 'legislation.facts', async (ids) => {
      const rows = new Map((await this.legislation.factsFor(ids)).map((r) => [r.provisionId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  provisionById(ctx: RequestContext) {
    return loaderFor<string, ProvisionEntity | null>(ctx, 'legislation.provisionById', async (ids) => {
      const rows = new Map((await this.legislation.provisionsByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  instrumentById(ctx: RequestContext) {
    return loaderFor<string, InstrumentEntity | null>(ctx, 'legislation.instrumentById', async (ids) => {
      const rows = new Map((await this.legislation.instrumentsByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }
}
