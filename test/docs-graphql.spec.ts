import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

/**
 * Every ```graphql example of the docs and the README is valid against the committed schema, so
 * a query a newcomer copies runs as written (schema.graphql is itself checked against the code).
 */
const root = join(__dirname, '..');
const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));

function examples(): { file: string; line: number; text: string }[] {
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((file) => {
    const out: { file: string; line: number; text: string }[] = [];
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() !== '```graphql') continue;
      const end = lines.findIndex((l, k) => k > i && l.trim() === '```');
      out.push({ file, line: i + 1, text: lines.slice(i + 1, end).join('\n') });
      i = end;
    }
    return out;
  });
}

describe('GraphQL examples in the docs', () => {
  const found = examples();

  it('finds the examples (the test cannot pass by reading nothing)', () => {
    expect(found.length).toBeGreaterThanOrEqual(3);
  });

  it.each(found.map((e) => [`${e.file}:${e.line}`, e] as const))('%s is valid against schema.graphql', (_where, example) => {
    const errors = validate(schema, parse(example.text)).map((e) => e.message);
    expect(errors).toEqual([]);
  });
});
