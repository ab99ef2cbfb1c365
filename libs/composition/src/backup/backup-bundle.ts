import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Why a restore did not happen; the database is left as it was. */
export class RestoreRefusedError extends Error {}

/**
 * What a bundle says about itself, so a restore can tell a bundle as written from a damaged or
 * edited one: the format, each table's row count, the SHA-256 of the canonical content (every
 * field but `manifest`) and, when LEXGAP_BACKUP_KEY was set, an HMAC-SHA256 over the manifest.
 */
export interface BackupManifest {
  formatVersion: 2;
  /** Row count of each table, by table name. */
  rowCounts: Record<string, number>;
  /** Hex SHA-256 of `canonicalJsonText` of the bundle without its manifest. */
  sha256: string;
  /** Hex HMAC-SHA256, keyed by LEXGAP_BACKUP_KEY, of `canonicalJsonText` of the manifest without this field. */
  hmac?: string;
}

/** The file a backup writes and a restore reads: every table's rows, engine-neutral. */
export interface BackupBundle {
  format: 'lexgap-backup';
  /** Bumped when the bundle layout changes; restore refuses versions it does not know. */
  formatVersion: 2;
  /** The last migration of the database it came from: a restore needs the same schema. */
  schema: string;
  /** Tables in the order a restore inserts them (referenced tables first). */
  tables: { name: string; rows: Record<string, unknown>[] }[];
  manifest: BackupManifest;
}

export const BACKUP_FORMAT_VERSION = 2;

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

/** The bytes of a bundle file, as `lexgap backup` writes them. */
export function bundleFileText(bundle: BackupBundle): string {
  return `${canonicalJsonText(bundle, 1)}\n`;
}

function contentDigest(bundle: Omit<BackupBundle, 'manifest'> & { manifest?: unknown }): string {
  const { manifest: _manifest, ...content } = bundle;
  return createHash('sha256').update(canonicalJsonText(content)).digest('hex');
}

function manifestHmac(manifest: BackupManifest, key: string): string {
  const { hmac: _hmac, ...signed } = manifest;
  return createHmac('sha256', key).update(canonicalJsonText(signed)).digest('hex');
}

/** Adds the manifest (and the HMAC when a key is given) to a bundle's content. */
export function sealBundle(content: Omit<BackupBundle, 'manifest'>, key?: string): BackupBundle {
  const manifest: BackupManifest = {
    formatVersion: BACKUP_FORMAT_VERSION,
    rowCounts: Object.fromEntries(content.tables.map((t) => [t.name, t.rows.length])),
    sha256: contentDigest(content),
  };
  if (key) manifest.hmac = manifestHmac(manifest, key);
  return { ...content, manifest };
}

/**
 * Checks a bundle against its manifest; throws RestoreRefusedError naming the check that failed.
 * With a key, the bundle must carry a matching HMAC; without one, a bundle that carries an HMAC is
 * refused too (it cannot be verified).
 */
export function verifyBundle(bundle: BackupBundle, key?: string): void {
  if (bundle?.format !== 'lexgap-backup') throw new RestoreRefusedError('not a lexgap backup bundle');
  if (bundle.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new RestoreRefusedError(`bundle format ${bundle.formatVersion} is not supported (this lexgap reads ${BACKUP_FORMAT_VERSION}; take a new backup with this version)`);
  }
  const manifest = bundle.manifest;
  if (!manifest || typeof manifest !== 'object') throw new RestoreRefusedError('manifest check failed: the bundle has no manifest');
  if (manifest.formatVersion !== bundle.formatVersion) throw new RestoreRefusedError(`manifest check failed: the manifest says format ${manifest.formatVersion}, the bundle ${bundle.formatVersion}`);
  if (!Array.isArray(bundle.tables) || bundle.tables.some((t) => !t || typeof t.name !== 'string' || !Array.isArray(t.rows))) {
    throw new RestoreRefusedError('manifest check failed: the bundle tables are not lists of rows');
  }
  const counted = manifest.rowCounts ?? {};
  const names = new Set([...Object.keys(counted), ...bundle.tables.map((t) => t.name)]);
  for (const name of names) {
    const actual = bundle.tables.find((t) => t.name === name)?.rows.length;
    if (actual !== counted[name]) throw new RestoreRefusedError(`row count check failed: table ${name} has ${actual ?? 'no'} rows, the manifest says ${counted[name] ?? 'none'}`);
  }
  if (typeof manifest.sha256 !== 'string' || manifest.sha256 !== contentDigest(bundle)) {
    throw new RestoreRefusedError('SHA-256 check failed: the bundle content does not match its manifest checksum (the file was changed or damaged)');
  }
  if (key) {
    if (typeof manifest.hmac !== 'string') throw new RestoreRefusedError('HMAC check failed: LEXGAP_BACKUP_KEY is set but the bundle carries no HMAC');
    const expected = Buffer.from(manifestHmac(manifest, key), 'hex');
    const given = Buffer.from(manifest.hmac, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new RestoreRefusedError('HMAC check failed: the bundle was not written with this LEXGAP_BACKUP_KEY, or was changed since');
    }
  } else if (manifest.hmac !== undefined) {
    throw new RestoreRefusedError('HMAC check failed: the bundle carries an HMAC but LEXGAP_BACKUP_KEY is not set, so it cannot be verified');
  }
}

/**
 * Reads a bundle file: valid JSON, and byte for byte the canonical text `lexgap backup` writes (so
 * any changed byte, white space included, is refused), before the manifest checks of a restore.
 */
export function parseBundleFile(text: string): BackupBundle {
  let bundle: BackupBundle;
  try {
    bundle = JSON.parse(text) as BackupBundle;
  } catch (error) {
    throw new RestoreRefusedError(`JSON check failed: the file is not valid JSON (truncated or damaged): ${(error as Error).message}`);
  }
  if (!bundle || typeof bundle !== 'object' || bundle.format !== 'lexgap-backup') throw new RestoreRefusedError('not a lexgap backup bundle');
  if (bundleFileText(bundle) !== text) throw new RestoreRefusedError('canonical form check failed: the file is not byte for byte as lexgap backup wrote it (it was edited or damaged)');
  return bundle;
}
