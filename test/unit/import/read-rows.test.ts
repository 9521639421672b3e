import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportFormat, RowChunk } from '../../../src/app/import/import-rows.js';
import { readCsvRows } from '../../../src/app/import/read-csv-rows.js';
import { readJsonlRows } from '../../../src/app/import/read-jsonl-rows.js';

const header = 'external_id,product,currency,principal,balance,amount_overdue,due_date,borrower_name,borrower_phone';

/** Feeds the bytes in small pieces, so quoted fields and characters straddle chunk edges. */
async function* pieces(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const read = async (input: string | Uint8Array, format: ImportFormat = 'csv') => {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const chunks: RowChunk[] = [];
  for await (const c of (format === 'csv' ? readCsvRows : readJsonlRows)(pieces(bytes))) chunks.push(c);
  const rows = chunks.flatMap((c) => c.rows);
  const fatal = chunks.flatMap((c) => c.fatal ?? []);
  return { rows, fatal, header: chunks.find((c) => c.header !== undefined)?.header, bytes: chunks.at(-1)?.bytes };
};

const row = (id: string, name = '王伟') => `${id},loan,CNY,100,100,10,2026-03-01,${name},13800138000`;

describe('CSV reading', () => {
  it('accepts a UTF-8 BOM silently and keys fields by the header', async () => {
    const r = await read(`\uFEFF${header}\n${row('A')}\n`);
    expect(r.fatal).toEqual([]);
    expect(r.header?.[0]).toBe('external_id');
    expect(r.rows).toEqual([expect.objectContaining({ line: 2, fields: expect.objectContaining({ external_id: 'A', borrower_name: '王伟' }) })]);
  });

  it('gives each row the line it starts on, across quoted newlines, CRLF and blank lines', async () => {
    const r = await read(`${header}\r\n${row('A')}\r\n\r\n${row('B', '"Ma\nChao"')}\r\n${row('C')}`);
    expect(r.rows.map((x) => [x.line, x.fields['external_id'], x.fields['borrower_name']])).toEqual([
      [2, 'A', '王伟'],
      [4, 'B', 'Ma\nChao'],
      [6, 'C', '王伟'],
    ]);
  });

  it('reports every row with the wrong number of fields, and goes on reading', async () => {
    const r = await read(`${header}\n${row('A')},extra\n${row('B')}\nshort,row\n`);
    expect(r.fatal).toEqual([]);
    expect(r.rows.map((x) => [x.line, x.problems?.map((p) => p.code)])).toEqual([
      [2, ['TACT_ERR_IMPORT_WRONG_COLUMN_COUNT']],
      [3, undefined],
      [4, ['TACT_ERR_IMPORT_WRONG_COLUMN_COUNT']],
    ]);
  });

  it.each([
    ['an unclosed quote', `${header}\n${row('A')}\n${row('B', '"Ma Chao')}\n${row('C')}\n`],
    ['a quote inside an unquoted field', `${header}\n${row('A')}\n${row('B', 'Ma "Chao"')}\n`],
    ['text after a closing quote', `${header}\n${row('A')}\n${row('B', '"Ma"Chao')}\n`],
  ])('stops at %s with MALFORMED_CSV and its line', async (_what, text) => {
    const r = await read(text);
    expect(r.fatal.map((f) => f.code)).toEqual(['TACT_ERR_IMPORT_MALFORMED_CSV']);
    expect(r.fatal[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('detects a GBK-encoded file and says to save it as UTF-8', async () => {
    const r = await read(iconv.encode(`${header}\n${row('A', '王伟')}\n${row('B', '李娜')}\n`, 'gbk'));
    expect(r.fatal).toEqual([
      expect.objectContaining({ code: 'TACT_ERR_IMPORT_BAD_ENCODING', line: 2, message: expect.stringContaining('GBK') }),
    ]);
    expect(r.fatal[0]?.hint).toContain('UTF-8');
  });

  it('names a file that is neither UTF-8 nor GBK only as not UTF-8', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode(`${header}\n`), 0xff, 0xfe, 0xff, 0x0a]);
    const r = await read(bytes);
    expect(r.fatal[0]?.code).toBe('TACT_ERR_IMPORT_BAD_ENCODING');
    expect(r.fatal[0]?.message).not.toContain('GBK');
  });

  it('refuses a header with unknown, repeated, sixth-contact or missing columns, all at line 1', async () => {
    const r = await read('external_id,product,product,borower_name,contact6_phone,currency\nx,y,y,z,1,CNY\n');
    expect(r.fatal.map((f) => `${f.code.replace('TACT_ERR_IMPORT_', '')}@${f.path}:${f.line}`)).toEqual([
      'DUPLICATE_COLUMN@product:1',
      'UNKNOWN_COLUMN@borower_name:1',
      'TOO_MANY_CONTACTS@contact6_phone:1',
      'MISSING_COLUMN@due_date:1',
      'MISSING_COLUMN@borrower_name:1',
      'MISSING_COLUMN@borrower_phone:1',
      'MISSING_COLUMN@principal:1',
      'MISSING_COLUMN@balance:1',
      'MISSING_COLUMN@amount_overdue:1',
    ]);
    expect(r.rows).toEqual([]);
  });

  it('an empty file is EMPTY_FILE', async () => {
    expect((await read('')).fatal.map((f) => f.code)).toEqual(['TACT_ERR_IMPORT_EMPTY_FILE']);
  });

  it('counts the bytes it read, for the progress bar', async () => {
    const text = `${header}\n${row('A')}\n`;
    expect((await read(text)).bytes).toBe(new TextEncoder().encode(text).length);
  });
});

describe('JSON Lines reading', () => {
  it('reads objects line by line, skips blank lines, drops a BOM, keeps numbers', async () => {
    const r = await read('\uFEFF{"external_id":"A","principal_minor":100}\n\n{"external_id":"B","balance":null}\n', 'jsonl');
    expect(r.fatal).toEqual([]);
    expect(r.rows).toEqual([
      { line: 1, fields: { external_id: 'A', principal_minor: 100 } },
      { line: 3, fields: { external_id: 'B', balance: null } },
    ]);
  });

  it('a broken line, a non-object, a nested value or an unknown key is a row problem; reading goes on', async () => {
    const r = await read('{"external_id":"A"\n[1,2]\n{"external_id":{"x":1}}\n{"externalId":"B"}\n{"external_id":"C"}', 'jsonl');
    expect(r.rows.map((x) => [x.line, x.problems?.map((p) => `${p.code.replace('TACT_ERR_IMPORT_', '')}@${p.path ?? ''}`)])).toEqual([
      [1, ['MALFORMED_JSONL@']],
      [2, ['MALFORMED_JSONL@']],
      [3, ['MALFORMED_JSONL@external_id']],
      [4, ['UNKNOWN_COLUMN@externalId']],
      [5, undefined],
    ]);
  });

  it('detects GBK in JSON Lines too', async () => {
    const r = await read(iconv.encode('{"external_id":"A","borrower_name":"王伟"}\n', 'gbk'), 'jsonl');
    expect(r.fatal[0]).toEqual(expect.objectContaining({ code: 'TACT_ERR_IMPORT_BAD_ENCODING', line: 1, message: expect.stringContaining('GBK') }));
  });
});
