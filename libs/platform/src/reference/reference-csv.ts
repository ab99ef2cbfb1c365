import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from './project-root';

/** A shipped reference CSV (`reference-data/<name>`): its rows keyed by header, and its hash. */
export interface ReferenceCsv<Row> {
  rows: Row[];
  sha256: string;
}

export function readReferenceCsv<Row extends Record<string, string>>(name: string): ReferenceCsv<Row> {
  const raw = readFileSync(join(projectRoot(), 'reference-data', name));
  const rows = parse(raw, { columns: true, skip_empty_lines: true, trim: false, bom: true }) as Row[];
  return { rows, sha256: createHash('sha256').update(raw).digest('hex') };
}

export function combinedHash(...hashes: string[]): string {
  return createHash('sha256').update(hashes.join('\n')).digest('hex');
}
