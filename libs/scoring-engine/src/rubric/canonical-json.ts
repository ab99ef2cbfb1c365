/**
 * JSON with object keys sorted at every level and no whitespace: the same data always gives the
 * same text, whatever order a file or a program wrote its keys in. `undefined` members are left
 * out, as JSON.stringify does; arrays keep their order (order is meaning in a rubric).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`canonicalJson: ${value} has no JSON form`);
  return JSON.stringify(value);
}
