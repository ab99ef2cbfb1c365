/**
 * Every legal fact carries its source: a URL, a citation, or both. These are the one rule of what
 * a source is, read by the GraphQL inputs, the spreadsheet import and the API alike.
 */
export const SOURCE_LIMITS = {
  /** A citation shorter than this ("Ley") cannot be found again. */
  citationMin: 3,
  citationMax: 500,
  urlMax: 1000,
} as const;

/** A record that names its source. */
export interface Sourced {
  sourceUrl?: string | null;
  sourceCitation?: string | null;
}

/** A problem with a field path relative to the record (`sourceUrl`, `versions[2].inForceTo`). */
export interface RecordProblem {
  field: string;
  message: string;
}

/** The problem when a record names no source (`what` says which kind of record), or undefined. */
export function missingSourceProblem(record: Sourced, what: string, alternative: { url: string; citation: string } = { url: 'sourceUrl', citation: 'sourceCitation' }): RecordProblem | undefined {
  if (record.sourceUrl?.trim() || record.sourceCitation?.trim()) return undefined;
  return { field: alternative.url, message: `or ${alternative.citation} is required: every ${what} carries its source` };
}

/** Problems relative to a record, placed under a prefix (`input.`) for the caller that reports them. */
export function underPath(prefix: string, problems: readonly RecordProblem[]): RecordProblem[] {
  return problems.map((p) => ({ field: `${prefix}${p.field}`, message: p.message }));
}
