import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { BackupBundle, BackupService, canonicalJsonText, connectDatabase, openDatabase, RestoreRefusedError } from '@lexgap/composition';
import { AppConfig, describeDatabaseTarget } from '@lexgap/platform';
import { CliOutput } from '../cli-output';
import { progressBar } from '../progress';

export function registerBackupCommands(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('backup')
    .description('write the whole database as a versioned JSON bundle (the same bytes from SQLite or PostgreSQL)')
    .requiredOption('-o, --out <file>', 'bundle file to write')
    .action(async (options: { out: string }) => {
      const dataSource = await connectDatabase(config());
      try {
        const bundle = await new BackupService(dataSource).backup();
        writeFileSync(options.out, `${canonicalJsonText(bundle, 1)}\n`);
        const rows = bundle.tables.reduce((n, t) => n + t.rows.length, 0);
        out.info(`${describeDatabaseTarget(config().database)}: ${rows} rows of ${bundle.tables.length} tables written to ${options.out} (schema ${bundle.schema})`);
      } finally {
        await dataSource.destroy();
      }
    });

  program
    .command('restore <file>')
    .description('load a backup bundle into an empty database (migrated first), in one transaction; exit code 1 when refused')
    .action(async (file: string) => {
      const bundle = JSON.parse(readFileSync(file, 'utf8')) as BackupBundle;
      const dataSource = await openDatabase(config());
      const bar = progressBar(bundle.tables?.length ?? 0, 'restore');
      try {
        const rows = await new BackupService(dataSource).restore(bundle, (name, n) => bar.tick(1, `${name} (${n})`));
        bar.stop();
        out.info(`${describeDatabaseTarget(config().database)}: restored ${rows} rows from ${file}`);
      } catch (error) {
        bar.stop();
        if (error instanceof RestoreRefusedError) {
          out.error(`lexgap: restore refused: ${error.message}`);
          process.exitCode = 1;
          return;
        }
        throw error;
      } finally {
        await dataSource.destroy();
      }
    });
}
