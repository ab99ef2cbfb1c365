import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command } from 'commander';
import { IMPORT_KINDS, ImportFormat, ImportService, looksLikeLegacyXls, looksLikeXlsx, parseImportFormat, parseImportKind } from '@lexgap/exchange';
import { AppConfig } from '@lexgap/platform';
import { Permission } from '@lexgap/auth';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';
import { progressBar } from '../progress';

const OPERATOR = { id: 'cli:operator', name: `operator ${process.env.USER ?? ''}`.trim() };
/** Below this many rows a progress bar would only flicker. */
const PROGRESS_FROM_ROWS = 1000;

interface ImportOptions {
  kind: string;
  dryRun?: boolean;
  format?: string;
  json?: boolean;
}

function formatOf(file: string, content: Buffer, explicit: string | undefined, command: Command): ImportFormat {
  if (explicit) {
    const format = parseImportFormat(explicit);
    if (!format) command.error(`lexgap: --format must be csv or xlsx; got ${JSON.stringify(explicit)}`, { exitCode: 2, code: 'lexgap.usage' });
    return format!;
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return ImportFormat.XLSX;
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return ImportFormat.CSV;
  return looksLikeXlsx(content) || looksLikeLegacyXls(content) ? ImportFormat.XLSX : ImportFormat.CSV;
}

/**
 * A bar per phase (rows checked, then records written) on stderr, when a person watches and the
 * phase is long; scripts (no TTY) see nothing.
 */
function importProgress() {
  let current: { phase: string; done: number; bar?: ReturnType<typeof progressBar> } | undefined;
  return {
    update(phase: 'check' | 'write', done: number, total: number) {
      if (!process.stderr.isTTY) return;
      if (current?.phase !== phase) {
        current?.bar?.stop();
        current = { phase, done: 0, bar: total >= PROGRESS_FROM_ROWS ? progressBar(total, phase === 'check' ? 'checking rows ' : 'writing records') : undefined };
      }
      current.bar?.tick(done - current.done);
      current.done = done;
    },
    stop: () => current?.bar?.stop(),
  };
}

export function registerImportCommand(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('import <file>')
    .description(
      `import a CSV or XLSX spreadsheet of one kind (${IMPORT_KINDS.join(', ')}): every row is checked first, then all are written in one transaction or none; ` +
        'identical rows change nothing. Exit code 0 imported, 1 problems found (each printed as "row N, column C: ..."), 2 wrong usage',
    )
    .requiredOption('-k, --kind <kind>', `what the file holds: ${IMPORT_KINDS.join(' | ')}`)
    .option('--dry-run', 'check everything and count what would change, writing nothing')
    .option('--format <format>', 'csv or xlsx (default: by the file extension)')
    .option('--json', 'print the whole report as JSON on stdout')
    .action((file: string, options: ImportOptions, command: Command) => {
      const kind = parseImportKind(options.kind);
      if (!kind) command.error(`lexgap: --kind must be one of ${IMPORT_KINDS.join(', ')}; got ${JSON.stringify(options.kind)}`, { exitCode: 2, code: 'lexgap.usage' });
      let content: Buffer;
      try {
        content = readFileSync(file);
      } catch (error) {
        command.error(`lexgap: cannot read ${file}: ${(error as Error).message}`, { exitCode: 2, code: 'lexgap.usage' });
        return;
      }
      const format = formatOf(file, content, options.format, command);
      return withCliApp(config(), async (app) => {
        const bar = importProgress();
        const report = await app
          .get(ImportService)
          .import({ kind: kind!, format, content, dryRun: options.dryRun }, OPERATOR, Object.values(Permission), (phase, done, total) => bar.update(phase, done, total))
          .finally(() => bar.stop());
        if (options.json) out.info(JSON.stringify(report, null, 2));
        for (const p of report.problems) out.error(`row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
        if (report.problems.length) {
          out.error(`lexgap: ${report.problems.length} problem(s) in ${file}: nothing was imported`);
          process.exitCode = 1;
          return;
        }
        if (options.json) return;
        const counts = `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`;
        out.info(report.dryRun ? `${kind} from ${file}: ${report.rows} row(s) checked; dry run, nothing written (would be ${counts})` : `${kind} from ${file}: ${report.rows} row(s); ${counts}`);
      });
    });
}
