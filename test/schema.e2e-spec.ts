import { readFileSync } from 'node:fs';
import { renderSchema } from '../apps/api/src/schema/render-schema';

describe('schema.graphql', () => {
  it('is what the code generates (run `npm run schema:generate` after changing the API)', async () => {
    const committed = readFileSync('schema.graphql', 'utf8');
    expect(await renderSchema()).toBe(committed);
  });
});
