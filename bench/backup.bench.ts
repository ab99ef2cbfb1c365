import { BackupService, canonicalJsonText, openDatabase } from '@lexgap/composition';
import { JurisdictionEntity } from '@lexgap/jurisdictions';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../test/support/test-database';
import { TestEngine } from '../test/support/test-engines';
import { median, openBenchDatabase, timed } from './bench-database';
import { insertSyntheticEvidence } from './synthetic-evidence';

const RUNS = 3;

export interface BackupBenchResult {
  engine: TestEngine;
  rows: number;
  bundleBytes: number;
  backupMs: number;
  restoreMs: number;
}

/** A full backup of a seeded database with synthetic legislation for every country, and its restore. */
export async function benchBackup(engine: TestEngine): Promise<BackupBenchResult> {
  const bench = await openBenchDatabase(engine);
  try {
    const dataSource = bench.app.get(DataSource);
    const codes = (await dataSource.getRepository(JurisdictionEntity).find()).map((j) => j.code);
    await insertSyntheticEvidence(dataSource, codes);
    const service = new BackupService(dataSource);
    const backups: number[] = [];
    let text = '';
    for (let run = 0; run < RUNS; run++) {
      const { ms, value } = await timed(async () => canonicalJsonText(await service.backup()));
      backups.push(ms);
      text = value;
    }
    const restores: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const target = await createTestDatabase(engine);
      const restored = await openDatabase({ database: target.target });
      restores.push((await timed(() => new BackupService(restored).restore(JSON.parse(text)))).ms);
      await restored.destroy();
      await target.drop();
    }
    const bundle = JSON.parse(text) as { tables: { rows: unknown[] }[] };
    return { engine, rows: bundle.tables.reduce((n, t) => n + t.rows.length, 0), bundleBytes: Buffer.byteLength(text), backupMs: median(backups), restoreMs: median(restores) };
  } finally {
    await bench.close();
  }
}
