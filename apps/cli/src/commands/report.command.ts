import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { LANGUAGES, Language } from '@lexgap/legal-model';
import { JurisdictionEntity, JurisdictionKind, parseLanguage } from '@lexgap/jurisdictions';
import { AppConfig, BadUserInputError } from '@lexgap/platform';
import {
  fileReportLinks,
  indexFileName,
  mapConcurrently,
  parseReportFormat,
  PdfUnavailableException,
  PRINT_CONCURRENCY,
  REPORT_FORMATS,
  reportFileName,
  ReportFormat,
  ReportService,
  WrittenReports,
} from '@lexgap/reports';
import { ScorecardService } from '@lexgap/scoring';
import { DataSource } from 'typeorm';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';
import { progressBar } from '../progress';

interface ReportCommandOptions {
  region?: string;
  units?: string;
  all?: boolean;
  format: string;
  lang: string;
  out: string;
  rubric?: string;
  rubricVersion?: string;
  asOf?: string;
}

function list<T>(raw: string, parse: (value: string, field: string) => T, field: string): T[] {
  return [
    ...new Set(
      raw
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
        .map((v) => parse(v, field)),
    ),
  ];
}

/**
 * `lexgap report`: gap reports written as files. One or more jurisdictions by code, a region
 * (`--region OAS`: the regional report and a report for each member), a country's units
 * (`--units MX`: its sub-national report and a report for each unit) or every jurisdiction
 * (`--all`), in any of the four languages and four formats. Links between the files work offline
 * and point only at files the run writes, with an index of them (`index.html`, `index.<lang>.html`).
 */
export function registerReportCommand(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('report [codes...]')
    .description("write gap reports (HTML, Markdown, PDF, JSON) for jurisdictions, a region, a country's units, or all")
    .option('--region <code>', 'a region or group (OAS, 419, …): its regional report and one per member')
    .option('--units <country>', 'a country (MX, …): its sub-national report and one per unit')
    .option('--all', 'a report for every jurisdiction')
    .option('--format <formats>', `comma-separated: ${REPORT_FORMATS.join(', ')}`, 'html')
    .option('--lang <langs>', `comma-separated: ${LANGUAGES.join(', ')}`, 'en')
    .option('-o, --out <dir>', 'folder to write into (created when missing)', 'reports')
    .option('--rubric <id>', 'rubric id (default tip-legal-framework)')
    .option('--rubric-version <n>', 'rubric version (default the latest)')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today)')
    .action((codes: string[], options: ReportCommandOptions, command: Command) => {
      const targets = [codes.length > 0, Boolean(options.region), Boolean(options.units), Boolean(options.all)].filter(Boolean).length;
      if (targets !== 1) command.error('lexgap: report what? give jurisdiction codes, --region <code>, --units <country> or --all (one of them)', { exitCode: 2, code: 'lexgap.usage' });
      let formats: ReportFormat[];
      let langs: Language[];
      try {
        formats = list(options.format, parseReportFormat, '--format');
        langs = list(options.lang, parseLanguage, '--lang');
      } catch (error) {
        const problem = error instanceof BadUserInputError ? error.problems[0] : undefined;
        command.error(`lexgap: ${problem ? `${problem.field} ${problem.message}` : String(error)}`, { exitCode: 2, code: 'lexgap.usage' });
        return;
      }
      const version = options.rubricVersion === undefined ? null : Number(options.rubricVersion);
      if (version !== null && !(Number.isInteger(version) && version >= 1)) command.error('lexgap: --rubric-version must be a whole number from 1', { exitCode: 2, code: 'lexgap.usage' });

      return withCliApp(config(), async (app) => {
        const reports = app.get(ReportService);
        if (formats.includes('pdf') && !reports.printer.available()) {
          throw new PdfUnavailableException(
            `--format pdf needs a Chromium browser, and none is at ${reports.printer.browserPath}: install Debian's chromium package or set LEXGAP_CHROMIUM_PATH`,
            reports.printer.browserPath,
          );
        }
        const data = reports.data;
        let jurisdictions: JurisdictionEntity[];
        let unitsOf: string | null = null;
        if (options.all)
          jurisdictions = await app
            .get(DataSource)
            .getRepository(JurisdictionEntity)
            .find({ order: { code: 'ASC' } });
        else if (options.region) jurisdictions = await app.get(ScorecardService).members(options.region);
        else if (options.units) {
          // Refuses a unit's or an unknown code before anything is written.
          const country = await data.requireJurisdiction(options.units, '--units');
          if (country.kind !== JurisdictionKind.COUNTRY) throw BadUserInputError.field('--units', `must name a country; ${country.code} is a unit of ${country.parentCode}`);
          jurisdictions = await app.get(ScorecardService).members(country.code);
          unitsOf = country.code;
        } else jurisdictions = await Promise.all(codes.map((code, i) => data.requireJurisdiction(code, `codes[${i}]`)));

        mkdirSync(options.out, { recursive: true });
        // Links between the files point only at files this run writes, and at its index of them.
        const plan: WrittenReports = {
          langs,
          formats,
          countries: jurisdictions.map((j) => j.code),
          // members() found the region, so its code is the one findRegion reads.
          regions: options.region ? [options.region.trim().toUpperCase()] : [],
          units: unitsOf ? [unitsOf] : [],
          index: true,
        };
        const links = fileReportLinks(plan);
        const regionalCount = options.region || unitsOf ? 1 : 0;
        const bar = progressBar((jurisdictions.length + regionalCount) * langs.length * formats.length + langs.length, 'reports');
        const started = performance.now();
        let written = 0;
        let indexes = 0;
        const write = (name: string, body: Buffer) => {
          writeFileSync(join(options.out, name), body);
          written++;
        };
        try {
          for (const lang of langs) {
            const resolved = await data.resolve({ rubric: options.rubric, version, asOf: options.asOf, lang });
            if (options.region) {
              const regional = await data.regionalReport(options.region, { rubric: options.rubric, version, asOf: resolved.asOf, lang });
              for (const format of formats) {
                write(reportFileName({ kind: 'regional', code: regional.region.code }, format, lang), (await reports.renderRegional(regional, format, links)).body);
                bar.tick(1, `${regional.region.code} ${lang}`);
              }
            }
            if (unitsOf) {
              const units = await data.unitsReport(unitsOf, { rubric: options.rubric, version, asOf: resolved.asOf, lang }, '--units');
              for (const format of formats) {
                write(reportFileName({ kind: 'units', code: units.country.code }, format, lang), (await reports.renderUnits(units, format, links)).body);
                bar.tick(1, `units ${units.country.code} ${lang}`);
              }
            }
            // Built in batches: a batch shares its queries, and memory stays bounded for --all.
            // Rendered as many at a time as the PDF printer has pages.
            for (let i = 0; i < jurisdictions.length; i += 50) {
              const batch = await data.countryReports(jurisdictions.slice(i, i + 50), resolved);
              await mapConcurrently(batch, PRINT_CONCURRENCY, async (report) => {
                for (const format of formats) {
                  write(reportFileName({ kind: 'country', code: report.jurisdiction.code }, format, lang), (await reports.renderCountry(report, format, links)).body);
                  bar.tick(1, `${report.jurisdiction.code} ${lang}`);
                }
              });
            }
            // The folder's index in this language: the reports just written, nothing else.
            const index = await data.index({ rubric: options.rubric, version, asOf: resolved.asOf, lang }, null, jurisdictions);
            const page = reports.renderer.index({ ...index, regions: index.regions.filter((r) => plan.regions.includes(r.code)), folder: true }, links);
            writeFileSync(join(options.out, indexFileName(lang, langs)), page, 'utf8');
            indexes++;
            bar.tick(1, `index ${lang}`);
          }
        } finally {
          bar.stop();
        }
        out.info(`${written} report file(s) and ${indexes} index page(s) (${indexFileName(langs[0], langs)}) written to ${options.out} in ${Math.round(performance.now() - started)} ms`);
      });
    });
}
