// The import use case with a recording store: batching, progress, the spool's life, and
// which rows reach the reject sink. (Against the real store: test/e2e/import-store.test.ts.)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importAccounts, type ImportProgress, type ImportAccountsInput } from '../../../src/app/import-accounts.js';
import { memoryRecordSpool, type RecordSpool } from '../../../src/app/import/record-spool.js';
import type { ImportRecord } from '../../../src/core/model/import-record.js';
import { tenantId } from '../../../src/core/model/ids.js';
import { fileRecordSpool } from '../../../src/cli/file-record-spool.js';
import { openRejectFile } from '../../../src/cli/reject-file.js';
import { readCsvRows } from '../../../src/app/import/read-csv-rows.js';

const header = 'external_id,product,currency,principal,balance,amount_overdue,due_date,borrower_name,borrower_phone';
const row = (i: number, phone = `1380013${String(8000 + i)}`) => `A-${i},loan,CNY,100,100,10,2026-03-01,"Wang, ${i}",${phone}`;
const file = (rows: readonly string[]) => `${header}\n${rows.join('\n')}\n`;

async function* bytesOf(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

const recordingStore = () => {
  const batches: (readonly ImportRecord[])[] = [];
  return {
    batches,
    upsertImportBatch: async (_t: unknown, records: readonly ImportRecord[]) => {
      batches.push(records);
      return { created: records.length, updated: 0, unchanged: 0, suppressed: [] };
    },
  };
};

const input = (text: string, extra: Partial<ImportAccountsInput> = {}): ImportAccountsInput => ({
  tenant: tenantId('t'),
  actor: 'test',
  format: 'csv',
  context: { defaultRegion: 'CN', defaultTimeZone: 'Asia/Shanghai', today: '2026-03-20' },
  skipInvalid: false,
  source: bytesOf(text),
  spool: memoryRecordSpool(),
  ...extra,
});

describe('importAccounts', () => {
  it('writes valid rows in batches of batchSize, in file order, and reports progress per phase', async () => {
    const store = recordingStore();
    const progress: ImportProgress[] = [];
    const s = await importAccounts(store, input(file(Array.from({ length: 25 }, (_, i) => row(i))), { batchSize: 10, onProgress: (p) => progress.push(p) }));
    expect(store.batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(store.batches.flat().map((r) => r.line)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    expect(s).toMatchObject({ rowsRead: 25, created: 25, rejected: 0, written: true });
    expect(progress.filter((p) => p.phase === 'write').map((p) => [p.rows, p.total])).toEqual([[10, 25], [20, 25], [25, 25]]);
    expect(progress.some((p) => p.phase === 'validate')).toBe(true);
  });

  it('default mode: a bad row means the store is never called and nothing reaches the reject sink', async () => {
    const store = recordingStore();
    const rejected: number[] = [];
    const s = await importAccounts(store, input(file([row(1), row(2, 'abc'), row(3)]), { rejects: { write: (r) => rejected.push(r.line) } }));
    expect(store.batches).toEqual([]);
    expect(rejected).toEqual([]);
    expect(s).toMatchObject({ written: false, rejected: 1, failureCount: 1 });
  });

  it('skipInvalid: good rows written, each bad row (including a duplicate) sent to the sink once with its errors', async () => {
    const store = recordingStore();
    const rejected: string[] = [];
    const s = await importAccounts(
      store,
      input(file([row(1), row(2, 'abc'), row(3), row(1, '13900139000')]), { skipInvalid: true, rejects: { write: (r, _h, e) => rejected.push(`${r.line}:${e}`) } }),
    );
    expect(store.batches.flat().map((r) => r.externalId)).toEqual(['A-1', 'A-3']);
    expect(rejected).toEqual([
      expect.stringMatching(/^3:TACT_ERR_IMPORT_BAD_PHONE \(borrower_phone\)/),
      expect.stringMatching(/^5:TACT_ERR_IMPORT_DUPLICATE_EXTERNAL_ID \(external_id\): .*line 2/),
    ]);
    expect(s).toMatchObject({ written: true, created: 2, rejected: 2 });
  });

  it('keeps at most 1,000 failures in the summary but counts them all', async () => {
    const s = await importAccounts(recordingStore(), input(file(Array.from({ length: 1200 }, (_, i) => row(i, 'x')))));
    expect(s.failures).toHaveLength(1000);
    expect(s.failureCount).toBe(1200);
  });

  it('disposes the spool whatever happens, even when the store throws', async () => {
    let disposed = 0;
    const inner = memoryRecordSpool();
    const spool: RecordSpool = { ...inner, dispose: async () => void (disposed += 1) };
    const failing = { upsertImportBatch: async () => Promise.reject(new Error('disk full')) };
    await expect(importAccounts(failing, input(file([row(1)]), { spool }))).rejects.toThrow('disk full');
    await importAccounts(recordingStore(), input(file([row(1), row(2, 'x')]), { spool }));
    expect(disposed).toBe(2);
  });
});

describe('file spool and reject file (CLI side)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tact-spool-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the file spool replays records in order and removes its file on dispose', async () => {
    const store = recordingStore();
    const spool = fileRecordSpool(dir);
    await importAccounts(store, input(file(Array.from({ length: 30 }, (_, i) => row(i))), { spool, batchSize: 7 }));
    expect(store.batches.flat().map((r) => r.externalId)).toEqual(Array.from({ length: 30 }, (_, i) => `A-${i}`));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a CSV reject file keeps the row as read, adds error, and replaces an existing error column', async () => {
    const path = join(dir, 'rej.csv');
    const rej = openRejectFile(path, 'csv');
    const chunks = [];
    for await (const c of readCsvRows(bytesOf(`${header},error\n${row(1, 'abc')},old problem\nshort\n`))) chunks.push(c);
    const h = chunks.find((c) => c.header)?.header;
    for (const r of chunks.flatMap((c) => c.rows)) rej.write(r, h, 'NEW "quoted" problem');
    rej.close();
    expect(readFileSync(path, 'utf8')).toBe(
      `\uFEFF${header},error\nA-1,loan,CNY,100,100,10,2026-03-01,"Wang, 1",abc,"NEW ""quoted"" problem"\nshort,,,,,,,,,"NEW ""quoted"" problem"\n`,
    );
  });
});
