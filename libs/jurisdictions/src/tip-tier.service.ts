import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { TipTierEntity } from './entities/tip-tier.entity';

/** Every tier of the given jurisdictions, by code then oldest first, in one statement. */
export async function findTipTiers(dataSource: DataSource, codes: readonly string[]): Promise<TipTierEntity[]> {
  if (codes.length === 0) return [];
  return dataSource.getRepository(TipTierEntity).find({ where: { jurisdictionCode: In([...new Set(codes)]) }, order: { jurisdictionCode: 'ASC', reportYear: 'ASC' } });
}

/** The US TIP Report tiers recorded for jurisdictions (comparator data, read only). */
@Injectable()
export class TipTierService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  forJurisdictions(codes: readonly string[]): Promise<TipTierEntity[]> {
    return findTipTiers(this.dataSource, codes);
  }
}
