/**
 * Exact rational numbers for the engine's sums. Weights and results are small rationals (0.15,
 * 1/2, 2 of 5 acts, 3 of 8 means); summed as floats in evidence order they gave 100,
 * 99.99999999999999 and 100.00000000000001 for the same results. As fractions of integers every
 * order gives the same value, bit for bit, and a score is rounded once, when it is published.
 */
export class Ratio {
  private constructor(
    readonly n: bigint,
    readonly d: bigint,
  ) {}

  static readonly ZERO = new Ratio(0n, 1n);
  static readonly ONE = new Ratio(1n, 1n);

  static of(n: bigint, d = 1n): Ratio {
    if (d === 0n) throw new RangeError('Ratio: division by zero');
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n < 0n ? -n : n, d);
    return new Ratio(n / g, d / g);
  }

  /**
   * The rational a finite number stands for: the simplest fraction with a denominator up to a
   * million within 1e-12 of it (0.6666666666666666 is 2/3, 0.15 is 3/20), else its exact decimal
   * (as JavaScript writes it). The same number always gives the same ratio.
   */
  static from(value: number): Ratio {
    const known = FROM_CACHE.get(value);
    if (known) return known;
    if (!Number.isFinite(value)) throw new RangeError(`Ratio: not a finite number (${value})`);
    const ratio = Number.isInteger(value) ? Ratio.of(BigInt(value)) : (simplest(value) ?? decimal(value));
    // Weights and results are a handful of values read again for every criterion of every
    // jurisdiction; ratios are immutable, so each is read once (the cache is bounded).
    if (FROM_CACHE.size < FROM_CACHE_LIMIT) FROM_CACHE.set(value, ratio);
    return ratio;
  }

  plus(other: Ratio): Ratio {
    return Ratio.of(this.n * other.d + other.n * this.d, this.d * other.d);
  }

  minus(other: Ratio): Ratio {
    return Ratio.of(this.n * other.d - other.n * this.d, this.d * other.d);
  }

  times(other: Ratio): Ratio {
    return Ratio.of(this.n * other.n, this.d * other.d);
  }

  over(other: Ratio): Ratio {
    return Ratio.of(this.n * other.d, this.d * other.n);
  }

  compare(other: Ratio): number {
    const difference = this.n * other.d - other.n * this.d;
    return difference > 0n ? 1 : difference < 0n ? -1 : 0;
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  /** Rounded half away from zero to `digits` decimals, as a number (exact decimal, then the nearest float). */
  round(digits: number): number {
    const scale = 10n ** BigInt(digits);
    const scaled = this.n * scale;
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    let q = magnitude / this.d;
    if ((magnitude % this.d) * 2n >= this.d) q += 1n;
    const result = Number(q) / Number(scale);
    return negative && result !== 0 ? -result : result;
  }

  /** The nearest float, for weights and shares a later sum reads back exactly through `from`. */
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }

  static sum(values: readonly Ratio[]): Ratio {
    return values.reduce((total, value) => total.plus(value), Ratio.ZERO);
  }
}

const FROM_CACHE = new Map<number, Ratio>();
const FROM_CACHE_LIMIT = 10_000;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

const MAX_DENOMINATOR = 1_000_000;

/** Continued-fraction convergents of `value`, the first within 1e-12 with a denominator up to a million. */
function simplest(value: number): Ratio | undefined {
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let x = value;
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(x);
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    if (k1 > MAX_DENOMINATOR) return undefined;
    if (Math.abs(h1 / k1 - value) <= 1e-12 * Math.max(1, Math.abs(value))) return Ratio.of(BigInt(h1), BigInt(k1));
    const fraction = x - a;
    if (fraction === 0) return undefined;
    x = 1 / fraction;
  }
  return undefined;
}

/** The decimal JavaScript writes for `value` (1.5e-7 included), as a ratio. */
function decimal(value: number): Ratio {
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.');
  const digits = BigInt(whole + fraction);
  const power = exponent - fraction.length;
  const n = negative ? -digits : digits;
  return power >= 0 ? Ratio.of(n * 10n ** BigInt(power)) : Ratio.of(n, 10n ** BigInt(-power));
}
