import { Command } from 'commander';
import { AppConfig } from '@lexgap/platform';
import { seedReferenceData } from '@lexgap/composition';
import { withCliApp } from '../cli-context';
import { CliOutput } from '../cli-output';

export function registerSeedCommand(program: Command, config: () => AppConfig, out: CliOutput): void {
  program
    .command('seed')
    .description('migrate, then load the shipped reference data this database does not have yet')
    .action(() =>
      withCliApp(config(), async (app) => {
        const outcomes = await seedReferenceData(app);
        for (const o of outcomes) out.info(o.status === 'loaded' ? `loaded ${o.name} (${o.records} records)` : `present ${o.name}`);
        if (outcomes.length === 0) out.info('no reference data sets are defined');
      }),
    );
}
