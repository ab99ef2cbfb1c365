import { seedReferenceData } from '@lexgap/composition';
import { readReferenceCsv } from '@lexgap/platform';
import { describeEachEngine } from '../support/each-engine';
import { StatementCounter } from '../support/statement-counter';
import { startTestApp, TestApp } from '../support/test-app';

/** Rows of reference-data/tip-tiers.csv per report year (2001–2015 Heiss & Kelley; 2016–2024 read from the narratives, see SOURCES.md). */
const ROWS_PER_YEAR: Record<number, number> = {
  2001: 10,
  2002: 10,
  2003: 16,
  2004: 23,
  2005: 25,
  2006: 24,
  2007: 24,
  2008: 24,
  2009: 29,
  2010: 29,
  2011: 30,
  2012: 31,
  2013: 31,
  2014: 31,
  2015: 31,
  2016: 18,
  2017: 18,
  2018: 21,
  2019: 23,
  2020: 29,
  2021: 20,
  2022: 29,
  2023: 32,
  2024: 15,
};

describeEachEngine('US TIP Report tiers (comparator reference data)', (engine) => {
  const counter = new StatementCounter();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, {}, counter);
  });
  afterAll(() => t.close());

  const perYear = async (): Promise<Record<number, number>> => {
    const rows: { year: number | string; n: number | string }[] = await t.dataSource.query('SELECT report_year AS year, COUNT(*) AS n FROM tip_tier GROUP BY report_year ORDER BY report_year');
    return Object.fromEntries(rows.map((r) => [Number(r.year), Number(r.n)]));
  };

  it('seeds every shipped row: the counts per report year of the file', async () => {
    expect(await perYear()).toEqual(ROWS_PER_YEAR);
    const file = readReferenceCsv<{ report_year: string }>('tip-tiers.csv').rows;
    expect(file).toHaveLength(573);
    const fromFile: Record<number, number> = {};
    for (const r of file) fromFile[Number(r.report_year)] = (fromFile[Number(r.report_year)] ?? 0) + 1;
    expect(fromFile).toEqual(ROWS_PER_YEAR);
    const never: { n: number | string }[] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM tip_tier WHERE jurisdiction_code IN ('DM', 'GD', 'KN')`);
    expect(Number(never[0].n)).toBe(0);
  });

  it("answers Haiti's tiers oldest first, with their sources", async () => {
    const body = await t.graphql<{ jurisdiction: { tipTiers: { reportYear: number; tier: string; sourceUrl: string | null; source: string | null; verification: string | null }[] } }>(
      '{ jurisdiction(code: "HT") { tipTiers { reportYear tier sourceUrl source verification } } }',
    );
    expect(body.errors).toBeUndefined();
    const tiers = body.data!.jurisdiction.tipTiers;
    expect(tiers.map((x) => [x.reportYear, x.tier])).toEqual([
      [2001, 'TIER_2'],
      [2002, 'TIER_2'],
      [2003, 'TIER_3'],
      [2005, 'TIER_2_WATCH_LIST'],
      [2012, 'TIER_2_WATCH_LIST'],
      [2013, 'TIER_2_WATCH_LIST'],
      [2014, 'TIER_2_WATCH_LIST'],
      [2015, 'TIER_2_WATCH_LIST'],
      [2016, 'TIER_3'],
      [2018, 'TIER_2_WATCH_LIST'],
      [2019, 'TIER_2'],
      [2020, 'TIER_2'],
      [2021, 'TIER_2_WATCH_LIST'],
      [2022, 'TIER_2_WATCH_LIST'],
      [2023, 'TIER_2_WATCH_LIST'],
    ]);
    expect(tiers.find((x) => x.reportYear === 2016)).toMatchObject({
      sourceUrl: 'https://www.ecoi.net/en/document/1065125.html',
      source: expect.stringContaining('2016 Trafficking in Persons Report'),
    });
    expect(tiers.find((x) => x.reportYear === 2023)?.verification).toMatch(/^secondary: /);
    const dm = await t.graphql<{ jurisdiction: { tipTiers: unknown[] } }>('{ jurisdiction(code: "DM") { tipTiers { reportYear } } }');
    expect(dm.data!.jurisdiction.tipTiers).toEqual([]);
  });

  it('loads the tiers of many jurisdictions in one statement (no N+1)', async () => {
    const statements = async (first: number) => {
      counter.reset();
      const body = await t.graphql<{ jurisdictions: { edges: { node: { code: string; tipTiers: { reportYear: number }[] } }[] } }>(
        'query($first: Int) { jurisdictions(region: "OAS", first: $first) { edges { node { code tipTiers { reportYear tier } } } } }',
        { first },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.jurisdictions.edges).toHaveLength(first);
      return counter.dataStatements.length;
    };
    const few = await statements(5);
    const all = await statements(35);
    expect(all).toBe(few);
    counter.reset();
    await t.graphql('{ jurisdictions(region: "OAS", first: 35) { edges { node { tipTiers { reportYear } } } } }');
    expect(counter.dataStatements.filter((s) => /tip_tier/.test(s))).toHaveLength(1);
  });

  it('gives a database that lacks the set only the rows it is missing on the next seed', async () => {
    // As if the set had never been loaded, but with the 2001–2015 rows already there (205 rows from 2016 on).
    await t.dataSource.query(`DELETE FROM tip_tier WHERE report_year >= 2016`);
    await t.dataSource.query(`DELETE FROM seed_run WHERE name = 'tip-tiers'`);
    const outcomes = await seedReferenceData(t.app);
    expect(outcomes).toContainEqual({ name: 'tip-tiers', status: 'loaded', records: 205 });
    expect(await perYear()).toEqual(ROWS_PER_YEAR);
    expect(await seedReferenceData(t.app)).toContainEqual({ name: 'tip-tiers', status: 'present', records: 0 });
  });
});
