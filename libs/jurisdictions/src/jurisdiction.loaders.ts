import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loaderFor, RequestContext } from '@lexgap/platform';
import { DataSource, In } from 'typeorm';
import { JurisdictionEntity } from './entities/jurisdiction.entity';
import { RegionMembershipEntity } from './entities/region-membership.entity';
import { RegionEntity, RegionKind } from './entities/region.entity';
import { TipTierEntity } from './entities/tip-tier.entity';
import { findTipTiers } from './tip-tier.service';

export type MembershipWithKind = RegionMembershipEntity & { kind: RegionKind };

/** Batch loaders for the jurisdiction graph: one SQL statement per kind of lookup per request. */
@Injectable()
export class JurisdictionLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  byCode(ctx: RequestContext) {
    return loaderFor<string, JurisdictionEntity | null>(ctx, 'jurisdiction.byCode', async (codes) => {
      const rows = await this.dataSource.getRepository(JurisdictionEntity).findBy({ code: In([...codes]) });
      const byCode = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => byCode.get(c) ?? null);
    });
  }

  subdivisions(ctx: RequestContext) {
    return loaderFor<string, JurisdictionEntity[]>(ctx, 'jurisdiction.subdivisions', async (codes) => {
      const rows = await this.dataSource.getRepository(JurisdictionEntity).find({ where: { parentCode: In([...codes]) }, order: { code: 'ASC' } });
      return codes.map((c) => rows.filter((r) => r.parentCode === c));
    });
  }

  memberships(ctx: RequestContext) {
    return loaderFor<string, MembershipWithKind[]>(ctx, 'jurisdiction.memberships', async (codes) => {
      const rows = await this.dataSource
        .createQueryBuilder(RegionMembershipEntity, 'm')
        .innerJoin(RegionEntity, 'r', 'r.code = m.region_code')
        .addSelect('r.kind', 'region_kind')
        .where('m.jurisdiction_code IN (:...codes)', { codes: [...codes] })
        .orderBy('m.region_code', 'ASC')
        .getRawAndEntities();
      const withKind: MembershipWithKind[] = rows.entities.map((m, i) => Object.assign(m, { kind: rows.raw[i].region_kind as RegionKind }));
      return codes.map((c) => withKind.filter((m) => m.jurisdictionCode === c));
    });
  }

  /** US TIP Report tiers, each jurisdiction's oldest first. */
  tipTiers(ctx: RequestContext) {
    return loaderFor<string, TipTierEntity[]>(ctx, 'jurisdiction.tipTiers', async (codes) => {
      const rows = await findTipTiers(this.dataSource, codes);
      return codes.map((c) => rows.filter((r) => r.jurisdictionCode === c));
    });
  }
}
