import { orientedTier, spearman } from '@lexgap/reports';
import request from 'supertest';
import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';

type Compared = { code: string; score: number; tier: 'TIER_1' | 'TIER_2' | 'TIER_2_WATCH_LIST' | 'TIER_3' };

describeEachEngine('the US TIP Report tier beside the score in reports', (engine) => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it("shows Haiti's tier history up to the as-of year, with sources, in HTML, Markdown, JSON and gapReport", async () => {
    const json = await get('/reports/HT.json?asOf=2020-06-30');
    expect(json.status).toBe(200);
    const tiers: { reportYear: number; tier: string; sourceUrl: string; secondary: boolean }[] = json.body.tipTiers;
    expect(tiers.map((x) => x.reportYear)).toEqual([2001, 2002, 2003, 2005, 2012, 2013, 2014, 2015, 2016, 2018, 2019, 2020]);
    expect(tiers.find((x) => x.reportYear === 2016)).toMatchObject({ tier: 'TIER_3', sourceUrl: 'https://www.ecoi.net/en/document/1065125.html', secondary: false });

    const html = await get('/reports/HT.html?lang=es&asOf=2020-06-30');
    expect(html.status).toBe(200);
    const section = html.text.slice(html.text.indexOf('<section id="tip-tiers">'), html.text.indexOf('</section>', html.text.indexOf('<section id="tip-tiers">')));
    expect(section).toContain('Nivel en el Informe TIP de EE. UU.');
    expect(section).toContain('no solo según su ley');
    expect(section).toContain('<tr><td class="num">2016</td><td>Nivel 3</td><td><a class="source" href="https://www.ecoi.net/en/document/1065125.html"');
    expect(section).not.toContain('2021');
    // Beside the score history: the section follows it.
    expect(html.text.indexOf('<section id="history">')).toBeLessThan(html.text.indexOf('<section id="tip-tiers">'));

    const md = await get('/reports/HT.md?lang=pt&asOf=2020-06-30');
    expect(md.text).toContain('## Nível no Relatório TIP dos EUA (comparação)');
    expect(md.text).toContain('| 2016 | Nível 3 | [Fonte](https://www.ecoi.net/en/document/1065125.html) |');
    expect(md.text).toContain('| 2005 | Lista de Observação do Nível 2 |');

    const gql = await t.graphql<{ gapReport: { tipTiers: { reportYear: number; tier: string }[] } }>('{ gapReport(jurisdiction: "HT", asOf: "2020-06-30") { tipTiers { reportYear tier } } }');
    expect(gql.errors).toBeUndefined();
    expect(gql.data!.gapReport.tipTiers).toEqual(tiers.map((x) => ({ reportYear: x.reportYear, tier: x.tier })));
  });

  it('says so when no tier is recorded (Dominica was never ranked)', async () => {
    const html = await get('/reports/DM.html');
    expect(html.text).toContain('No TIP Report tier is recorded for this jurisdiction up to');
  });

  it("gives the regional report Spearman's ρ and n for the tier year nearest the as-of date, oriented so that agreement is positive", async () => {
    const json = await get('/reports/regions/OAS.json?asOf=2020-12-31');
    expect(json.status).toBe(200);
    const c: { reportYear: number; n: number; rho: number | null; states: Compared[]; divergent: unknown[] } = json.body.tipComparison;
    expect(c.reportYear).toBe(2020);
    const withScore = (json.body.ranking as { jurisdiction: { code: string }; score: number | null }[]).filter((r) => r.score !== null).map((r) => r.jurisdiction.code);
    const tiers2020: { code: string }[] = await t.dataSource.query(`SELECT jurisdiction_code AS code FROM tip_tier WHERE report_year = 2020`);
    expect(c.n).toBe(tiers2020.filter((x) => withScore.includes(x.code)).length);
    expect(c.n).toBeGreaterThan(20);
    expect(c.rho).not.toBeNull();
    expect(c.rho!).toBeCloseTo(
      spearman(
        c.states.map((s) => s.score),
        c.states.map((s) => orientedTier(s.tier)!),
      )!,
      12,
    );

    const rho = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(c.rho!);
    const html = await get('/reports/regions/OAS.html?asOf=2020-12-31');
    expect(html.text).toContain(`<p id="tip-rho"><strong>Spearman&#x27;s ρ &#x3D; ${rho} (n &#x3D; ${c.n}).</strong></p>`);
    expect(html.text).toContain('a tier in the 2020 TIP Report');
    expect(html.text).toContain('ordered from Tier 3 (lowest) to Tier 1 (highest)');

    const md = await get('/reports/regions/OAS.md?lang=fr&asOf=2020-12-31');
    const frRho = new Intl.NumberFormat('fr', { maximumFractionDigits: 2 }).format(c.rho!);
    expect(md.text).toContain(`**ρ de Spearman = ${frRho} (n = ${c.n}).**`);
    expect(md.text).toContain('## Score de lexgap et catégorie du rapport TIP des États-Unis');
    expect(md.text).toContain('Comment le lire');
  });
});
