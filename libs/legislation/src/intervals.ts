/** An in-force interval [from, to): `to` is exclusive and null while in force. */
export interface Interval {
  inForceFrom: string;
  inForceTo?: string | null;
}

export function overlaps(a: Interval, b: Interval): boolean {
  const aEnd = a.inForceTo ?? '9999-12-31';
  const bEnd = b.inForceTo ?? '9999-12-31';
  return a.inForceFrom < bEnd && b.inForceFrom < aEnd;
}

export function inForceOn(interval: Interval, asOf: string): boolean {
  return interval.inForceFrom <= asOf && (!interval.inForceTo || asOf < interval.inForceTo);
}
