/**
 * Spearman's rank correlation, pure: no framework, no I/O. Ties share the average of the ranks
 * they span, and ρ is Pearson's correlation of those ranks (which stays exact with ties, where
 * the shortcut 1 − 6Σd²/(n(n²−1)) does not).
 */

/** Ranks 1…n, smallest value first; equal values share the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++;
    // Positions start…end (0-based) are ranks start+1…end+1: their average.
    const shared = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k].index] = shared;
    start = end + 1;
  }
  return ranks;
}

/**
 * Spearman's ρ of paired observations (xs[i] with ys[i]), from −1 to 1; null with fewer than two
 * pairs or when one side has no spread (every value equal), where ρ is not defined.
 */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error(`spearman: ${xs.length} values paired with ${ys.length}`);
  const n = xs.length;
  if (n < 2) return null;
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const mean = (n + 1) / 2; // the mean of any average ranks of n values
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i] - mean;
    const dy = ry[i] - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
