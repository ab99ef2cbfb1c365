import { ScorecardSnapshotEntity } from '@lexgap/scoring';
import { DataSource, EntityMetadata } from 'typeorm';
import { BACKUP_FORMAT_VERSION, BackupBundle } from './backup-bundle';

export class RestoreRefusedError extends Error {}

/**
 * Tables of derived data, recomputed from the evidence whenever they are missing: a bundle carries
 * none (a bundle taken while a write commits could pair one table's old rows with another's new
 * ones), and a restore skips them where an older bundle has them, so a restored database never
 * serves a scorecard its restored evidence does not give.
 */
const DERIVED_ENTITIES: readonly (new () => object)[] = [ScorecardSnapshotEntity];

type Row = Record<string, unknown>;

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

  async backup(): Promise<BackupBundle> {
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
    return { format: 'lexgap-backup', formatVersion: BACKUP_FORMAT_VERSION, schema: await this.schemaVersion(), tables };
  }

  /** Loads a bundle into an empty, migrated database, all in one transaction. */
  async restore(bundle: BackupBundle, onTable?: (name: string, rows: number) => void): Promise<number> {
    if (bundle?.format !== 'lexgap-backup') throw new RestoreRefusedError('not a lexgap backup bundle');
    if (bundle.formatVersion !== BACKUP_FORMAT_VERSION) throw new RestoreRefusedError(`bundle format ${bundle.formatVersion} is not supported (this lexgap reads ${BACKUP_FORMAT_VERSION})`);
    const schema = await this.schemaVersion();
    if (bundle.schema !== schema) throw new RestoreRefusedError(`the bundle comes from schema ${bundle.schema}, this database is at ${schema}: migrate one to match the other first`);
    const byTable = new Map(this.kept().map((m) => [m.tableName, m]));
    const derived = new Set(DERIVED_ENTITIES.map((e) => this.dataSource.getMetadata(e).tableName));
    const unknown = bundle.tables.map((t) => t.name).filter((name) => !byTable.has(name) && !derived.has(name));
    if (unknown.length) throw new RestoreRefusedError(`the bundle has tables this lexgap does not know: ${unknown.join(', ')}`);
    for (const metadata of byTable.values()) {
      const count = await this.dataSource.getRepository(metadata.target).count();
      if (count > 0) throw new RestoreRefusedError(`the database is not empty (${metadata.tableName} has ${count} rows): restore only into a freshly migrated database`);
    }
    let total = 0;
    const bundled = new Map(bundle.tables.map((t) => [t.name, t.rows]));
    await this.dataSource.transaction(async (manager) => {
      for (const metadata of insertOrder([...byTable.values()])) {
        const rows = parentsFirst(metadata, bundled.get(metadata.tableName) ?? []).map((r) => this.fromPlain(metadata, r));
        const chunk = Math.max(1, Math.floor(500 / Math.max(1, metadata.columns.length)));
        for (let i = 0; i < rows.length; i += chunk) await manager.getRepository(metadata.target).insert(rows.slice(i, i + chunk) as never);
        total += rows.length;
        onTable?.(metadata.tableName, rows.length);
      }
    });
    return total;
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
