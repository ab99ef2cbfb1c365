import { Translator } from '../i18n/translator';
import { countryTipTiers, orientedTier, regionalTipComparison, TipTierRecord } from './tip-tiers';

const tier = (jurisdictionCode: string, reportYear: number, t: TipTierRecord['tier'], verification = 'full-text copy of the State Department country narrative'): TipTierRecord => ({
  jurisdictionCode,
  reportYear,
  tier: t,
  source: `US State Department, ${reportYear} Trafficking in Persons Report`,
  sourceUrl: `https://example.org/${jurisdictionCode}/${reportYear}`,
  verification,
});

describe('US TIP Report tiers in reports', () => {
  const en = new Translator('en');

  it('orders the tiers so that a better tier is a larger number, and leaves a special case out', () => {
    expect(['TIER_3', 'TIER_2_WATCH_LIST', 'TIER_2', 'TIER_1'].map((t) => orientedTier(t as TipTierRecord['tier']))).toEqual([1, 2, 3, 4]);
    expect(orientedTier('SPECIAL_CASE')).toBeNull();
  });

  it("shows a country's tiers up to the as-of date's year, oldest first, restatements marked", () => {
    const rows = countryTipTiers(new Translator('es'), [tier('HT', 2023, 'TIER_2_WATCH_LIST', 'secondary: a news article'), tier('HT', 2016, 'TIER_3'), tier('HT', 2024, 'TIER_2')], '2023-06-30');
    expect(rows.map((r) => [r.reportYear, r.tier, r.label, r.secondary])).toEqual([
      [2016, 'TIER_3', 'Nivel 3', false],
      [2023, 'TIER_2_WATCH_LIST', 'Lista de Vigilancia del Nivel 2', true],
    ]);
  });

  it('compares the scores with the latest tier year up to the as-of date (the hand-computed 29/38 of the Spearman spec)', () => {
    const members = [
      { code: 'AA', name: 'Aland', score: 90, rank: 1 },
      { code: 'BB', name: 'Bland', score: 80, rank: 2 },
      { code: 'CC', name: 'Cland', score: 80, rank: 2 },
      { code: 'DD', name: 'Dland', score: 60, rank: null },
      { code: 'EE', name: 'Eland', score: 40, rank: 5 },
      { code: 'FF', name: 'Fland', score: 70, rank: 4 }, // no tier in 2022: not compared
      { code: 'GG', name: 'Gland', score: null, rank: null }, // no score: not compared
    ];
    const tiers = [
      tier('AA', 2022, 'TIER_1'),
      tier('BB', 2022, 'TIER_2'),
      tier('CC', 2022, 'TIER_2_WATCH_LIST'),
      tier('DD', 2022, 'TIER_2'),
      tier('EE', 2022, 'TIER_3'),
      tier('FF', 2021, 'TIER_1'),
      tier('GG', 2022, 'TIER_1'),
      tier('AA', 2023, 'TIER_3'), // after the as-of date's year: not used
    ];
    const c = regionalTipComparison(en, members, tiers, '2022-12-31');
    expect(c.reportYear).toBe(2022);
    expect(c.n).toBe(5);
    expect(c.rho).toBeCloseTo(29 / 38, 12);
    expect(c.unranked).toBe(1);
    expect(c.withoutTier).toEqual(['Fland']);
    // Places, 1 = best: scores 90, 80, 80, 60, 40 → 1, 2.5, 2.5, 4, 5; tiers → 1, 2.5, 4, 2.5, 5.
    expect(c.divergent.map((s) => [s.code, s.scorePlace, s.tierPlace, s.difference])).toEqual([
      ['CC', 2.5, 4, 1.5],
      ['DD', 4, 2.5, -1.5],
    ]);
    expect(c.states.map((s) => s.code)).toEqual(['AA', 'BB', 'CC', 'DD', 'EE']);
  });

  it('gives no ρ with fewer than three states compared, and no year without tiers', () => {
    const two = regionalTipComparison(
      en,
      [
        { code: 'AA', name: 'A', score: 50, rank: 1 },
        { code: 'BB', name: 'B', score: 40, rank: 2 },
      ],
      [tier('AA', 2020, 'TIER_1'), tier('BB', 2020, 'TIER_3')],
      '2024-01-01',
    );
    expect([two.reportYear, two.n, two.rho]).toEqual([2020, 2, null]);
    const none = regionalTipComparison(en, [{ code: 'AA', name: 'A', score: 50, rank: 1 }], [tier('AA', 2025, 'TIER_1'), tier('AA', 2010, 'SPECIAL_CASE')], '2024-01-01');
    expect(none).toMatchObject({ reportYear: null, n: 0, rho: null, withoutTier: [], divergent: [] });
  });
});
