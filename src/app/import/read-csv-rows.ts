// CSV (RFC 4180) → rows, streaming through csvRecordReader with its quote checks: a stray
// or unbalanced quote stops the file with MALFORMED_CSV at its line, because after it
// no field boundary can be trusted. Column counts are checked here, row by row, so every
// short or long row is reported instead of only the first.
import type { TactFailure } from '../../core/errors.js';
import { failure } from '../../core/errors.js';
import { checkColumns } from '../../core/model/import-columns.js';
import { CsvProblem, csvRecordReader } from './csv-record-reader.js';
import { decodeUtf8, EncodingProblem } from './decode-utf8.js';
import type { RawRow, RowChunk } from './import-rows.js';

const csvFailure = (e: unknown): TactFailure => {
  if (e instanceof EncodingProblem) return e.failure;
  if (e instanceof CsvProblem) return failure('TACT_ERR_IMPORT_MALFORMED_CSV', { line: e.line });
  throw e;
};

export async function* readCsvRows(source: AsyncIterable<Uint8Array>): AsyncGenerator<RowChunk> {
  let header: readonly string[] | undefined;
  // Every row's fields object is a copy of this one (a key per column) filled in place: a
  // copy keeps V8's fast property layout, where adding 23 keys one by one to `{}` turns each
  // object into a hash table (≈ 4 µs a row to build, slower to read).
  let blank: Record<string, string> = {};
  let pending: RawRow[] = [];
  let headerFailures: TactFailure[] = [];
  let bytes = 0;
  const onRecord = (values: string[], line: number): void => {
    if (values.length === 1 && values[0] === '') return; // a blank line
    if (header === undefined) {
      header = values.map((v) => v.trim());
      headerFailures = checkColumns(header, line, true);
      blank = {};
      for (const column of header) blank[column] = '';
      blank = { ...blank };
      return;
    }
    const h = header;
    if (values.length !== h.length) {
      const problem = failure('TACT_ERR_IMPORT_WRONG_COLUMN_COUNT', {
        line,
        message: `The row has ${values.length} fields; the header has ${h.length}.`,
      });
      pending.push({ line, fields: {}, values, problems: [problem] });
      return;
    }
    const fields: Record<string, string> = { ...blank };
    for (let i = 0; i < h.length; i += 1) fields[h[i] as string] = values[i] as string;
    pending.push({ line, fields, values });
  };
  // A UTF-8 byte-order mark (Excel's "CSV UTF-8") is dropped silently.
  const parser = csvRecordReader(onRecord);

  const counted = async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      bytes += chunk.byteLength;
      yield chunk;
    }
  };
  let sentHeader = false;
  const take = (): RowChunk | undefined => {
    if (header !== undefined && headerFailures.length > 0) return { rows: [], bytes, fatal: headerFailures };
    if (pending.length === 0 && (sentHeader || header === undefined)) return undefined;
    const chunk: RowChunk = { rows: pending, bytes, ...(!sentHeader && header !== undefined ? { header } : {}) };
    sentHeader = header !== undefined;
    pending = [];
    return chunk;
  };
  try {
    for await (const text of decodeUtf8(counted())) {
      parser.push(text);
      const chunk = take();
      if (chunk !== undefined) yield chunk;
      if (chunk?.fatal !== undefined) return;
    }
    parser.end();
  } catch (e) {
    const rows = pending;
    pending = [];
    yield { rows, bytes, fatal: [csvFailure(e)] };
    return;
  }
  const last = take();
  if (last !== undefined) yield last;
  if (header === undefined) yield { rows: [], bytes, fatal: [failure('TACT_ERR_IMPORT_EMPTY_FILE', { line: 1 })] };
}
