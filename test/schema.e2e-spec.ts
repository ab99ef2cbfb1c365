import { readFileSync } from 'node:fs';
import { buildSchema, isNonNullType } from 'graphql';
import { renderSchema } from '../apps/api/src/schema/render-schema';

describe('schema.graphql', () => {
  it('is what the code generates (run `npm run schema:generate` after changing the API)', async () => {
    const committed = readFileSync('schema.graphql', 'utf8');
    expect(await renderSchema()).toBe(committed);
  });

  it('declares every mutation nullable: one refused mutation of a request never hides what the others wrote', () => {
    const mutations = Object.values(buildSchema(readFileSync('schema.graphql', 'utf8')).getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(10);
    expect(mutations.filter((m) => isNonNullType(m.type)).map((m) => m.name)).toEqual([]);
  });
});
