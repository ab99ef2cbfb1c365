import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

const TABLES = [
  'jurisdiction',
  'region',
  'region_membership',
  'treaty',
  'treaty_action',
  'treaty_status_observation',
  'instrument',
  'instrument_version',
  'provision',
  'legal_fact_set',
  'source_finding',
  'audit_event',
];

/** Every table the entities declare (stored scorecards, audit, keys and editions included), sorted. */
export function entityTables(dataSource: DataSource): string[] {
  return [...new Set(dataSource.entityMetadatas.map((m) => m.tableName))].sort();
}

/**
 * Row count and content digest of every corpus table: equal snapshots before and after a refused
 * write prove that it changed nothing.
 */
export async function snapshotTables(dataSource: DataSource, tables: string[] = TABLES): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  for (const table of tables) {
    const rows = await dataSource.query(`SELECT * FROM "${table}"`);
    const lines = rows.map((r: unknown) => JSON.stringify(r)).sort();
    snapshot[table] = `${rows.length}:${createHash('sha1').update(lines.join('\n')).digest('hex')}`;
  }
  return snapshot;
}
