/**
 * Krippendorff's alpha with the interval metric δ(a, b) = (a − b)², for expert results on the
 * rubric's 0..1 scales. Chosen over Cohen's kappa because it takes any number of raters per unit,
 * tolerates units some raters skipped, and respects that 0.5 is nearer 1 than 0 is.
 *
 *   α = 1 − D_o / D_e
 *   D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j ∈ u} δ(v_i, v_j)      (disagreement within units)
 *   D_e = 1/(n(n − 1)) Σ_{i≠j} δ(v_i, v_j)                     (disagreement among all values)
 *
 * where units are the (jurisdiction, criterion) pairs rated by at least two raters, m_u the number
 * of values in unit u and n the number of such values in all. Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability".
 */
export interface AgreementResult {
  /** null when it cannot be computed: fewer than two pairable units' values, or no variation at all. */
  alpha: number | null;
  units: number;
  values: number;
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
}

export function krippendorffAlphaInterval(units: number[][]): AgreementResult {
  const pairable = units.filter((u) => u.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  if (pairable.length === 0 || n < 2) return { alpha: null, units: pairable.length, values: n, observedDisagreement: null, expectedDisagreement: null };
  const sumOrderedPairs = (values: number[]) => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) for (let j = 0; j < values.length; j++) if (i !== j) sum += (values[i] - values[j]) ** 2;
    return sum;
  };
  const observed = pairable.reduce((sum, u) => sum + sumOrderedPairs(u) / (u.length - 1), 0) / n;
  const expected = sumOrderedPairs(all) / (n * (n - 1));
  return { alpha: expected === 0 ? null : 1 - observed / expected, units: pairable.length, values: n, observedDisagreement: observed, expectedDisagreement: expected };
}
