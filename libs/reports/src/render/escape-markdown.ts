/**
 * Text from the database, made inert in Markdown: CommonMark backslash escapes for every
 * character that could start markup inline (emphasis, code, links, images, HTML, tables,
 * strikethrough), `&` as an entity so no entity is formed, and line breaks folded to spaces so
 * nothing can begin a heading, list or quote. Escaped text renders as exactly the text written.
 */
export function escapeMarkdownInline(text: string): string {
  return (
    text
      .replace(/\r\n?|\n/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      // A list number is escaped at its delimiter ("12\. item"): CommonMark escapes punctuation only,
      // so "\12." would print its backslash. Digits not followed by a space ("86.9") start no list.
      .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
  );
}

/** Several lines of text (a provision's wording) as a Markdown blockquote, each line escaped. */
export function escapeMarkdownQuote(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdownInline(line)}`))
    .join('\n');
}

/**
 * An http(s) URL usable as a Markdown link target, or null. Characters that would end the
 * target or open markup are percent-encoded; any other scheme (javascript:, data:) is refused.
 */
export function markdownUrl(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe === null ? null : safe.replace(/[()<>\s\\[\]|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The URL when it is http or https, else null: nothing else becomes a link in a report. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The host of an http(s) URL ("treaties.un.org"), or null: what a printed report shows beside a
 * link instead of the whole URL, which keeps the full address in its href (and the PDF's link).
 */
export function urlHost(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe === null ? null : new URL(safe).hostname || null;
}

/**
 * A word-level diff as one Markdown line: shared text escaped, removed text in `<del>`, added text
 * in `<ins>` (inline HTML, which CommonMark passes through: `~~`/`**` would not open next to
 * punctuation, and legal text often adds "; " or "," alone). The tags are the only markup; every
 * character of the texts is escaped, so a wording cannot add any of its own.
 */
export function markdownDiff(segments: readonly { kind: 'SAME' | 'ADDED' | 'REMOVED'; text: string }[]): string {
  return segments
    .map(({ kind, text }) => {
      const escaped = escapeMarkdownInline(text);
      return kind === 'ADDED' ? `<ins>${escaped}</ins>` : kind === 'REMOVED' ? `<del>${escaped}</del>` : escaped;
    })
    .join('');
}
