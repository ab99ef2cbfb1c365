import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { BackupService, bundleFileText, connectDatabase, openDatabase, parseBundleFile, RestoreRefusedError } from '@lexgap/composition';
import { AppConfig, describeDatabaseTarget } from '@lexgap/platform';
import { CliOutput } from '../cli-output';
import { progressBar } from '../progress';

/** LEXGAP_BACKUP_KEY: signs bundles (HMAC-SHA256) on backup, and is required to match on restore. */
function backupKey(): string | undefined {
  return process.env.LEXGAP_BACKUP_KEY?.trim() || undefined;
}

export function registerBackupCommands(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('backup')
    .description('write the whole database as a versioned JSON bundle with a manifest (row counts, SHA-256; an HMAC when LEXGAP_BACKUP_KEY is set)')
    .requiredOption('-o, --out <file>', 'bundle file to write')
    .action(async (options: { out: string }) => {
      const dataSource = await connectDatabase(config());
      try {
        const key = backupKey();
        const bundle = await new BackupService(dataSource).backup({ backupKey: key });
        writeFileSync(options.out, bundleFileText(bundle));
        const rows = bundle.tables.reduce((n, t) => n + t.rows.length, 0);
        out.info(
          `${describeDatabaseTarget(config().database)}: ${rows} rows of ${bundle.tables.length} tables written to ${options.out} (schema ${bundle.schema}, sha256 ${bundle.manifest.sha256}, ${key ? 'signed with LEXGAP_BACKUP_KEY' : 'not signed: LEXGAP_BACKUP_KEY is not set'})`,
        );
      } finally {
        await dataSource.destroy();
      }
    });

  program
    .command('restore <file>')
    .description('check a backup bundle (manifest, SHA-256, HMAC when LEXGAP_BACKUP_KEY is set) and load it into an empty database (migrated first), in one transaction; exit code 1 when refused')
    .option('--include-keys', 'also restore the API keys of the bundle (secret hashes and roles); needs LEXGAP_BACKUP_KEY. Without it, api_key rows are skipped and the database keeps its own keys')
    .action(async (file: string, options: { includeKeys?: boolean }) => {
      let bundle;
      try {
        bundle = parseBundleFile(readFileSync(file, 'utf8'));
      } catch (error) {
        if (error instanceof RestoreRefusedError) {
          out.error(`lexgap: restore refused: ${error.message}`);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
      const dataSource = await openDatabase(config());
      const bar = progressBar(bundle.tables.length, 'restore');
      const notices: string[] = [];
      try {
        const rows = await new BackupService(dataSource).restore(bundle, {
          backupKey: backupKey(),
          includeKeys: options.includeKeys === true,
          onTable: (name, n) => bar.tick(1, `${name} (${n})`),
          onNotice: (message) => notices.push(message),
        });
        bar.stop();
        out.info(`${describeDatabaseTarget(config().database)}: restored ${rows} rows from ${file} (manifest verified${backupKey() ? ', HMAC verified' : ''})`);
        for (const notice of notices) out.info(notice);
        if (options.includeKeys) out.info('API keys restored from the bundle (--include-keys)');
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
