import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { AppConfig, BadUserInputError, ConfigError, loadConfig } from '@lexgap/platform';
import { version } from '../../../package.json';
import { consoleOutput } from './cli-output';
import { registerApiKeyCommands } from './commands/apikey.commands';
import { registerBackupCommands } from './commands/backup.commands';
import { registerExportCommand } from './commands/export.command';
import { registerImportCommand } from './commands/import.command';
import { registerMigrateCommands } from './commands/migrate.commands';
import { registerReportCommand } from './commands/report.command';
import { registerReportPublishCommand } from './commands/report-publish.command';
import { registerRubricCommands } from './commands/rubric.commands';
import { registerScoreCommands } from './commands/score.commands';
import { registerSeedCommand } from './commands/seed.command';

/**
 * lexgap's operator CLI. Exit codes: 0 done, 1 failed, 2 wrong usage or configuration,
 * 3 (migrate:status) migrations pending.
 */
export function buildProgram(config: () => AppConfig): Command {
  const program = new Command('lexgap').description('lexgap operator commands (the database comes from DATABASE_URL)').version(version).showHelpAfterError().exitOverride();
  registerMigrateCommands(program, config, consoleOutput);
  registerSeedCommand(program, config, consoleOutput);
  registerRubricCommands(program, config, consoleOutput);
  registerScoreCommands(program, config, consoleOutput);
  registerBackupCommands(program, config, consoleOutput);
  registerApiKeyCommands(program, config, consoleOutput);
  registerImportCommand(program, config, consoleOutput);
  registerExportCommand(program, config, consoleOutput);
  registerReportCommand(program, config, consoleOutput);
  registerReportPublishCommand(program, config, consoleOutput);
  return program;
}

async function main(argv: string[]): Promise<number> {
  let config: AppConfig | undefined;
  const lazyConfig = () => (config ??= loadConfig());
  try {
    await buildProgram(lazyConfig).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2; // --help and --version exit 0; usage errors 2
    }
    if (error instanceof BadUserInputError) {
      error.problems.forEach((p) => consoleOutput.error(`lexgap: ${p.field}: ${p.message}`));
      return 1;
    }
    if (error instanceof ConfigError) {
      consoleOutput.error(`lexgap: ${error.message}`);
      return 2;
    }
    consoleOutput.error(`lexgap: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv).then((code) => process.exit(code));
}
