import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Command } from 'commander';
import { ExportFile, ExportFormat, ExportService, parseExportFormat } from '@lexgap/exchange';
import { AppConfig } from '@lexgap/platform';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';

const WHAT = ['scorecards', 'rankings', 'assessments'] as const;

interface ExportOptions {
  format?: string;
  out: string;
  region?: string;
  rubric?: string;
  rubricVersion?: string;
  asOf?: string;
  lang?: string;
  jurisdiction?: string;
  status?: string;
}

export function registerExportCommand(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('export <what>')
    .description(`write ${WHAT.join(', ')} as CSV (long format, rubric and as-of date on every row) or XLSX (an About sheet, a summary, one sheet per category)`)
    .requiredOption('-o, --out <file>', 'file to write ("-": stdout, CSV only)')
    .option('--format <format>', 'csv or xlsx (default: by the --out extension)')
    .option('--region <code>', 'M49 region or group, e.g. OAS (scorecards, rankings; default every country)')
    .option('--rubric <id>', 'rubric id (default tip-legal-framework)')
    .option('--rubric-version <n>', 'rubric version (scorecards, assessments; default the latest)')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (scorecards, rankings; default today)')
    .option('--lang <lang>', 'en, es, pt or fr for names and titles (default en)')
    .option('--jurisdiction <code>', 'only this jurisdiction (assessments)')
    .option('--status <status>', 'only assessments in this status (DRAFT, SUBMITTED, APPROVED, CHANGES_REQUESTED)')
    .action((what: string, options: ExportOptions, command: Command) => {
      if (!(WHAT as readonly string[]).includes(what)) command.error(`lexgap: export what? one of ${WHAT.join(', ')}; got ${JSON.stringify(what)}`, { exitCode: 2, code: 'lexgap.usage' });
      const ext = extname(options.out).toLowerCase().replace('.', '');
      let format: ExportFormat;
      try {
        format = parseExportFormat(options.format ?? (ext === 'xlsx' || ext === 'csv' ? ext : 'csv'), '--format');
      } catch {
        command.error(`lexgap: --format must be csv or xlsx; got ${JSON.stringify(options.format)}`, { exitCode: 2, code: 'lexgap.usage' });
        return;
      }
      if (options.out === '-' && format === ExportFormat.XLSX) command.error('lexgap: an XLSX workbook goes to a file: give --out <file>.xlsx', { exitCode: 2, code: 'lexgap.usage' });
      const version = options.rubricVersion === undefined ? null : Number(options.rubricVersion);
      if (version !== null && !(Number.isInteger(version) && version >= 1)) command.error('lexgap: --rubric-version must be a whole number from 1', { exitCode: 2, code: 'lexgap.usage' });
      return withCliApp(config(), async (app) => {
        const exports = app.get(ExportService);
        const common = { format, rubric: options.rubric, lang: options.lang };
        let file: ExportFile;
        if (what === 'scorecards') file = await exports.exportScorecards({ ...common, region: options.region, version, asOf: options.asOf });
        else if (what === 'rankings') file = await exports.exportRankings({ ...common, region: options.region, asOf: options.asOf });
        else file = await exports.exportAssessments({ format, rubric: options.rubric, version, jurisdiction: options.jurisdiction, status: options.status });
        if (options.out === '-') {
          process.stdout.write(file.body);
          return;
        }
        writeFileSync(options.out, file.body);
        out.info(`${what}: ${file.rows} row(s) written to ${options.out} (${format.toUpperCase()}, ${file.fileName})`);
      });
    });
}
