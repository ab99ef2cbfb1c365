import { parseCodeList, parseDate, parseNumber, parseYesNo, serialToIsoDate } from './cells';

describe('yes/no cells', () => {
  it.each(['yes', 'Yes', ' YES ', 'y', 'true', 'TRUE', '1', 'sí', 'Sí', 'si', 'SI', 'sim', 'oui', 'Oui', 'verdadero', 'x'])('reads %j as yes', (word) => {
    expect(parseYesNo(word)).toEqual({ ok: true, value: true });
  });
  it.each(['no', 'No', 'n', 'false', '0', 'non', 'Non', 'não', 'NÃO', 'nao', 'falso', 'faux'])('reads %j as no', (word) => {
    expect(parseYesNo(word)).toEqual({ ok: true, value: false });
  });
  it('reads spreadsheet booleans and 1/0 numbers', () => {
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo(false)).toEqual({ ok: true, value: false });
    expect(parseYesNo(1)).toEqual({ ok: true, value: true });
    expect(parseYesNo(0)).toEqual({ ok: true, value: false });
  });
  it('reads blank as "not stated", never as no', () => {
    for (const blank of ['', '   ', null]) expect(parseYesNo(blank)).toEqual({ ok: true, value: undefined });
  });
  it('refuses anything else, saying what it takes', () => {
    const parsed = parseYesNo('maybe');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/must be yes or no.*leave it blank when not stated/);
    expect(parseYesNo(2).ok).toBe(false);
  });
});

describe('spreadsheet serial dates', () => {
  it('converts the 1900 date system, around the fictitious 1900-02-29', () => {
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
    expect(serialToIsoDate(60)).toBeUndefined();
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(36526)).toBe('2000-01-01');
    expect(serialToIsoDate(41270)).toBe('2012-12-27');
    expect(serialToIsoDate(45473.75)).toBe('2024-06-30'); // a time of day is dropped
  });
  it('converts the 1904 date system of old Mac workbooks', () => {
    expect(serialToIsoDate(35064, true)).toBe('2000-01-01');
  });
  it('reads serial numbers, date cells and ISO text as YYYY-MM-DD', () => {
    expect(parseDate(41270)).toEqual({ ok: true, value: '2012-12-27' });
    expect(parseDate(new Date(Date.UTC(2012, 11, 27)))).toEqual({ ok: true, value: '2012-12-27' });
    expect(parseDate(new Date(Date.UTC(2012, 11, 26, 23, 59, 59, 990)))).toEqual({ ok: true, value: '2012-12-27' }); // float error of a serial
    expect(parseDate(' 2012-12-27 ')).toEqual({ ok: true, value: '2012-12-27' });
    expect(parseDate('2012-12-27T00:00:00Z')).toEqual({ ok: true, value: '2012-12-27' });
    expect(parseDate('')).toEqual({ ok: true, value: undefined });
  });
  it('refuses day/month orders and impossible dates rather than guessing', () => {
    const ambiguous = parseDate('03/04/2012');
    expect(!ambiguous.ok && ambiguous.message).toMatch(/ambiguous.*YYYY-MM-DD/);
    expect(parseDate('2023-02-29').ok).toBe(false);
    expect(parseDate('2012-1-5').ok).toBe(false);
    expect(parseDate('yesterday').ok).toBe(false);
    expect(parseDate(60).ok).toBe(false);
  });
});

describe('numbers and code lists', () => {
  it('reads a decimal point or a decimal comma', () => {
    expect(parseNumber('0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber(0.25)).toEqual({ ok: true, value: 0.25 });
    expect(parseNumber('half').ok).toBe(false);
  });
  it('reads codes in any case, separated by ; , or new lines, and names the unknown ones', () => {
    expect(parseCodeList('recruitment; Transfer,\nHARBOURING', ['RECRUITMENT', 'TRANSFER', 'HARBOURING'])).toEqual({ ok: true, value: ['RECRUITMENT', 'TRANSFER', 'HARBOURING'] });
    expect(parseCodeList('sexual exploitation; forced-labour', ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'])).toEqual({ ok: true, value: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR'] });
    const bad = parseCodeList('RECRUITMENT; KIDNAPPING', ['RECRUITMENT']);
    expect(!bad.ok && bad.message).toMatch(/"KIDNAPPING" is not one of RECRUITMENT/);
    expect(parseCodeList('RECRUITMENT; recruitment', ['RECRUITMENT']).ok).toBe(false);
  });
});
