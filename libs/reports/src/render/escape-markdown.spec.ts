import { escapeMarkdownInline, escapeMarkdownQuote, markdownDiff, markdownUrl, safeHttpUrl, urlHost } from './escape-markdown';

describe('Markdown escaping of database text', () => {
  it('backslash-escapes every character that could open markup, and writes & as an entity', () => {
    expect(escapeMarkdownInline('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdownInline('![x](javascript:alert(1)) *b* _i_ `c` ~~s~~ a|b #h \\')).toBe('!\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ a\\|b \\#h \\\\');
    expect(escapeMarkdownInline('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('folds line breaks so inline text cannot start a heading, list or table row, and escapes a leading list marker', () => {
    expect(escapeMarkdownInline('one\n# two\r\n| three')).toBe('one \\# two \\| three');
    expect(escapeMarkdownInline('- item')).toBe('\\- item');
    expect(escapeMarkdownInline('12. item')).toBe('12\\. item');
    // A number is not a list marker unless a space follows its delimiter: a score prints as written.
    expect(escapeMarkdownInline('86.9 / 100')).toBe('86.9 / 100');
    expect(escapeMarkdownInline('3)')).toBe('3\\)');
    expect(escapeMarkdownInline('Art. 145 bis, 2-4 years')).toBe('Art. 145 bis, 2-4 years');
  });

  it('quotes several lines, each escaped, keeping blank lines inside the quote', () => {
    expect(escapeMarkdownQuote('Art. 1.\n\n- <img src=x onerror=alert(1)>')).toBe('> Art. 1.\n>\n> \\- \\<img src=x onerror=alert(1)\\>');
  });

  it('writes a wording diff on one line with <del> and <ins> as its only markup, every text escaped', () => {
    const line = markdownDiff([
      { kind: 'SAME', text: 'Art. 2\n# pena ' },
      { kind: 'REMOVED', text: '*cuatro* <b>' },
      { kind: 'ADDED', text: '</ins><script>' },
      { kind: 'SAME', text: ' años.' },
    ]);
    expect(line).toBe('Art. 2 \\# pena <del>\\*cuatro\\* \\<b\\></del><ins>\\</ins\\>\\<script\\></ins> años.');
    expect(line).not.toContain('\n');
  });

  it('links only http(s) URLs, percent-encoding what would end the link target', () => {
    expect(markdownUrl('https://example.org/a (b)')).toBe('https://example.org/a%20%28b%29');
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('data:text/html,<b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl('http://example.org/x?y=1')).toBe('http://example.org/x?y=1');
  });

  it('names a link by its host for print, and only an http(s) link', () => {
    expect(urlHost('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en')).toBe('treaties.un.org');
    expect(urlHost('http://www.ilo.org:8080/dyn/normlex')).toBe('www.ilo.org');
    expect(urlHost('javascript:alert(1)')).toBeNull();
    expect(urlHost('not a url')).toBeNull();
    expect(urlHost(null)).toBeNull();
  });
});
