import { formatPenalties, parsePenalties } from './penalties';

const parse = (text: string) => {
  const parsed = parsePenalties(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};
const refusal = (text: string) => {
  const parsed = parsePenalties(text);
  if (parsed.ok) throw new Error(`accepted ${text}`);
  return parsed.message;
};

describe('the penalty grammar', () => {
  it('reads the example of the documentation', () => {
    expect(parse('TRAFFICKING 4-8; RAPE 6-15; TRAFFICKING fine-in-lieu')).toEqual([
      { offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8 },
      { offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 },
      { offence: 'TRAFFICKING', fineInLieuOfImprisonment: true },
    ]);
  });

  it('reads minimums, maximums, fines, notes, unit words, decimals and free letter case', () => {
    expect(parse('child trafficking 10+ fine (doubled for officials)')).toEqual([{ offence: 'CHILD_TRAFFICKING', imprisonmentMinYears: 10, fine: true, note: 'doubled for officials' }]);
    expect(parse('Sex_Trafficking min 5 max 15 no-fine')).toEqual([{ offence: 'SEX_TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 15, fine: false }]);
    expect(parse('FORCED_LABOUR 0,5 - 2 años; trafficking aggravated 8–20 years no-fine-in-lieu')).toEqual([
      { offence: 'FORCED_LABOUR', imprisonmentMinYears: 0.5, imprisonmentMaxYears: 2 },
      { offence: 'TRAFFICKING_AGGRAVATED', imprisonmentMinYears: 8, imprisonmentMaxYears: 20, fineInLieuOfImprisonment: false },
    ]);
    expect(parse('TRAFFICKING max 12')).toEqual([{ offence: 'TRAFFICKING', imprisonmentMaxYears: 12 }]);
  });

  it('reads blank as not stated and a [ cell as JSON', () => {
    expect(parsePenalties('')).toEqual({ ok: true, value: undefined });
    expect(parsePenalties(null)).toEqual({ ok: true, value: undefined });
    expect(parse('[{"offence":"RAPE","imprisonmentMinYears":6}]')).toEqual([{ offence: 'RAPE', imprisonmentMinYears: 6 }]);
  });

  it('refuses what it cannot read, naming the penalty and the word', () => {
    expect(refusal('TRAFFICKING 4-8; MURDER 10-20')).toMatch(/^penalty 2 \("MURDER 10-20"\): starts with "MURDER", not an offence: one of TRAFFICKING/);
    expect(refusal('TRAFFICKING 8')).toMatch(/"8" alone is ambiguous/);
    expect(refusal('TRAFFICKING 4-8 4-9')).toMatch(/gives the minimum twice/);
    expect(refusal('TRAFFICKING four to eight')).toMatch(/"four" is not understood/);
    expect(refusal('TRAFFICKING (note) 4-8')).toMatch(/note in parentheses must come last/);
    expect(refusal('[{"offence":')).toMatch(/is not valid JSON/);
  });

  it('reads life imprisonment as the maximum, never as a number of years', () => {
    expect(parse('TRAFFICKING 3-life; CHILD_TRAFFICKING life')).toEqual([
      { offence: 'TRAFFICKING', imprisonmentMinYears: 3, lifeImprisonment: true },
      { offence: 'CHILD_TRAFFICKING', lifeImprisonment: true },
    ]);
    expect(parse('sex trafficking 15 – Life years (art. 3)')).toEqual([{ offence: 'SEX_TRAFFICKING', imprisonmentMinYears: 15, lifeImprisonment: true, note: 'art. 3' }]);
    expect(parse('TRAFFICKING min 10 life')).toEqual([{ offence: 'TRAFFICKING', imprisonmentMinYears: 10, lifeImprisonment: true }]);
    expect(refusal('TRAFFICKING 3-life max 20')).toMatch(/gives the maximum twice/);
    expect(refusal('TRAFFICKING max 20 life')).toMatch(/gives the maximum twice/);
    expect(refusal('TRAFFICKING life-3')).toMatch(/"life-3" is not understood/);
    expect(formatPenalties(parse('TRAFFICKING 3-life fine; CHILD_TRAFFICKING life'))).toBe('TRAFFICKING 3-life fine; CHILD_TRAFFICKING life');
  });

  it('writes penalties back in the same grammar', () => {
    const text = 'TRAFFICKING 4-8 fine; RAPE min 6; CHILD_TRAFFICKING max 20 fine-in-lieu (note)';
    expect(formatPenalties(parse(text))).toBe(text);
  });
});
