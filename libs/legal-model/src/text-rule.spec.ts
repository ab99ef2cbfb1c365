import { isMultilineField, LONE_SURROGATES, readText } from './text-rule';

describe('the text rule', () => {
  const line = { multiline: false };
  const long = { multiline: true };

  it('normalises to NFC and reads white space alone as no value', () => {
    expect(readText('Proteccio\u0301n', line)).toEqual({ ok: true, value: 'Protección' });
    expect(readText(' \u00A0 ', line)).toEqual({ ok: true, value: undefined });
    expect(readText('\n\t ', long)).toEqual({ ok: true, value: undefined });
  });

  it('refuses NUL, C0, DEL and C1 controls, and lone surrogates', () => {
    for (const c of ['\u0000', '\u0001', '\u001F', '\u007F', '\u0080', '\u0085', '\u009F']) {
      expect(readText(`a${c}b`, long)).toMatchObject({ ok: false });
      expect(readText(`a${c}b`, line)).toMatchObject({ ok: false });
    }
    expect(readText('a\u0000b', line)).toMatchObject({ message: expect.stringMatching(/NUL/) });
    expect(readText('a\uD800b', long)).toMatchObject({ ok: false, message: expect.stringMatching(/lone surrogate/) });
    expect(readText('\uDC00', long)).toMatchObject({ ok: false });
    expect(readText('🛡️', line)).toEqual({ ok: true, value: '🛡️' });
  });

  it('lets tabs and line breaks into long texts only', () => {
    expect(readText('a\r\n\tb', long)).toEqual({ ok: true, value: 'a\r\n\tb' });
    expect(readText('a\nb', line)).toMatchObject({ ok: false, message: expect.stringMatching(/U\+000A.*line breaks/) });
    expect(isMultilineField('text')).toBe(true);
    expect(isMultilineField('citation')).toBe(false);
  });

  it('finds every lone surrogate', () => {
    expect('a\uD800b\uDC00c\uD83D\uDEE1'.match(LONE_SURROGATES)).toEqual(['\uD800', '\uDC00']);
  });
});
