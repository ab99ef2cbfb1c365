/**
 * The one rule of text a person enters, over GraphQL or in a spreadsheet cell: what both database
 * engines store alike and every reader can read back.
 *
 * - Unicode is normalised to NFC, so "e" + combining acute and "é" are one value on both engines.
 * - NUL and the other control characters are refused (PostgreSQL cannot store NUL; SQLite can, and
 *   a backup holding one could never be restored elsewhere). Long texts (a provision's wording, a
 *   rationale, a note) may hold tabs and line breaks; short ones (names, keys, citations) may not.
 * - Lone surrogates (half a character) are refused: each engine would store them differently.
 * - A text of only white space is no text: "required" means something to read.
 */
export type TextReading = { ok: true; value: string | undefined } | { ok: false; message: string };

/** The field names (the last part of a path, the column of a cell) whose texts may hold tabs and line breaks. */
export const MULTILINE_TEXT_FIELDS: ReadonlySet<string> = new Set(['text', 'rationale', 'note', 'reservations', 'comment', 'reason', 'description', 'heading', 'body']);

/**
 * The most entries any list of an input may hold, over GraphQL: a backstop for every list, so none
 * is unbounded. Each list has its own, smaller cap besides (evidence 50 and 20, fact lists 30,
 * penalties 50, instrument versions 200), declared on its input.
 */
export const MAX_INPUT_LIST_ENTRIES = 1_000;

/** Fields that carry a whole file (an import's CSV text or base64 workbook): the rule reads its cells, each where it stands, not the file. */
export const FILE_FIELDS: ReadonlySet<string> = new Set(['content']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Every lone surrogate of a text (global: for readers that must carry them to the rule past a step that would turn them into U+FFFD). */
export const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');
// eslint-disable-next-line no-control-regex -- control characters are what this rule finds
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- as above, less tab, line feed and carriage return
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Reads one entered text: the clean value (undefined for blank), or why it is refused. */
export function readText(raw: string, options: { multiline: boolean }): TextReading {
  if (LONE_SURROGATE.test(raw)) return { ok: false, message: 'holds half a character (a lone surrogate); re-enter the text' };
  const match = (options.multiline ? CONTROL_EXCEPT_LINES : CONTROL).exec(raw);
  if (match) {
    const code = match[0].charCodeAt(0);
    const name = code === 0 ? 'a NUL character' : `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
    return { ok: false, message: `holds ${name}${options.multiline ? '' : '; only long texts may hold tabs and line breaks'}` };
  }
  const value = raw.normalize('NFC');
  return { ok: true, value: value.trim() === '' ? undefined : value };
}

/** Whether a field (by the last name of its path or its column) may hold line breaks. */
export function isMultilineField(name: string): boolean {
  return MULTILINE_TEXT_FIELDS.has(name);
}
