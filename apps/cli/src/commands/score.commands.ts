import { Command } from 'commander';
import { AppConfig, todayIso } from '@lexgap/platform';
import { RubricService } from '@lexgap/rubric';
import { ScorecardService } from '@lexgap/scoring';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';

export function registerScoreCommands(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('score')
    .description('scorecards')
    .command('recompute')
    .description("recompute and store the scorecards of a region, or of a country's sub-national units (all countries by default)")
    .option('--region <code>', "M49 region or group (OAS), or a country's code (MX) for its units")
    .option('--rubric <id>', 'rubric id (default tip-legal-framework)')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today)')
    .action((options: { region?: string; rubric?: string; asOf?: string }) =>
      withCliApp(config(), async (app) => {
        const scorecards = app.get(ScorecardService);
        const rubric = await app.get(RubricService).resolve(options.rubric);
        const members = await scorecards.members(options.region);
        const asOf = options.asOf ?? todayIso();
        const started = performance.now();
        const cards = await scorecards.scorecards(members, rubric, asOf, { refresh: true });
        const scored = [...cards.values()].filter((c) => c.result.score !== null).length;
        out.info(`${cards.size} scorecard(s) under ${rubric.rubricId} v${rubric.version} as of ${asOf} in ${Math.round(performance.now() - started)} ms (${scored} with a score)`);
      }),
    );
}
