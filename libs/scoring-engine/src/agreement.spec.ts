import { krippendorffAlphaInterval } from './agreement';

describe("Krippendorff's alpha (interval)", () => {
  it('matches a value computed by hand', () => {
    // Units: [1, 1], [0.5, 1], [0, 0]; n = 6.
    // D_o = (0 + 2·0.25/1 + 0) / 6 = 0.5/6 = 1/12.
    // All values 1,1,1,0.5,0,0: unordered pairs 3·0.25 (1–0.5) + 6·1 (1–0) + 2·0.25 (0.5–0) = 7.25,
    //   ordered 14.5; D_e = 14.5 / (6·5) = 29/60.
    // α = 1 − (1/12)/(29/60) = 1 − 5/29 = 24/29 = 0.827586…
    const result = krippendorffAlphaInterval([
      [1, 1],
      [0.5, 1],
      [0, 0],
    ]);
    expect(result.alpha).toBeCloseTo(24 / 29, 12);
    expect(result.observedDisagreement).toBeCloseTo(1 / 12, 12);
    expect(result.expectedDisagreement).toBeCloseTo(29 / 60, 12);
    expect(result.units).toBe(3);
    expect(result.values).toBe(6);
  });

  it('is 1 for perfect agreement and negative for systematic disagreement', () => {
    expect(
      krippendorffAlphaInterval([
        [1, 1],
        [0, 0],
        [0.5, 0.5],
      ]).alpha,
    ).toBe(1);
    // [1, 0], [0, 1]: D_o = (2 + 2)/4 = 1; all values 1,0,0,1: unordered pairs 4·1 = 4, ordered 8, D_e = 8/12 = 2/3.
    // α = 1 − 1/(2/3) = −0.5.
    expect(
      krippendorffAlphaInterval([
        [1, 0],
        [0, 1],
      ]).alpha,
    ).toBeCloseTo(-0.5, 12);
  });

  it('ignores units rated once and cannot be computed without variation', () => {
    expect(krippendorffAlphaInterval([[1], [0.5]]).alpha).toBeNull();
    expect(krippendorffAlphaInterval([[1, 1], [1, 1], [0.25]]).alpha).toBeNull();
  });

  it('takes three raters on a unit', () => {
    // Unit [1, 0.5, 0]: ordered pairs 2·(0.25 + 1 + 0.25) = 3, /(m−1 = 2) = 1.5; unit [1, 1]: 0. n = 5.
    // D_o = 1.5/5 = 0.3. All values 1,0.5,0,1,1: pairs (1,0.5)×3·0.25 + (1,0)×3·1 + (0.5,0)·0.25 + (1,1)×3·0
    //   = 0.75 + 3 + 0.25 = 4, ordered 8; D_e = 8/20 = 0.4. α = 1 − 0.3/0.4 = 0.25.
    expect(
      krippendorffAlphaInterval([
        [1, 0.5, 0],
        [1, 1],
      ]).alpha,
    ).toBeCloseTo(0.25, 12);
  });
});
