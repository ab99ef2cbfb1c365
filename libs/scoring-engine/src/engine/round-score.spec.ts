import { roundScore } from './round-score';

describe('roundScore (presentation only)', () => {
  it('rounds half away from zero after removing binary noise', () => {
    expect(roundScore(59.927719742534556)).toBe(59.9);
    expect(roundScore(59.927719742534556, 2)).toBe(59.93);
    expect(roundScore(1.005, 2)).toBe(1.01); // 1.005 is 1.00499999999999989… in binary
    expect(roundScore(72.45, 1)).toBe(72.5);
    expect(roundScore(0.04, 1)).toBe(0);
    expect(Object.is(roundScore(-0.04, 1), 0)).toBe(true);
  });

  it('refuses a digit count it cannot honour', () => {
    expect(() => roundScore(1, -1)).toThrow(RangeError);
    expect(() => roundScore(1, 1.5)).toThrow(RangeError);
  });
});
