import 'reflect-metadata';
import { ConfigError, loadConfig } from '@lexgap/platform';
import { openDatabase } from '@lexgap/composition';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openDatabase(config);
  const app = await createApiApp(config, dataSource);
  await app.listen(config.port);
}

main().catch((error: unknown) => {
  // Configuration and connection problems are the operator's to fix: one line, no stack.
  if (error instanceof ConfigError) {
    process.stderr.write(`lexgap: ${error.message}\n`);
  } else {
    process.stderr.write(`lexgap: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
