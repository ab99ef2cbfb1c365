import { Command } from 'commander';
import { LANGUAGES, Language } from '@lexgap/legal-model';
import { parseLanguage } from '@lexgap/jurisdictions';
import { AppConfig, BadUserInputError } from '@lexgap/platform';
import { editionPath, ReportEditionService } from '@lexgap/reports';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';

const OPERATOR = { id: 'cli:operator', name: `operator ${process.env.USER ?? ''}`.trim() };

interface PublishOptions {
  region?: string;
  lang: string;
  rubric?: string;
  rubricVersion?: string;
  asOf?: string;
}

/**
 * `lexgap report:publish GT --lang es` (or `--region OAS`): publishes citable editions through the
 * same service as GraphQL's `publishReport`, one per language asked, and prints each edition's
 * hash and addresses (paths of the API: /reports/editions/{hash}.{lang}.{format}).
 */
export function registerReportPublishCommand(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('report:publish [code]')
    .description('publish a citable, immutable edition of a country or regional report (every format, stored by content hash)')
    .option('--region <code>', 'a region or group (OAS, 419, …): its regional report')
    .option('--lang <langs>', `comma-separated: ${LANGUAGES.join(', ')} (one edition each)`, 'en')
    .option('--rubric <id>', 'rubric id (default tip-legal-framework)')
    .option('--rubric-version <n>', 'rubric version (default the latest)')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today)')
    .action((code: string | undefined, options: PublishOptions, command: Command) => {
      if (Boolean(code) === Boolean(options.region)) command.error('lexgap: publish what? give a jurisdiction code or --region <code> (one of them)', { exitCode: 2, code: 'lexgap.usage' });
      let langs: Language[] = [];
      try {
        langs = [
          ...new Set(
            options.lang
              .split(',')
              .filter((l) => l.trim())
              .map((l) => parseLanguage(l, '--lang')),
          ),
        ];
      } catch (error) {
        const problem = error instanceof BadUserInputError ? error.problems[0] : undefined;
        command.error(`lexgap: ${problem ? `${problem.field} ${problem.message}` : String(error)}`, { exitCode: 2, code: 'lexgap.usage' });
      }
      const version = options.rubricVersion === undefined ? null : Number(options.rubricVersion);
      if (version !== null && !(Number.isInteger(version) && version >= 1)) command.error('lexgap: --rubric-version must be a whole number from 1', { exitCode: 2, code: 'lexgap.usage' });

      return withCliApp(config(), async (app) => {
        const editions = app.get(ReportEditionService);
        for (const lang of langs) {
          const outcome = await editions.publish({ jurisdiction: code ?? null, region: options.region ?? null, lang, rubric: options.rubric, version, asOf: options.asOf }, OPERATOR);
          const e = outcome.edition;
          out.info(`${outcome.created ? 'published' : 'already published'} ${e.subjectCode} ${e.lang} as of ${e.asOf}: edition ${e.contentHash}`);
          for (const file of outcome.files) out.info(`  ${file.format.padEnd(4)} ${editionPath(e.contentHash, e.lang, file.format)}`);
          if (e.pdfUnavailable) out.info(`  no PDF: ${e.pdfUnavailable}`);
        }
      });
    });
}
