import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  database: DatabaseTarget;
  /** Secret for the first ADMIN API key (API.md); absent means none is created. */
  adminApiKey?: string;
  logLevel: string;
  /** Largest request body accepted, in bytes (GraphQL and uploads alike). */
  bodyLimitBytes: number;
  graphql: { maxDepth: number; maxComplexity: number };
  /** Mutations one API key may make per minute. */
  writeRateLimit: number;
  /** The Chromium (or Chrome) executable PDF reports are printed with. */
  chromiumPath: string;
}

/** Debian's `chromium` package installs here; LEXGAP_CHROMIUM_PATH names another browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** A configuration problem, reported as one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_SQLITE_PATH = './data/lexgap.sqlite';

export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { kind: 'sqlite', path: resolve(DEFAULT_SQLITE_PATH) };
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new ConfigError('DATABASE_URL', 'names no file after "sqlite:" (example: sqlite:./data/other.sqlite)');
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    if (!url.hostname) throw new ConfigError('DATABASE_URL', 'has no host (example: postgres://user@127.0.0.1:5432/lexgap)');
    if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL', 'names no database (example: postgres://user@127.0.0.1:5432/lexgap)');
    return { kind: 'postgres', url: value };
  }
  throw new ConfigError('DATABASE_URL', 'must be unset (embedded SQLite), "sqlite:<path>" or "postgres://..."; got a value starting with ' + JSON.stringify(value.split(':')[0]));
}

function parseInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be from ${min} to ${max}; got ${value}`);
  return value;
}

/** Reads and validates the environment once, at start. Throws ConfigError on the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV?.trim() || 'development';
  if (!NODE_ENVS.includes(nodeEnvRaw as NodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be one of ${NODE_ENVS.join(', ')}; got ${JSON.stringify(nodeEnvRaw)}`);
  }
  const adminApiKey = env.LEXGAP_ADMIN_API_KEY?.trim() || undefined;
  if (adminApiKey !== undefined && adminApiKey.length < 24) {
    throw new ConfigError('LEXGAP_ADMIN_API_KEY', 'must be at least 24 characters long');
  }
  const logLevel = env.LOG_LEVEL?.trim() || (nodeEnvRaw === 'test' ? 'silent' : 'info');
  const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  if (!levels.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${levels.join(', ')}`);
  return {
    nodeEnv: nodeEnvRaw as NodeEnv,
    port: parseInteger(env, 'PORT', 3000, 1, 65535),
    database: parseDatabaseUrl(env.DATABASE_URL),
    adminApiKey,
    logLevel,
    bodyLimitBytes: parseInteger(env, 'BODY_LIMIT_BYTES', 1_000_000, 1_000, 100_000_000),
    graphql: {
      maxDepth: parseInteger(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxComplexity: parseInteger(env, 'GRAPHQL_MAX_COMPLEXITY', 5000, 10, 1_000_000),
    },
    writeRateLimit: parseInteger(env, 'WRITE_RATE_LIMIT', 600, 1, 1_000_000),
    // Not checked here: the API serves every other format without a browser, and a PDF request
    // names the missing browser in its error.
    chromiumPath: env.LEXGAP_CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH,
  };
}
