import { ApiKeyEntity, Role } from '@lexgap/auth';
import { isIsoDate, readText } from '@lexgap/legal-model';
import { ScorecardSnapshotEntity } from '@lexgap/scoring';
import { DataSource, EntityManager, EntityMetadata, QueryFailedError } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { BACKUP_FORMAT_VERSION, BackupBundle, RestoreRefusedError, sealBundle, verifyBundle } from './backup-bundle';

export interface BackupOptions {
  /** LEXGAP_BACKUP_KEY: when given, the manifest carries an HMAC-SHA256 keyed by it. */
  backupKey?: string;
}

export interface RestoreOptions {
  /** LEXGAP_BACKUP_KEY: when given, the bundle must carry a matching HMAC. */
  backupKey?: string;
  /**
   * Restore the bundle's API keys (secret hashes and roles) too. Off by default: api_key rows are
   * skipped and the target's own keys stay as they are. Needs `backupKey` (keys are restored only
   * from a bundle whose HMAC proves nobody edited a role).
   */
  includeKeys?: boolean;
  /** Called after each table is inserted. */
  onTable?: (name: string, rows: number) => void;
  /** What the restore wants the operator to know (skipped keys). */
  onNotice?: (message: string) => void;
}

/**
 * Tables of derived data, recomputed from the evidence whenever they are missing: a bundle carries
 * none (a bundle taken while a write commits could pair one table's old rows with another's new
 * ones), and a restore skips them where an older bundle has them, so a restored database never
 * serves a scorecard its restored evidence does not give.
 */
const DERIVED_ENTITIES: readonly (new () => object)[] = [ScorecardSnapshotEntity];

type Row = Record<string, unknown>;

/** Closed lists of columns the entity types but does not declare as a database enum. */
const CLOSED_COLUMNS: Record<string, Record<string, readonly string[]>> = {
  api_key: { role: Object.values(Role), kind: ['generated', 'bootstrap'] },
};

const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
const INTEGER_TYPES = new Set(['integer', 'int', 'int4', 'smallint', 'bigint']);
const NUMBER_TYPES = new Set(['double precision', 'float', 'real', 'numeric', 'decimal']);
const STRING_TYPES = new Set(['varchar', 'character varying', 'text', 'char', 'nvarchar']);

/** The properties a bundle row carries: every column (as toPlain writes them). */
function bundledColumns(metadata: EntityMetadata): ColumnMetadata[] {
  return metadata.columns.filter((c) => !(c.relationMetadata && !c.propertyName));
}

/** Why a value does not fit its column, or undefined when it does. */
function columnProblem(metadata: EntityMetadata, column: ColumnMetadata, value: unknown): string | undefined {
  if (value === null || value === undefined) {
    return column.isNullable || (value === undefined && column.default !== undefined) ? undefined : 'is missing (the column is NOT NULL)';
  }
  const got = JSON.stringify(value)?.slice(0, 60);
  const type = column.type;
  if (column.isVersion || INTEGER_TYPES.has(String(type)) || type === Number) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || (type !== 'bigint' && Math.abs(value) > 2_147_483_647)) return `must be a whole number; got ${got}`;
  } else if (NUMBER_TYPES.has(String(type))) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number; got ${got}`;
  } else if (type === 'boolean' || type === Boolean) {
    if (typeof value !== 'boolean') return `must be true or false; got ${got}`;
  } else if (type === 'date') {
    if (!isIsoDate(value)) return `must be a real calendar date written YYYY-MM-DD; got ${got}`;
  } else if (isTimestamp(metadata, column.propertyName)) {
    const match = typeof value === 'string' ? ISO_TIMESTAMP.exec(value) : null;
    if (!match || !isIsoDate(match[1]) || Number.isNaN(new Date(value as string).getTime())) return `must be a timestamp written YYYY-MM-DDTHH:MM:SS.sssZ; got ${got}`;
  } else if (STRING_TYPES.has(String(type)) || type === String) {
    if (typeof value !== 'string') return `must be text; got ${got}`;
    const length = [...value].length;
    if (column.length && length > Number(column.length)) return `is ${length} characters long, longer than the column's ${column.length}`;
    const reading = readText(value, { multiline: true });
    if (!reading.ok) return reading.message;
  }
  const allowed = column.enum ? column.enum.map(String) : CLOSED_COLUMNS[metadata.tableName]?.[column.propertyName];
  if (allowed && !allowed.includes(String(value))) return `must be one of ${allowed.join(', ')}; got ${got}`;
  return undefined;
}

/** A unique index's condition that restore can evaluate (`"col" IS NULL` / `IS NOT NULL`), as a row filter. */
function indexFilter(metadata: EntityMetadata, where: string | undefined): ((row: Row) => boolean) | undefined | null {
  if (!where) return undefined;
  const match = /^\s*\(?\s*"?(\w+)"?\s+IS\s+(NOT\s+)?NULL\s*\)?\s*$/i.exec(where);
  const column = match && metadata.findColumnWithDatabaseName(match[1]);
  if (!match || !column) return null;
  const property = column.propertyName;
  return match[2] ? (row) => row[property] !== null && row[property] !== undefined : (row) => row[property] === null || row[property] === undefined;
}

const TIMESTAMP_TYPES = new Set(['datetime', 'timestamp', 'timestamp without time zone', 'timestamptz']);

function isTimestamp(metadata: EntityMetadata, property: string): boolean {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) return false;
  return column.type === Date || TIMESTAMP_TYPES.has(String(column.type));
}

/** Referenced tables first; tables referencing themselves keep their own order (rows are sorted later). */
function insertOrder(metadatas: EntityMetadata[]): EntityMetadata[] {
  const ordered: EntityMetadata[] = [];
  const seen = new Set<string>();
  const visit = (m: EntityMetadata) => {
    if (seen.has(m.tableName)) return;
    seen.add(m.tableName);
    for (const fk of m.foreignKeys) if (fk.referencedEntityMetadata.tableName !== m.tableName) visit(fk.referencedEntityMetadata);
    ordered.push(m);
  };
  [...metadatas].sort((a, b) => a.tableName.localeCompare(b.tableName)).forEach(visit);
  return ordered;
}

function primaryKeyOf(metadata: EntityMetadata, row: Row): string {
  return metadata.primaryColumns.map((c) => String(row[c.propertyName])).join('\u0000');
}

/** Parents before children for self-referencing tables (jurisdiction → subdivisions, region → sub-region). */
function parentsFirst(metadata: EntityMetadata, rows: Row[]): Row[] {
  const selfKeys = metadata.foreignKeys.filter((fk) => fk.referencedEntityMetadata.tableName === metadata.tableName);
  if (selfKeys.length === 0) return rows;
  const column = selfKeys[0].columns[0].propertyName;
  const pk = metadata.primaryColumns[0].propertyName;
  const byKey = new Map(rows.map((r) => [String(r[pk]), r]));
  const out: Row[] = [];
  const placed = new Set<string>();
  const place = (r: Row) => {
    const key = String(r[pk]);
    if (placed.has(key)) return;
    const parent = r[column];
    if (parent !== null && parent !== undefined && byKey.has(String(parent))) place(byKey.get(String(parent))!);
    placed.add(key);
    out.push(r);
  };
  rows.forEach(place);
  return out;
}

/**
 * Writes and reads whole-database bundles. Rows are read through the entity metadata, so each
 * engine's representation (SQLite text dates, PostgreSQL timestamps, JSON columns) comes out the
 * same: an export from SQLite and one from PostgreSQL holding the same data are byte-identical.
 */
export class BackupService {
  constructor(private readonly dataSource: DataSource) {}

  async backup(options: BackupOptions = {}): Promise<BackupBundle> {
    const tables: BackupBundle['tables'] = [];
    for (const metadata of insertOrder(this.kept())) {
      const raw = await this.dataSource.getRepository(metadata.target).find();
      const rows = raw.map((entity) => this.toPlain(metadata, entity as Row));
      // Sorted in JavaScript, not by the database: collations differ between engines.
      rows.sort((a, b) => {
        const ka = primaryKeyOf(metadata, a);
        const kb = primaryKeyOf(metadata, b);
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
      tables.push({ name: metadata.tableName, rows });
    }
    return sealBundle({ format: 'lexgap-backup', formatVersion: BACKUP_FORMAT_VERSION, schema: await this.schemaVersion(), tables }, options.backupKey);
  }

  /**
   * Loads a verified bundle into an empty, migrated database, all in one transaction: the manifest
   * (row counts, SHA-256, HMAC) is checked and every row validated first, and any refusal leaves
   * the database as it was. API keys are skipped unless `includeKeys` (see RestoreOptions).
   * Returns the number of rows inserted.
   */
  async restore(bundle: BackupBundle, options: RestoreOptions = {}): Promise<number> {
    const key = options.backupKey || undefined;
    verifyBundle(bundle, key);
    if (options.includeKeys && !key) {
      throw new RestoreRefusedError('API keys are restored only from a bundle signed with LEXGAP_BACKUP_KEY: set it (the key the backup was written with) to restore keys, or restore without them');
    }
    const schema = await this.schemaVersion();
    if (bundle.schema !== schema) throw new RestoreRefusedError(`the bundle comes from schema ${bundle.schema}, this database is at ${schema}: migrate one to match the other first`);
    const byTable = new Map(this.kept().map((m) => [m.tableName, m]));
    const derived = new Set(DERIVED_ENTITIES.map((e) => this.dataSource.getMetadata(e).tableName));
    const unknown = bundle.tables.map((t) => t.name).filter((name) => !byTable.has(name) && !derived.has(name));
    if (unknown.length) throw new RestoreRefusedError(`the bundle has tables this lexgap does not know: ${unknown.join(', ')}`);
    const duplicateTables = bundle.tables.map((t) => t.name).filter((name, i, all) => all.indexOf(name) !== i);
    if (duplicateTables.length) throw new RestoreRefusedError(`the bundle holds table ${duplicateTables[0]} twice`);
    const keyTable = this.dataSource.getMetadata(ApiKeyEntity).tableName;
    const restored = [...byTable.values()].filter((m) => options.includeKeys || m.tableName !== keyTable);
    const bundled = new Map(bundle.tables.map((t) => [t.name, t.rows]));
    let total = 0;
    try {
      await this.dataSource.transaction(async (manager) => {
        for (const metadata of restored) {
          const count = await manager.getRepository(metadata.target).count();
          if (count > 0) throw new RestoreRefusedError(`the database is not empty (${metadata.tableName} has ${count} rows): restore only into a freshly migrated database`);
        }
        await this.validate(manager, restored, bundled);
        for (const metadata of insertOrder(restored)) {
          const rows = parentsFirst(metadata, bundled.get(metadata.tableName) ?? []).map((r) => this.fromPlain(metadata, r));
          const chunk = Math.max(1, Math.floor(500 / Math.max(1, metadata.columns.length)));
          for (let i = 0; i < rows.length; i += chunk) await manager.getRepository(metadata.target).insert(rows.slice(i, i + chunk) as never);
          total += rows.length;
          options.onTable?.(metadata.tableName, rows.length);
        }
      });
    } catch (error) {
      if (error instanceof QueryFailedError) throw new RestoreRefusedError(`the database refused a row: ${error.message.split('\n')[0]}`);
      throw error;
    }
    if (!options.includeKeys) {
      const skipped = bundled.get(keyTable)?.length ?? 0;
      options.onNotice?.(`API keys not restored: ${skipped} api_key rows of the bundle skipped (secrets and roles are restored only with --include-keys); this database's own keys are unchanged`);
    }
    return total;
  }

  /** Refuses the first row that does not fit its table: types, NOT NULL, lengths, closed lists, keys, references. */
  private async validate(manager: EntityManager, restored: EntityMetadata[], bundled: Map<string, Row[]>): Promise<void> {
    const primaryKeys = new Map<string, Set<string>>();
    for (const metadata of restored) {
      const rows = bundled.get(metadata.tableName) ?? [];
      const columns = bundledColumns(metadata);
      const known = new Set(columns.map((c) => c.propertyName));
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        const where = `${metadata.tableName} row ${index + 1}`;
        if (!row || typeof row !== 'object' || Array.isArray(row)) throw new RestoreRefusedError(`${where} is not an object`);
        const extra = Object.keys(row).find((k) => !known.has(k));
        if (extra) throw new RestoreRefusedError(`${where} has a column this lexgap does not know: ${extra}`);
        for (const column of columns) {
          const problem = columnProblem(metadata, column, row[column.propertyName]);
          if (problem) throw new RestoreRefusedError(`${where}: ${column.propertyName} ${problem}`);
        }
        const pk = primaryKeyOf(metadata, row);
        if (seen.has(pk))
          throw new RestoreRefusedError(`${where}: duplicate primary key (${metadata.primaryColumns.map((c) => `${c.propertyName} ${JSON.stringify(row[c.propertyName])}`).join(', ')})`);
        seen.add(pk);
      });
      primaryKeys.set(metadata.tableName, seen);
      const uniques = [
        ...metadata.indices.filter((i) => i.isUnique).map((i) => ({ name: i.name, columns: i.columns, where: i.where })),
        ...metadata.uniques.map((u) => ({ name: u.name, columns: u.columns, where: undefined })),
      ];
      for (const unique of uniques) {
        const filter = indexFilter(metadata, unique.where);
        if (filter === null) continue; // a condition restore cannot read: the database still enforces it
        const values = new Set<string>();
        rows.forEach((row, index) => {
          if (filter && !filter(row)) return;
          const parts = unique.columns.map((c) => row[c.propertyName]);
          if (parts.some((p) => p === null || p === undefined)) return;
          const value = JSON.stringify(parts);
          if (values.has(value)) {
            throw new RestoreRefusedError(`${metadata.tableName} row ${index + 1}: duplicate ${unique.columns.map((c) => c.propertyName).join(' + ')} ${value} (unique index ${unique.name})`);
          }
          values.add(value);
        });
      }
    }
    for (const metadata of restored) {
      const rows = bundled.get(metadata.tableName) ?? [];
      for (const fk of metadata.foreignKeys) {
        const referenced = fk.referencedEntityMetadata;
        const referencesPrimaryKey =
          fk.referencedColumns.length === referenced.primaryColumns.length && referenced.primaryColumns.every((c, i) => c.propertyName === fk.referencedColumns[i].propertyName);
        const inBundle = referencesPrimaryKey
          ? primaryKeys.get(referenced.tableName)
          : new Set((bundled.get(referenced.tableName) ?? []).map((r) => fk.referencedColumns.map((c) => String(r[c.propertyName])).join('\u0000')));
        const checked = new Set<string>();
        for (const [index, row] of rows.entries()) {
          const parts = fk.columns.map((c) => row[c.propertyName]);
          if (parts.some((p) => p === null || p === undefined)) continue;
          const value = parts.map(String).join('\u0000');
          if (inBundle?.has(value) || checked.has(value)) continue;
          const where = Object.fromEntries(fk.referencedColumns.map((c, i) => [c.propertyName, parts[i]]));
          if ((await manager.getRepository(referenced.target).countBy(where as never)) === 0) {
            throw new RestoreRefusedError(
              `${metadata.tableName} row ${index + 1}: ${fk.columns.map((c) => c.propertyName).join(' + ')} ${JSON.stringify(parts)} refers to a ${referenced.tableName} row that is neither in the bundle nor in this database`,
            );
          }
          checked.add(value);
        }
      }
    }
  }

  /** The tables a bundle holds: all but the derived ones. */
  private kept(): EntityMetadata[] {
    return this.dataSource.entityMetadatas.filter((m) => !DERIVED_ENTITIES.includes(m.target as new () => object));
  }

  private toPlain(metadata: EntityMetadata, entity: Row): Row {
    const plain: Row = {};
    for (const column of metadata.columns) {
      if (column.relationMetadata && !column.propertyName) continue;
      const value = column.getEntityValue(entity);
      plain[column.propertyName] = value instanceof Date ? value.toISOString() : value === undefined ? null : value;
    }
    return plain;
  }

  private fromPlain(metadata: EntityMetadata, plain: Row): Row {
    const entity: Row = {};
    for (const [property, value] of Object.entries(plain)) {
      entity[property] = typeof value === 'string' && isTimestamp(metadata, property) ? new Date(value) : value;
    }
    return entity;
  }

  private async schemaVersion(): Promise<string> {
    const rows: { name: string }[] = await this.dataSource.query(`SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`);
    return rows[0]?.name ?? 'none';
  }
}
