// `tact import` and (later) POST /v1/imports: a CSV or JSON Lines file of accounts →
// the store, in two passes so memory stays flat at any size:
//   1. read and validate every row (and external-id duplicates across the file),
//      spooling the valid records (a temporary file in the CLI);
//   2. only if the file is acceptable, replay the spool and write the records in batches
//      of `batchSize` through Store.upsertImportBatch (one transaction per batch).
// By default one bad row means nothing is written. With skipInvalid the good rows are
// written and each bad row goes to the reject sink with its errors.
import type { TactFailure } from '../core/errors.js';
import type { TenantId } from '../core/model/ids.js';
import type { ImportRecord, PersonRole } from '../core/model/import-record.js';
import type { ImportContext } from '../core/model/parse-import-row.js';
import { parseImportRow } from '../core/model/parse-import-row.js';
import type { ImportFormat, RawRow, RowChunk } from './import/import-rows.js';
import { readCsvRows } from './import/read-csv-rows.js';
import { readJsonlRows } from './import/read-jsonl-rows.js';
import { checkDuplicate, duplicateTracker } from './import/duplicate-tracker.js';
import type { RecordSpool } from './import/record-spool.js';
import type { Store } from './ports/store.js';
import type { Actor } from './ports/store-records.js';

export interface RejectSink {
  /** One bad row as read, with its errors joined into one text (the `error` column). */
  readonly write: (row: RawRow, header: readonly string[] | undefined, error: string) => void;
}

export interface ImportProgress {
  readonly phase: 'validate' | 'write';
  readonly rows: number;
  /** Validate: bytes read so far. Write: rows to write in all. */
  readonly bytes: number;
  readonly total?: number;
}

export interface ImportAccountsInput {
  readonly tenant: TenantId;
  readonly actor: Actor;
  readonly format: ImportFormat;
  readonly context: ImportContext;
  readonly skipInvalid: boolean;
  /** The file's bytes, read once. */
  readonly source: AsyncIterable<Uint8Array>;
  /** Holds valid records until the whole file is validated; disposed before returning. */
  readonly spool: RecordSpool;
  /** Rows per store transaction; default 1,000. */
  readonly batchSize?: number;
  readonly rejects?: RejectSink;
  readonly onProgress?: (p: ImportProgress) => void;
}

export interface ImportSummary {
  readonly rowsRead: number;
  readonly rejected: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** People stored suppressed because their number is on the suppression list. */
  readonly suppressed: readonly { readonly line: number; readonly role: PersonRole }[];
  /** False when the file was refused (a fatal problem, or bad rows without skipInvalid). */
  readonly written: boolean;
  /** The first `maxReportedFailures` failures, in file order. */
  readonly failures: readonly TactFailure[];
  readonly failureCount: number;
}

export const maxReportedFailures = 1000;

export const failureText = (failures: readonly TactFailure[]): string =>
  failures.map((f) => `${f.code}${f.path === undefined ? '' : ` (${f.path})`}: ${f.message}`).join('; ');

const readRows = (format: ImportFormat, source: AsyncIterable<Uint8Array>): AsyncGenerator<RowChunk> =>
  format === 'csv' ? readCsvRows(source) : readJsonlRows(source);

interface Validation {
  readonly rowsRead: number;
  readonly badLines: ReadonlySet<number>;
  readonly fatal: boolean;
  readonly failures: readonly TactFailure[];
  readonly failureCount: number;
}

const validate = async (input: ImportAccountsInput): Promise<Validation> => {
  const failures: TactFailure[] = [];
  let failureCount = 0;
  const note = (fs: readonly TactFailure[]): void => {
    failureCount += fs.length;
    for (const f of fs) if (failures.length < maxReportedFailures) failures.push(f);
  };
  const badLines = new Set<number>();
  const ids = duplicateTracker();
  let rowsRead = 0;
  let header: readonly string[] | undefined;
  for await (const chunk of readRows(input.format, input.source)) {
    header ??= chunk.header;
    const valid: ImportRecord[] = [];
    for (const row of chunk.rows) {
      rowsRead += 1;
      const dup = checkDuplicate(ids, row);
      const parsed = row.problems === undefined ? parseImportRow(row.fields, row.line, input.context) : undefined;
      if (parsed?.ok === true && dup.length === 0) {
        // Once a row is bad and skipInvalid is off, nothing will be written: stop spooling.
        if (badLines.size === 0 || input.skipInvalid) valid.push(parsed.value);
        continue;
      }
      const problems = [...(row.problems ?? []), ...(parsed !== undefined && !parsed.ok ? parsed.error : []), ...dup];
      badLines.add(row.line);
      note(problems);
      if (input.skipInvalid) input.rejects?.write(row, header, failureText(problems));
    }
    if (chunk.fatal !== undefined) {
      note(chunk.fatal);
      return { rowsRead, badLines, fatal: true, failures, failureCount };
    }
    await input.spool.append(valid);
    input.onProgress?.({ phase: 'validate', rows: rowsRead, bytes: chunk.bytes });
  }
  return { rowsRead, badLines, fatal: false, failures, failureCount };
};

export const importAccounts = async (
  store: Pick<Store, 'upsertImportBatch'>,
  input: ImportAccountsInput,
): Promise<ImportSummary> => {
  try {
    return await validateThenWrite(store, input);
  } finally {
    await input.spool.dispose();
  }
};

const validateThenWrite = async (
  store: Pick<Store, 'upsertImportBatch'>,
  input: ImportAccountsInput,
): Promise<ImportSummary> => {
  const v = await validate(input);
  const refused = v.fatal || (v.badLines.size > 0 && !input.skipInvalid);
  const base = { rowsRead: v.rowsRead, rejected: v.badLines.size, failures: v.failures, failureCount: v.failureCount };
  if (refused) return { ...base, created: 0, updated: 0, unchanged: 0, suppressed: [], written: false };

  const batchSize = input.batchSize ?? 1000;
  const totals = { created: 0, updated: 0, unchanged: 0 };
  const suppressed: { line: number; role: PersonRole }[] = [];
  let batch: ImportRecord[] = [];
  let rows = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const r = await store.upsertImportBatch(input.tenant, batch, input.actor);
    totals.created += r.created;
    totals.updated += r.updated;
    totals.unchanged += r.unchanged;
    suppressed.push(...r.suppressed);
    rows += batch.length;
    batch = [];
    input.onProgress?.({ phase: 'write', rows, bytes: 0, total: v.rowsRead - v.badLines.size });
  };
  for await (const records of input.spool.replay()) {
    for (const record of records) {
      batch.push(record);
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  return { ...base, ...totals, suppressed, written: true };
};
