import type { Criterion } from '@lexgap/scoring-engine';
import { resultProblems, SCALE_TOLERANCE, scaledResult } from './assessment.rules';

const criterion = (type: 'levels' | 'share', values: number[]): Criterion =>
  ({ id: 'PAL-9', scale: { type, levels: values.map((value) => ({ value, label: { en: String(value) } })) } }) as unknown as Criterion;

describe('scaledResult', () => {
  const halves = criterion('levels', [0, 0.5, 1]);

  it.each([
    [1.0000000001, 1],
    [0.9999999999, 1],
    [0.49999999999999994, 0.5],
    [0.5000000000001, 0.5],
    [-1e-12, 0],
    [0.5, 0.5],
  ])('stores %s as the level %s exactly', (given, stored) => {
    expect(scaledResult(halves, given, false)).toEqual({ result: stored, problems: [] });
    expect(Object.is(scaledResult(halves, given, false).result, stored)).toBe(true);
  });

  it.each([1.000000001, 0 + SCALE_TOLERANCE, 0.25, 2, -0.5, Number.NaN])('refuses %s, listing the levels', (given) => {
    expect(scaledResult(halves, given, false)).toEqual({ result: null, problems: [{ field: 'result', message: `(${given}) is out of PAL-9's scale: one of 0, 0.5, 1` }] });
    expect(resultProblems(halves, given, false)).toHaveLength(1);
  });

  it('takes any share from 0 to 1 as given, and snaps only the ends', () => {
    const share = criterion('share', [0, 1]);
    expect(scaledResult(share, 0.3333333333, false)).toEqual({ result: 0.3333333333, problems: [] });
    expect(scaledResult(share, 1.0000000001, false)).toEqual({ result: 1, problems: [] });
    expect(scaledResult(share, -1e-10, false)).toEqual({ result: 0, problems: [] });
    expect(scaledResult(share, 1.01, false).problems).toEqual([{ field: 'result', message: "(1.01) is out of PAL-9's scale: a share from 0 to 1" }]);
  });

  it('stores no result when not applicable, and requires one otherwise', () => {
    expect(scaledResult(halves, null, true)).toEqual({ result: null, problems: [] });
    expect(scaledResult(halves, 1, true).problems).toEqual([{ field: 'result', message: 'must be omitted when the criterion is not applicable' }]);
    expect(scaledResult(halves, undefined, false).problems).toEqual([{ field: 'result', message: 'is required (or set notApplicable)' }]);
  });
});
