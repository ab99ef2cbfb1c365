import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderSchema } from './render-schema';

/** `schema:generate` writes schema.graphql; with --check it only compares and exits 1 on drift. */
async function main(): Promise<number> {
  const path = resolve('schema.graphql');
  const generated = await renderSchema();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(path, 'utf8');
    if (committed !== generated) {
      process.stderr.write('schema.graphql differs from the schema the code generates: run `npm run schema:generate` and commit it\n');
      return 1;
    }
    process.stdout.write('schema.graphql matches the code\n');
    return 0;
  }
  writeFileSync(path, generated);
  process.stdout.write(`wrote ${path}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
