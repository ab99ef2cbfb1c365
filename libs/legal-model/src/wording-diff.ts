import { diffArrays } from 'diff';

/** What a piece of a word-level diff is: the vocabulary, declared once (the GraphQL enum derives from it). */
export const DIFF_SEGMENT_KINDS = ['SAME', 'ADDED', 'REMOVED'] as const;
export type DiffSegmentKind = (typeof DIFF_SEGMENT_KINDS)[number];

export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
}

/** Two wordings compared word by word; not comparable when either text is not recorded. */
export type WordingDiff =
  { comparable: true; reason: null; segments: DiffSegment[]; wordsAdded: number; wordsRemoved: number } | { comparable: false; reason: string; segments: []; wordsAdded: 0; wordsRemoved: 0 };

/** A word: letters and digits of any script (accents included), so punctuation and spaces are not counted. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * A wording cut into tokens that together are the text: each a word (letters, marks and digits of
 * any script) or one other character, with the white space before it; white space at the end is a
 * token of its own.
 */
const TOKEN = /\s*(?:[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}])|\s+$/gu;
const tokens = (text: string): string[] => text.match(TOKEN) ?? [];
const leadingSpace = (token: string): string => /^\s*/.exec(token)![0];

/**
 * The word-level changes from one wording to another. Words and punctuation are compared without
 * the white space around them (jsdiff's diffArrays on the tokens' cores), so re-spacing alone is
 * not a change of words; the segments still carry every character, so reading them without the
 * ADDED ones gives the earlier wording exactly and without the REMOVED ones the later (jsdiff's
 * diffWords moves white space between pieces and loses that). Adjacent pieces of the same kind are
 * merged, and white space both sides share is kept out of the changed pieces. A wording whose text
 * is not recorded (null) is not an empty text: the diff then says so instead of showing every word
 * as added.
 */
export function wordingDiff(fromText: string | null, toText: string | null): WordingDiff {
  if (fromText === null || toText === null) {
    const which =
      fromText === null && toText === null ? 'neither wording has its text recorded' : fromText === null ? 'the earlier wording (from) has no text recorded' : 'this wording has no text recorded';
    return { comparable: false, reason: `${which}, so the two cannot be compared word by word`, segments: [], wordsAdded: 0, wordsRemoved: 0 };
  }
  const before = tokens(fromText);
  const after = tokens(toText);
  const raw: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(
    before.map((t) => t.trimStart()),
    after.map((t) => t.trimStart()),
  )) {
    for (let k = 0; k < change.count; k++) {
      if (change.removed) raw.push({ kind: 'REMOVED', text: before[i++] });
      else if (change.added) raw.push({ kind: 'ADDED', text: after[j++] });
      else {
        // The same word; only the white space before it may differ.
        const [was, is] = [leadingSpace(before[i]), leadingSpace(after[j])];
        if (was !== is) raw.push({ kind: 'REMOVED', text: was }, { kind: 'ADDED', text: is }, { kind: 'SAME', text: after[j].slice(is.length) });
        else raw.push({ kind: 'SAME', text: after[j] });
        i++;
        j++;
      }
    }
  }
  const segments = tidy(raw);
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const s of segments) {
    if (s.kind === 'ADDED') wordsAdded += countWords(s.text);
    if (s.kind === 'REMOVED') wordsRemoved += countWords(s.text);
  }
  return { comparable: true, reason: null, segments, wordsAdded, wordsRemoved };
}

/**
 * Adjacent pieces of one kind merged, empty ones dropped, and white space a change shares with the
 * text around it kept in the unchanged text: " cuatro" → " cinco" reads as " " then cuatro → cinco,
 * and an insertion " de trata" before " no" as "de trata " before "no". Each move keeps both
 * wordings' texts intact.
 */
function tidy(raw: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  const push = (kind: DiffSegmentKind, text: string) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  // A run of changes between unchanged pieces: what it removes and what it adds.
  let removed = '';
  let added = '';
  /** Writes the run out before the unchanged text `next` (null at the end) and returns what is left of `next`. */
  const flush = (next: string | null): string | null => {
    if (removed !== '' && added !== '') {
      // A replacement: the white space both sides begin with is unchanged.
      const shared = commonPrefix(leadingSpace(removed), leadingSpace(added));
      push('SAME', shared);
      removed = removed.slice(shared.length);
      added = added.slice(shared.length);
    } else if (next !== null) {
      // An insertion or a deletion: its leading white space, when the next word has the same, moves to its end.
      const change = removed || added;
      const space = leadingSpace(change);
      if (space !== '' && leadingSpace(next) === space) {
        push('SAME', space);
        const moved = change.slice(space.length) + space;
        if (removed) removed = moved;
        else added = moved;
        next = next.slice(space.length);
      }
    }
    push('REMOVED', removed);
    push('ADDED', added);
    removed = '';
    added = '';
    return next;
  };
  for (const s of raw) {
    if (s.kind === 'REMOVED') removed += s.text;
    else if (s.kind === 'ADDED') added += s.text;
    else push('SAME', flush(s.text)!);
  }
  flush(null);
  return out;
}

function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return a.slice(0, n);
}
