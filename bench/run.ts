import 'reflect-metadata';
import { testEngines } from '../test/support/test-engines';
import { benchBackup } from './backup.bench';
import { importBenchTable } from './exchange.bench';
import { reportsBenchTable } from './reports.bench';
import { benchScoring } from './scoring.bench';

/** `npm run bench`: speed figures, on each engine (LEXGAP_TEST_ENGINES), printed as a table. */
async function main(): Promise<void> {
  const rows: string[] = ['| engine | jurisdictions | cold (read + score + store) | from stored results | ratio cold/stored | engine alone |', '| --- | --- | --- | --- | --- | --- |'];
  for (const engine of testEngines()) {
    const r = await benchScoring(engine);
    rows.push(`| ${r.engine} | ${r.jurisdictions} | ${r.coldMs.toFixed(0)} ms | ${r.storedMs.toFixed(0)} ms | ${(r.coldMs / r.storedMs).toFixed(1)}× | ${r.engineOnlyMs.toFixed(1)} ms |`);
  }
  process.stdout.write(`\nScoring 250 jurisdictions × tip-legal-framework v1 (median of 5)\n\n${rows.join('\n')}\n`);

  const backup = ['| engine | rows | bundle | backup | restore (one transaction) |', '| --- | --- | --- | --- | --- |'];
  for (const engine of testEngines()) {
    const r = await benchBackup(engine);
    backup.push(`| ${r.engine} | ${r.rows} | ${(r.bundleBytes / 1e6).toFixed(1)} MB | ${r.backupMs.toFixed(0)} ms | ${r.restoreMs.toFixed(0)} ms |`);
  }
  process.stdout.write(`\nFull backup and restore: reference data + synthetic legislation for 249 countries (median of 3)\n\n${backup.join('\n')}\n`);
  process.stdout.write(await importBenchTable(testEngines()));
  process.stdout.write(await reportsBenchTable(testEngines()));
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
