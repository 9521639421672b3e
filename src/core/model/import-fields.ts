// Reading one import row's fields while collecting every problem (one pass, no early
// exit): the lender gets the whole list for the row, not the first mistake only.
import type { ErrorCode, TactFailure } from '../errors.js';
import { failure } from '../errors.js';

export type ImportFields = Readonly<Record<string, string | number | null | undefined>>;

/** Longest accepted ids/codes and free text, in characters. */
export const maxIdLength = 64;
export const maxTextLength = 200;

export interface FieldReader {
  readonly problems: TactFailure[];
  readonly report: (code: ErrorCode, column: string, message?: string) => void;
  /** Trimmed text; '' when empty, null or absent. Absent required columns are reported. */
  readonly text: (column: string, required: boolean, maxLength?: number) => string;
  /** Raw value, for amounts that may be JSON numbers. */
  readonly raw: (column: string) => string | number | null | undefined;
}

// A class, not closures: one object per row instead of four, and monomorphic methods.
class RowReader implements FieldReader {
  readonly problems: TactFailure[] = [];
  constructor(
    private readonly fields: ImportFields,
    private readonly line: number,
  ) {}

  report(code: ErrorCode, column: string, message?: string): void {
    const line = this.line;
    this.problems.push(failure(code, message === undefined ? { path: column, line } : { path: column, line, message }));
  }

  text(column: string, required: boolean, maxLength = maxTextLength): string {
    const v = this.fields[column];
    if (v === undefined && required) {
      this.report('TACT_ERR_IMPORT_MISSING_COLUMN', column);
      return '';
    }
    const s = typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v).trim();
    if (s === '' && required) this.report('TACT_ERR_IMPORT_MISSING_VALUE', column);
    if (s.length > maxLength) this.report('TACT_ERR_IMPORT_TOO_LONG', column);
    return s;
  }

  raw(column: string): string | number | null | undefined {
    return this.fields[column];
  }
}

export const fieldReader = (fields: ImportFields, line: number): FieldReader => new RowReader(fields, line);
