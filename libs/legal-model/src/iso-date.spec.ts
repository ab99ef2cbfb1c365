import { assertIsoDate, compareIsoDates, formatAtPrecision, isFirstDayOfPrecision, isIsoDate } from './iso-date';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2002-11-19')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true); // leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isIsoDate('1900-02-29')).toBe(false); // divisible by 100, not 400
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('2023-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it('checks that a lower-precision date is written as its first day', () => {
    expect(isFirstDayOfPrecision('2014-11-01', 'MONTH')).toBe(true);
    expect(isFirstDayOfPrecision('2014-11-15', 'MONTH')).toBe(false);
    expect(isFirstDayOfPrecision('2014-01-01', 'YEAR')).toBe(true);
    expect(isFirstDayOfPrecision('2014-11-01', 'YEAR')).toBe(false);
    expect(isFirstDayOfPrecision('2014-11-15', 'DAY')).toBe(true);
  });

  it('writes a date only as far as it is known', () => {
    expect(formatAtPrecision('2014-11-01', 'MONTH')).toBe('2014-11');
    expect(formatAtPrecision('2014-01-01', 'YEAR')).toBe('2014');
    expect(formatAtPrecision('2014-11-19', 'DAY')).toBe('2014-11-19');
  });

  it('orders dates as strings and refuses a malformed argument', () => {
    expect(['2010-01-02', '2002-11-19', '2010-01-01'].sort(compareIsoDates)).toEqual(['2002-11-19', '2010-01-01', '2010-01-02']);
    expect(() => assertIsoDate('2024-02-30', 'asOf')).toThrow('asOf must be a date written YYYY-MM-DD; got "2024-02-30"');
  });
});
