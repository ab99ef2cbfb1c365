import { parseJurisdictionCode, JURISDICTION_CODE_HELP } from '@lexgap/jurisdictions';
import { SOURCE_LIMITS } from '@lexgap/legal-model';
import { LANGUAGE_TAG, LANGUAGE_TAG_HELP, RECORD_KEY } from '@lexgap/legislation';
import { HTTP_URL_OPTIONS } from '@lexgap/platform';
import { isURL } from 'class-validator';
import type { ImportProblem } from '../import/import-kind';
import { CellValue, cellText, isBlank, Parsed, parseCodeList, parseDate, parseInteger, parseNumber, parseYesNo } from '../read/cells';
import type { DataRow, HeaderCell } from '../read/table';

interface TextOptions {
  required?: boolean;
  min?: number;
  max?: number;
}

/**
 * Reads the cells of one row by column name, recording a problem (row, column, cell, reason) for
 * each bad value. Readers return undefined for blank and for bad cells; `failed` says which.
 */
export class RowReader {
  private readonly before: number;

  constructor(
    readonly data: DataRow,
    private readonly columns: ReadonlyMap<string, HeaderCell>,
    private readonly problems: ImportProblem[],
    readonly date1904: boolean,
  ) {
    this.before = problems.length;
  }

  get row(): number {
    return this.data.row;
  }

  /** True once any problem was recorded for this row. */
  get failed(): boolean {
    return this.problems.length > this.before;
  }

  has(column: string): boolean {
    return this.columns.has(column);
  }

  cell(column: string): CellValue {
    const header = this.columns.get(column);
    return header ? (this.data.values[header.index] ?? null) : null;
  }

  blank(column: string): boolean {
    return isBlank(this.cell(column));
  }

  problem(column: string | null, message: string): void {
    const header = column ? this.columns.get(column) : undefined;
    this.problems.push({ row: this.data.row, column, cell: header ? `${header.letter}${this.data.row}` : null, message });
  }

  private take<T>(column: string, parsed: Parsed<T>, required = false, what = 'a value'): T | undefined {
    if (!parsed.ok) {
      this.problem(column, parsed.message);
      return undefined;
    }
    if (parsed.value === undefined && required) this.problem(column, `is required: give ${what}`);
    return parsed.value;
  }

  text(column: string, options: TextOptions = {}): string | undefined {
    const value = cellText(this.cell(column));
    if (value === undefined) {
      if (options.required) this.problem(column, 'is required');
      return undefined;
    }
    if (options.min !== undefined && value.length < options.min) this.problem(column, `must have at least ${options.min} characters (has ${value.length})`);
    else if (options.max !== undefined && value.length > options.max) this.problem(column, `must have at most ${options.max} characters (has ${value.length})`);
    else return value;
    return undefined;
  }

  /** Text kept as written (inner and outer whitespace), for provision texts. */
  verbatim(column: string, options: TextOptions = {}): string | undefined {
    const cell = this.cell(column);
    if (typeof cell === 'string' && cell.trim() !== '') {
      const value = cell.replace(/\r\n?/g, '\n').trim();
      if (options.max !== undefined && value.length > options.max) {
        this.problem(column, `must have at most ${options.max} characters (has ${value.length})`);
        return undefined;
      }
      return value;
    }
    return this.text(column, options);
  }

  key(column: string, required = true): string | undefined {
    const value = this.text(column, { required });
    if (value === undefined) return undefined;
    if (RECORD_KEY.test(value)) return value;
    const suggestion = value
      .toLowerCase()
      .replace(/\s+/g, '-')
      .replace(/[^a-z0-9._-]/g, '');
    this.problem(column, `(${JSON.stringify(value)}) must be lower-case letters, digits, dots, dashes or underscores, at most 100${RECORD_KEY.test(suggestion) ? ` (e.g. ${suggestion})` : ''}`);
    return undefined;
  }

  /** The jurisdiction code the row names, once read: checked against the database even when the row has other problems. */
  jurisdictionCode?: string;

  jurisdiction(column = 'jurisdiction'): string | undefined {
    const value = this.text(column, { required: true });
    if (value === undefined) return undefined;
    const parsed = parseJurisdictionCode(value);
    if (!parsed) this.problem(column, `(${JSON.stringify(value)}) must be ${JURISDICTION_CODE_HELP}`);
    this.jurisdictionCode = parsed?.code;
    return parsed?.code;
  }

  language(column: string): string | undefined {
    const value = this.text(column, { required: true });
    if (value === undefined) return undefined;
    if (LANGUAGE_TAG.test(value)) return value;
    this.problem(column, `(${JSON.stringify(value)}) ${LANGUAGE_TAG_HELP}`);
    return undefined;
  }

  url(column: string): string | undefined {
    const value = this.text(column, { max: SOURCE_LIMITS.urlMax });
    if (value === undefined) return undefined;
    if (isURL(value, HTTP_URL_OPTIONS)) return value;
    this.problem(column, `(${JSON.stringify(value)}) must be an http(s) URL`);
    return undefined;
  }

  date(column: string, required = false): string | undefined {
    return this.take(column, parseDate(this.cell(column), this.date1904), required, 'a date written YYYY-MM-DD');
  }

  yesNo(column: string, required = false): boolean | undefined {
    return this.take(column, parseYesNo(this.cell(column)), required, 'yes or no');
  }

  number(column: string, required = false): number | undefined {
    return this.take(column, parseNumber(this.cell(column)), required, 'a number');
  }

  integer(column: string, required = false): number | undefined {
    return this.take(column, parseInteger(this.cell(column)), required, 'a whole number');
  }

  /** A `;`-separated list of codes; `otherwise` says where values outside the list go. */
  codes(column: string, allowed: readonly string[], otherwise?: string): string[] | undefined {
    const parsed = parseCodeList(this.cell(column), allowed);
    return this.take(column, !parsed.ok && otherwise ? { ok: false, message: `${parsed.message}; ${otherwise}` } : parsed);
  }

  /** One value of a closed list, in any letter case (`ratification` → RATIFICATION). */
  oneOf<T extends string>(column: string, allowed: readonly T[], options: { required?: boolean; fallback?: T } = {}): T | undefined {
    const value = cellText(this.cell(column));
    if (value === undefined) {
      if (options.required) this.problem(column, `is required: one of ${allowed.join(', ')}`);
      return options.fallback;
    }
    const code = value.toUpperCase().replace(/\s+/g, '_');
    const found = allowed.find((a) => a === code || a === code.replace(/_/g, '-'));
    if (!found) this.problem(column, `(${JSON.stringify(value)}) must be one of ${allowed.join(', ')}`);
    return found;
  }
}
