import { averageRanks, spearman } from './rank-correlation';

describe("Spearman's rank correlation", () => {
  /*
   * Worked by hand. Five states: lexgap scores x = 90, 80, 80, 60, 40 and TIP tiers Tier 1,
   * Tier 2, Tier 2 Watch List, Tier 2, Tier 3, oriented so that a better tier is a larger number
   * (Tier 3 = 1, Watch List = 2, Tier 2 = 3, Tier 1 = 4): y = 4, 3, 2, 3, 1.
   *
   *   ranks of x (smallest first, ties averaged): 40→1, 60→2, 80 and 80→(3+4)/2 = 3.5, 90→5
   *     rx = 5, 3.5, 3.5, 2, 1
   *   ranks of y: 1→1, 2→2, 3 and 3→3.5, 4→5
   *     ry = 5, 3.5, 2, 3.5, 1
   *   both means are (n+1)/2 = 3; deviations dx = 2, .5, .5, −1, −2 and dy = 2, .5, −1, .5, −2
   *   Σ dx·dy = 4 + .25 − .5 − .5 + 4 = 7.25;  Σ dx² = Σ dy² = 4 + .25 + .25 + 1 + 4 = 9.5
   *   ρ = 7.25 / √(9.5 · 9.5) = 7.25 / 9.5 = 29/38 ≈ 0.7632
   *
   * With the tiers as the report numbers them (Tier 1 = 1 … Tier 3 = 4: y' = 1, 2, 3, 2, 4) the
   * same agreement reads ρ = −29/38: hence the orientation.
   */
  it('gives the hand-computed 29/38 with tied scores and tied tiers, and its negative with the tiers unoriented', () => {
    expect(averageRanks([90, 80, 80, 60, 40])).toEqual([5, 3.5, 3.5, 2, 1]);
    expect(averageRanks([4, 3, 2, 3, 1])).toEqual([5, 3.5, 2, 3.5, 1]);
    expect(spearman([90, 80, 80, 60, 40], [4, 3, 2, 3, 1])).toBeCloseTo(29 / 38, 12);
    expect(spearman([90, 80, 80, 60, 40], [1, 2, 3, 2, 4])).toBeCloseTo(-29 / 38, 12);
  });

  it('is 1 for the same order, −1 for the reverse, whatever the values', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 100])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 7, 5, 1])).toBeCloseTo(-1, 12);
  });

  it('averages the ranks of a run of ties', () => {
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
    expect(averageRanks([3, 1, 3, 2, 3])).toEqual([4, 1, 4, 2, 4]);
    expect(averageRanks([])).toEqual([]);
  });

  it('is not defined with fewer than two pairs or without spread on a side', () => {
    expect(spearman([], [])).toBeNull();
    expect(spearman([5], [1])).toBeNull();
    expect(spearman([100, 100, 100], [1, 2, 3])).toBeNull();
    expect(spearman([1, 2, 3], [2, 2, 2])).toBeNull();
    expect(() => spearman([1, 2], [1])).toThrow(/paired/);
  });
});
