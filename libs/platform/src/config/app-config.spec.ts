import { resolve } from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite file, port 3000, development', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: 'sqlite', path: resolve('./data/lexgap.sqlite') });
    expect(config.port).toBe(3000);
    expect(config.nodeEnv).toBe('development');
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'mysql://root@localhost/db' }, /DATABASE_URL must be unset .* got a value starting with "mysql"/],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://' }, /DATABASE_URL (is not a valid|has no host)/],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://localhost' }, /DATABASE_URL names no database/],
    ['DATABASE_URL', { DATABASE_URL: 'sqlite:' }, /DATABASE_URL names no file/],
    ['PORT', { PORT: 'eighty' }, /PORT must be a whole number from 1 to 65535; got "eighty"/],
    ['PORT', { PORT: '70000' }, /PORT must be from 1 to 65535; got 70000/],
    ['NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV must be one of development, production, test; got "staging"/],
    ['LEXGAP_ADMIN_API_KEY', { LEXGAP_ADMIN_API_KEY: 'short' }, /LEXGAP_ADMIN_API_KEY must be at least 24 characters/],
  ])('refuses a bad %s with one line naming it', (variable, env, message) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variable).toBe(variable);
    expect((thrown as ConfigError).message).toMatch(message);
    expect((thrown as ConfigError).message).not.toContain('\n');
  });

  it('accepts sqlite:<path> and postgres URLs', () => {
    expect(parseDatabaseUrl('sqlite:./tmp/x.sqlite')).toEqual({ kind: 'sqlite', path: resolve('./tmp/x.sqlite') });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(parseDatabaseUrl('postgres://u:p@db:5432/lexgap')).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/lexgap' });
    expect(parseDatabaseUrl('postgresql://u@db/lexgap').kind).toBe('postgres');
  });
});
