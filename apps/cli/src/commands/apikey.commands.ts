import { Command, InvalidArgumentError } from 'commander';
import { ApiKeyService, Role } from '@lexgap/auth';
import { AppConfig } from '@lexgap/platform';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';

const OPERATOR = { id: 'cli:operator', name: `operator ${process.env.USER ?? ''}`.trim() };

function parseRole(value: string): Role {
  const role = value.toUpperCase();
  if (!(role in Role)) throw new InvalidArgumentError(`must be one of ${Object.values(Role).join(', ')}`);
  return role as Role;
}

function parseExpiry(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('must be an ISO date or date-time');
  return date;
}

export function registerApiKeyCommands(program: Command, config: () => AppConfig, out: CliOutput): void {
  const apikey = program.command('apikey').description('create, list and revoke API keys');

  apikey
    .command('create')
    .description('create a key and print its secret once (on stdout, alone, for scripts)')
    .requiredOption('--name <name>', 'who or what holds the key')
    .requiredOption('--role <role>', 'ADMIN, EDITOR, REVIEWER or VIEWER', parseRole)
    .option('--expires <date>', 'expiry (ISO date or date-time)', parseExpiry)
    .action((options: { name: string; role: Role; expires?: Date }) =>
      withCliApp(config(), async (app) => {
        const { key, secret } = await app.get(ApiKeyService).create({ name: options.name, role: options.role, expiresAt: options.expires ?? null }, OPERATOR);
        out.error(`created ${key.role} key ${key.id} for "${key.name}"; the secret below is shown this once`);
        out.info(secret);
      }),
    );

  apikey
    .command('list')
    .description('list keys (never their secrets)')
    .action(() =>
      withCliApp(config(), async (app) => {
        for (const key of await app.get(ApiKeyService).list()) {
          out.info([key.id, key.role, key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active', key.expiresAt ? `expires ${key.expiresAt.toISOString()}` : '', key.name].join('\t'));
        }
      }),
    );

  apikey
    .command('revoke <id>')
    .description('revoke a key at once')
    .action((id: string) =>
      withCliApp(config(), async (app) => {
        const keys = app.get(ApiKeyService);
        const key = (await keys.list()).find((k) => k.id === id);
        if (!key) {
          out.error(`lexgap: no API key ${id}`);
          process.exitCode = 1;
          return;
        }
        await keys.revoke(id, key.version, OPERATOR);
        out.info(`revoked ${id} ("${key.name}")`);
      }),
    );
}
