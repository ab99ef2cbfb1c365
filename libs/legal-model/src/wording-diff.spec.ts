import { countWords, wordingDiff } from './wording-diff';

describe('wordingDiff', () => {
  it('shows a penalty changed from "cuatro a ocho años" to "cinco a quince años"', () => {
    const from = 'Será reprimido con prisión de cuatro a ocho años el que ofreciere, captare o acogiere personas con fines de explotación.';
    const to = 'Será reprimido con prisión de cinco a quince años el que ofreciere, captare o acogiere personas con fines de explotación.';
    const d = wordingDiff(from, to);
    expect(d.comparable).toBe(true);
    expect(d.segments).toEqual([
      { kind: 'SAME', text: 'Será reprimido con prisión de ' },
      { kind: 'REMOVED', text: 'cuatro' },
      { kind: 'ADDED', text: 'cinco' },
      { kind: 'SAME', text: ' a ' },
      { kind: 'REMOVED', text: 'ocho' },
      { kind: 'ADDED', text: 'quince' },
      { kind: 'SAME', text: ' años el que ofreciere, captare o acogiere personas con fines de explotación.' },
    ]);
    expect([d.wordsAdded, d.wordsRemoved]).toEqual([2, 2]);
  });

  it('keeps accented words whole and tells punctuation from words', () => {
    const d = wordingDiff('La víctima no será punible.', 'La víctima de trata no será punible; tampoco su acompañante.');
    expect(d.segments).toEqual([
      { kind: 'SAME', text: 'La víctima ' },
      { kind: 'ADDED', text: 'de trata ' },
      { kind: 'SAME', text: 'no será punible' },
      { kind: 'ADDED', text: '; tampoco su acompañante' },
      { kind: 'SAME', text: '.' },
    ]);
    expect(d.wordsAdded).toBe(5);
    expect(d.wordsRemoved).toBe(0);
    // Reading the segments back gives each wording.
    expect(
      d.segments
        .filter((s) => s.kind !== 'ADDED')
        .map((s) => s.text)
        .join(''),
    ).toBe('La víctima no será punible.');
    expect(
      d.segments
        .filter((s) => s.kind !== 'REMOVED')
        .map((s) => s.text)
        .join(''),
    ).toBe('La víctima de trata no será punible; tampoco su acompañante.');
  });

  it('merges adjacent pieces of the same kind', () => {
    const d = wordingDiff('El que captare, transportare o trasladare', 'Quien ofreciere, captare o acogiere');
    for (let i = 1; i < d.segments.length; i++) expect(d.segments[i].kind).not.toBe(d.segments[i - 1].kind);
  });

  it('says nothing changed for the same wording', () => {
    const text = 'Artículo 145 bis. — Será reprimido con prisión de cuatro (4) a ocho (8) años.';
    expect(wordingDiff(text, text)).toEqual({ comparable: true, reason: null, segments: [{ kind: 'SAME', text }], wordsAdded: 0, wordsRemoved: 0 });
  });

  it('never treats a wording not recorded as an empty text', () => {
    const d = wordingDiff(null, 'Será reprimido con prisión de cinco a quince años.');
    expect(d).toMatchObject({ comparable: false, segments: [], wordsAdded: 0, wordsRemoved: 0 });
    expect(d.reason).toMatch(/from.*no text recorded/);
    expect(wordingDiff('Texto.', null).reason).toMatch(/this wording has no text recorded/);
    expect(wordingDiff(null, null).reason).toMatch(/neither/);
    // An empty recorded text is a text: everything is added.
    expect(wordingDiff('', 'Texto nuevo.')).toMatchObject({ comparable: true, segments: [{ kind: 'ADDED', text: 'Texto nuevo.' }], wordsAdded: 2 });
  });

  /** The earlier wording (without ADDED) and the later (without REMOVED), read back from the segments. */
  const readBack = (d: ReturnType<typeof wordingDiff>) =>
    [d.segments.filter((x) => x.kind !== 'ADDED'), d.segments.filter((x) => x.kind !== 'REMOVED')].map((side) => side.map((x) => x.text).join(''));

  it('gives back both wordings character for character where means are added between words', () => {
    // jsdiff's diffWords alone gives "…or forceis punished…" read one way: the space before "is" goes into the added piece.
    const from = 'Trafficking in persons by threat or force is punished with imprisonment.';
    const to = 'Trafficking in persons by threat, force, fraud, deception or any other means is punished with imprisonment.';
    const d = wordingDiff(from, to);
    expect(d.segments).toEqual([
      { kind: 'SAME', text: 'Trafficking in persons by threat' },
      { kind: 'REMOVED', text: ' or' },
      { kind: 'ADDED', text: ',' },
      { kind: 'SAME', text: ' force' },
      { kind: 'ADDED', text: ', fraud, deception or any other means' },
      { kind: 'SAME', text: ' is punished with imprisonment.' },
    ]);
    expect(readBack(d)).toEqual([from, to]);
    // " or" → ",": one word removed; "fraud, deception or any other means": six added.
    expect([d.wordsAdded, d.wordsRemoved]).toEqual([6, 1]);
  });

  it('shows re-spacing as a change of white space only, with no word added or removed', () => {
    const from = 'Artículo 2.\nSerá reprimido  con prisión.';
    const to = 'Artículo 2. Será reprimido con prisión.';
    const d = wordingDiff(from, to);
    expect(readBack(d)).toEqual([from, to]);
    expect([d.wordsAdded, d.wordsRemoved]).toEqual([0, 0]);
    expect(d.segments.filter((x) => x.kind !== 'SAME').every((x) => x.text.trim() === '')).toBe(true);
  });

  it('gives back both wordings for every pair of a set of edits (insertions, deletions, replacements, spacing, ends)', () => {
    const base = ['El', 'que', 'captare,', 'transportare', 'o', 'acogiere', 'personas', 'será', 'reprimido.'];
    const variants: string[] = [base.join(' ')];
    // Every single-word deletion, duplication, replacement and double space, and the ends trimmed or padded.
    base.forEach((_, i) => {
      variants.push([...base.slice(0, i), ...base.slice(i + 1)].join(' '));
      variants.push([...base.slice(0, i + 1), base[i], ...base.slice(i + 1)].join(' '));
      variants.push([...base.slice(0, i), 'ñandú;', ...base.slice(i + 1)].join(' '));
      variants.push([...base.slice(0, i), `${base[i]} `, ...base.slice(i + 1)].join(' '));
    });
    variants.push(` ${base.join(' ')}`, `${base.join(' ')}\n`, '');
    for (const from of variants) {
      for (const to of variants) {
        const d = wordingDiff(from, to);
        expect(readBack(d)).toEqual([from, to]);
        for (let i = 1; i < d.segments.length; i++) expect(d.segments[i].kind).not.toBe(d.segments[i - 1].kind);
        expect(d.segments.every((x) => x.text !== '')).toBe(true);
      }
    }
  });

  it('counts words of any script, not punctuation', () => {
    expect(countWords('cuatro (4) a ocho (8) años — ñandú, São Paulo; Zürich.')).toBe(10);
  });
});
