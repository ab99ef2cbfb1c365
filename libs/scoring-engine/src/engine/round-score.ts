/**
 * Rounds for presentation only: the engine rounds nothing, so sums and comparisons stay exact
 * and a report rounds once. Half away from zero, after removing binary noise (1.005 → 1.01).
 */
export function roundScore(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) throw new RangeError(`roundScore: digits must be an integer 0..15; got ${digits}`);
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded; // never -0
}
