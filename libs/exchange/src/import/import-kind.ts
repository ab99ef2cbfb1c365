import { Permission } from '@lexgap/auth';

/** What a spreadsheet holds. The value is the name used in URLs, file names and the CLI. */
export enum ImportKind {
  INSTRUMENTS = 'instruments',
  PROVISIONS = 'provisions',
  LEGAL_FACTS = 'legal-facts',
  TREATY_ACTIONS = 'treaty-actions',
  ASSESSMENTS = 'assessments',
}

export const IMPORT_KINDS: readonly ImportKind[] = Object.values(ImportKind);

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/** Reads a kind as people type it: `legal-facts`, `legal_facts`, `LEGAL_FACTS`, `Legal facts`. */
export function parseImportKind(raw: string | undefined | null): ImportKind | undefined {
  if (!raw) return undefined;
  const wanted = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return IMPORT_KINDS.find((k) => k === wanted);
}

export function parseImportFormat(raw: string | undefined | null): ImportFormat | undefined {
  const wanted = raw?.trim().toUpperCase();
  return wanted === 'CSV' || wanted === 'XLSX' ? (wanted as ImportFormat) : undefined;
}

/** The permission an import of this kind needs: the corpus is edited, assessments are assessed. */
export function permissionFor(kind: ImportKind): Permission {
  return kind === ImportKind.ASSESSMENTS ? Permission.ASSESS : Permission.EDIT_LEGISLATION;
}

/** One bad cell or row: `row` as the spreadsheet shows it (header = 1), `column` by its snake_case name. */
export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
  /** The cell as a spreadsheet names it (`D2501`), when the column is in the file. */
  cell?: string | null;
}

export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  /** Data rows read (blank rows are skipped and not counted). */
  rows: number;
  /** Records created, updated, left unchanged (in a dry run: that would be); all 0 when there are problems. */
  created: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}
