/** The file a backup writes and a restore reads: every table's rows, engine-neutral. */
export interface BackupBundle {
  format: 'lexgap-backup';
  /** Bumped when the bundle layout changes; restore refuses versions it does not know. */
  formatVersion: 1;
  /** The last migration of the database it came from: a restore needs the same schema. */
  schema: string;
  /** Tables in the order a restore inserts them (referenced tables first). */
  tables: { name: string; rows: Record<string, unknown>[] }[];
}

export const BACKUP_FORMAT_VERSION = 1;

/**
 * JSON with object keys sorted at every level, so the same data gives the same bytes whichever
 * engine it was read from.
 */
export function canonicalJsonText(value: unknown, indent = 0): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value), null, indent);
}
