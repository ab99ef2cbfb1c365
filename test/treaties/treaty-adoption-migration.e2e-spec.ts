import { TREATY_CATALOGUE } from '@lexgap/treaties';
import { TREATY_ADOPTION_DATES, TreatyAdoption1764288000000 } from '../../migrations/1764288000000-treaty-adoption';
import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';

describe('the treaty-adoption migration', () => {
  it('writes the dates the catalogue has (the catalogue cites their sources)', () => {
    expect(TREATY_ADOPTION_DATES).toEqual(Object.fromEntries(TREATY_CATALOGUE.map((t) => [t.code, t.adoptedOn])));
  });
});

/** A database seeded before the column existed: its treaties, referenced by treaty actions and observations, get their dates. */
describeEachEngine('the treaty-adoption migration on a seeded database', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);

  it('goes down and up again keeping every treaty record, dates every treaty and drops the stored scorecards', async () => {
    const card = await t.graphql('{ scorecard(jurisdiction: "BB", asOf: "1999-12-31") { score } }');
    expect(card.errors).toBeUndefined();
    expect(await count('scorecard_snapshot')).toBeGreaterThan(0);
    const actions = await count('treaty_action');
    const observations = await count('treaty_status_observation');
    expect(actions).toBeGreaterThan(0);

    const migration = new TreatyAdoption1764288000000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      expect(Object.keys((await runner.query(`SELECT * FROM "treaty"`))[0])).not.toContain('adopted_on');
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: { code: string; adopted_on: string | Date }[] = await t.dataSource.query(`SELECT code, adopted_on FROM "treaty"`);
    const day = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    expect(Object.fromEntries(rows.map((r) => [r.code, day(r.adopted_on)]))).toEqual(TREATY_ADOPTION_DATES);
    expect(await count('treaty_action')).toBe(actions);
    expect(await count('treaty_status_observation')).toBe(observations);
    expect(await count('scorecard_snapshot')).toBe(0);
  });
});
