import { JurisdictionEntity } from './jurisdiction.entity';
import { RegionMembershipEntity } from './region-membership.entity';
import { RegionEntity } from './region.entity';
import { TipTierEntity } from './tip-tier.entity';

export * from './jurisdiction.entity';
export * from './region-membership.entity';
export * from './region.entity';
export * from './tip-tier.entity';

export const JURISDICTION_ENTITIES = [JurisdictionEntity, RegionEntity, RegionMembershipEntity, TipTierEntity];
