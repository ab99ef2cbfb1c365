import { Command } from 'commander';
import { AppConfig, describeDatabaseTarget } from '@lexgap/platform';
import { withDataSource } from '../cli-context';
import { CliOutput } from '../cli-output';

export function registerMigrateCommands(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('migrate')
    .description('apply every pending migration, each in its own transaction')
    .action(() =>
      withDataSource(config(), async (dataSource) => {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        out.info(`${describeDatabaseTarget(config().database)}: ${applied.length} migration(s) applied`);
        applied.forEach((m) => out.info(`  + ${m.name}`));
      }),
    );

  program
    .command('migrate:revert')
    .description('revert the most recent migrations (one by default)')
    .option('-n, --steps <count>', 'how many migrations to revert', parsePositiveInt, 1)
    .action((options: { steps: number }) =>
      withDataSource(config(), async (dataSource) => {
        for (let i = 0; i < options.steps; i++) {
          const executed = await dataSource.query(`SELECT name FROM schema_migrations ORDER BY id DESC LIMIT 1`);
          if (executed.length === 0) {
            out.info('no migration left to revert');
            break;
          }
          await dataSource.undoLastMigration({ transaction: 'each' });
          out.info(`  - ${executed[0].name}`);
        }
      }),
    );

  program
    .command('migrate:status')
    .description('list migrations and whether each has been applied; exit code 3 when some are pending')
    .action(() =>
      withDataSource(config(), async (dataSource) => {
        const executed = new Set<string>((await dataSource.query(`SELECT name FROM schema_migrations`).catch(() => [])).map((r: { name: string }) => r.name));
        let pending = 0;
        for (const migration of dataSource.migrations) {
          const done = executed.has(migration.name ?? migration.constructor.name);
          if (!done) pending++;
          out.info(`${done ? '[x]' : '[ ]'} ${migration.name ?? migration.constructor.name}`);
        }
        if (pending > 0) process.exitCode = 3;
      }),
    );
}

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`expected a whole number of 1 or more, got "${value}"`);
  return Number(value);
}
