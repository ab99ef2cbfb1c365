import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { ReferenceDataSet } from './reference-data-set';
import { SeedRunEntity } from './seed-run.entity';

export interface SeedOutcome {
  name: string;
  status: 'loaded' | 'present';
  records: number;
}

export const REFERENCE_DATA_SETS = Symbol('REFERENCE_DATA_SETS');

/** Loads each shipped data set that this database has not had yet, dependencies first. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async seed(sets: readonly ReferenceDataSet[]): Promise<SeedOutcome[]> {
    const outcomes: SeedOutcome[] = [];
    const done = new Set((await this.dataSource.getRepository(SeedRunEntity).find()).map((run) => run.name));
    for (const set of orderByDependencies(sets)) {
      if (done.has(set.name)) {
        outcomes.push({ name: set.name, status: 'present', records: 0 });
        continue;
      }
      const records = await this.transactions.run(async (manager) => {
        const count = await set.load(manager);
        await manager.insert(SeedRunEntity, { name: set.name, contentHash: set.contentHash(), records: count, appliedAt: new Date() });
        return count;
      });
      this.logger.log(`Loaded reference data "${set.name}" (${records} records)`);
      outcomes.push({ name: set.name, status: 'loaded', records });
    }
    return outcomes;
  }
}

export function orderByDependencies(sets: readonly ReferenceDataSet[]): ReferenceDataSet[] {
  const byName = new Map(sets.map((s) => [s.name, s]));
  const ordered: ReferenceDataSet[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (set: ReferenceDataSet, trail: string[]) => {
    const seen = state.get(set.name);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`Reference data sets depend on each other in a cycle: ${[...trail, set.name].join(' -> ')}`);
    state.set(set.name, 'visiting');
    for (const dep of set.dependsOn ?? []) {
      const target = byName.get(dep);
      if (!target) throw new Error(`Reference data set "${set.name}" depends on unknown "${dep}"`);
      visit(target, [...trail, set.name]);
    }
    state.set(set.name, 'done');
    ordered.push(set);
  };
  sets.forEach((s) => visit(s, []));
  return ordered;
}
