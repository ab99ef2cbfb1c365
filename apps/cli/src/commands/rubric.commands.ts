import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { AppConfig, BadUserInputError } from '@lexgap/platform';
import { RubricService } from '@lexgap/rubric';
import { missingTranslations, rubricContentHash, validateRubric } from '@lexgap/scoring-engine';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';

const OPERATOR = { id: 'cli:operator', name: `operator ${process.env.USER ?? ''}`.trim() };

function readDocument(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BadUserInputError([{ field: file, message: `is not a readable JSON file: ${(error as Error).message}` }]);
  }
}

export function registerRubricCommands(program: Command, config: () => AppConfig, out: CliOutput): void {
  const rubric = program.command('rubric').description('validate and publish rubric files');

  rubric
    .command('validate <file>')
    .description('check a rubric file without publishing it; exit code 1 with every bad entry when invalid')
    .action((file: string) => {
      const result = validateRubric(readDocument(file));
      if (!result.ok) {
        result.errors.forEach((e) => out.error(`${file}: ${e.path || '(document)'}: ${e.message}`));
        process.exitCode = 1;
        return;
      }
      const missing = missingTranslations(result.rubric);
      out.info(`${result.rubric.id} v${result.rubric.version} is valid (hash ${rubricContentHash(result.rubric)})`);
      if (missing.length) out.info(`${missing.length} text(s) lack a translation and fall back to English, e.g. ${missing.slice(0, 3).join(', ')}`);
    });

  rubric
    .command('publish <file>')
    .description('validate and publish a rubric version; a published version is immutable')
    .action((file: string) =>
      withCliApp(config(), async (app) => {
        const outcome = await app.get(RubricService).publish(readDocument(file), OPERATOR);
        const r = outcome.rubric;
        out.info(outcome.status === 'published' ? `published ${r.rubricId} v${r.version} (hash ${r.contentHash})` : `${r.rubricId} v${r.version} is already published with this content`);
      }),
    );
}
