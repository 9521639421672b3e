// JSON Lines → rows: one JSON object per line, values strings, numbers or null (the same
// names as the CSV columns). A line that is not such an object is a row problem, not a
// fatal one: the other lines are still read and checked.
import type { TactFailure } from '../../core/errors.js';
import { failure } from '../../core/errors.js';
import { checkColumns } from '../../core/model/import-columns.js';
import type { ImportFields } from '../../core/model/import-fields.js';
import { decodeUtf8, EncodingProblem } from './decode-utf8.js';
import type { RawRow, RowChunk } from './import-rows.js';

const isScalar = (v: unknown): v is string | number | null => v === null || typeof v === 'string' || typeof v === 'number';

export const jsonlRow = (text: string, line: number): RawRow => {
  const bad = (): RawRow => ({ line, fields: {}, problems: [failure('TACT_ERR_IMPORT_MALFORMED_JSONL', { line })] });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return bad();
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return bad();
  const entries = Object.entries(value);
  const nested = entries.filter(([, v]) => !isScalar(v)).map(([k]) => k);
  if (nested.length > 0) {
    return { line, fields: {}, problems: nested.map((k) => failure('TACT_ERR_IMPORT_MALFORMED_JSONL', { line, path: k })) };
  }
  const fields = value as ImportFields;
  const columnProblems: TactFailure[] = checkColumns(Object.keys(fields), line, false);
  return columnProblems.length > 0 ? { line, fields, problems: columnProblems } : { line, fields };
};

export async function* readJsonlRows(source: AsyncIterable<Uint8Array>): AsyncGenerator<RowChunk> {
  let bytes = 0;
  let line = 0;
  let rest = '';
  let seenRow = false;
  const counted = async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      bytes += chunk.byteLength;
      yield chunk;
    }
  };
  const rowsOf = (lines: readonly string[]): RawRow[] => {
    const rows: RawRow[] = [];
    for (const raw of lines) {
      line += 1;
      const text = (line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
      if (text === '') continue;
      seenRow = true;
      rows.push(jsonlRow(text, line));
    }
    return rows;
  };
  try {
    for await (const text of decodeUtf8(counted())) {
      const lines = (rest + text).split('\n');
      rest = lines.pop() ?? '';
      yield { rows: rowsOf(lines), bytes };
    }
  } catch (e) {
    if (!(e instanceof EncodingProblem)) throw e;
    yield { rows: [], bytes, fatal: [e.failure] };
    return;
  }
  const last = rowsOf([rest]);
  if (!seenRow) {
    yield { rows: [], bytes, fatal: [failure('TACT_ERR_IMPORT_EMPTY_FILE', { line: 1 })] };
    return;
  }
  yield { rows: last, bytes };
}
