// What the format readers hand to the import use case: rows with their line and fields,
// chunk by chunk (one chunk per block read, so a million rows are not a million awaits).
import type { TactFailure } from '../../core/errors.js';
import type { ImportFields } from '../../core/model/import-fields.js';

export const importFormats = ['csv', 'jsonl'] as const;
export type ImportFormat = (typeof importFormats)[number];

export interface RawRow {
  /** 1-based line where the row starts (CSV header is line 1). */
  readonly line: number;
  readonly fields: ImportFields;
  /** CSV only: the fields as read, for a reject file that keeps the row as it was. */
  readonly values?: readonly string[];
  /** Problems found while reading, before validation (wrong column count, bad JSON). */
  readonly problems?: readonly TactFailure[];
}

export interface RowChunk {
  readonly rows: readonly RawRow[];
  /** Bytes consumed so far, for progress. */
  readonly bytes: number;
  /** The CSV header, on the first chunk of a CSV file. */
  readonly header?: readonly string[];
  /** A problem that stops reading the file (encoding, malformed CSV, bad header). */
  readonly fatal?: readonly TactFailure[];
}
