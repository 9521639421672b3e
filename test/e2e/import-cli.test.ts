// `tact import` in-process through main(): exit codes, one line per problem, the
// summary, the reject file and its re-import after correction.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';

const example = new URL('../../examples/import/accounts.csv', import.meta.url);

describe('tact import (in-process)', () => {
  let dir: string;
  let env: Record<string, string>;
  const db = (): string[] => ['--db', `sqlite:${join(dir, 'tact.db')}`];
  const run = async (...args: string[]) => {
    const io = memoryIo('', env, dir);
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tact-import-cli-'));
    env = { TACT_MASTER_KEY: randomBytes(32).toString('hex'), TACT_LOG_LEVEL: 'silent' };
    copyFileSync(example, join(dir, 'accounts.csv'));
    expect((await run('migrate', ...db())).code).toBe(0);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is listed in tact --help and has its own --help', async () => {
    expect((await run('--help')).out).toMatch(/import\s+Import accounts/);
    const help = await run('import', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--skip-invalid');
  });

  it('imports the example, creating the tenant, then re-imports it as unchanged', async () => {
    const first = await run('import', 'accounts.csv', ...db(), '--tenant', 'acme', '--region', 'CN');
    expect(first).toMatchObject({ code: 0 });
    expect(first.err).toContain('created tenant acme');
    expect(first.out).toContain('imported: 20 rows read, 20 created, 0 updated, 0 unchanged, 0 rejected');
    const again = await run('import', 'accounts.csv', ...db(), '--tenant', 'acme');
    expect(again.out).toContain('0 created, 0 updated, 20 unchanged');
  });

  it('exits 2 and writes nothing when a row is bad, printing CODE at line N, column: message — hint', async () => {
    const text = readFileSync(example, 'utf8')
      .replace('CN-2026-0006,consumer_loan,CNY,800.00,820.00', 'CN-2026-0006,consumer_loan,CNY,800.00,-820.00')
      .replace('+86 138 0013 8008', '12025550108');
    writeFileSync(join(dir, 'bad.csv'), text);
    const r = await run('import', 'bad.csv', ...db(), '--tenant', 'fresh', '--region', 'CN');
    expect(r.code).toBe(2);
    const lines = r.err.split('\n').filter((l) => l.startsWith('TACT_ERR_IMPORT'));
    expect(lines).toEqual([
      expect.stringMatching(/^TACT_ERR_IMPORT_NEGATIVE_AMOUNT at line 7, balance: .+ — .+/),
      expect.stringMatching(/^TACT_ERR_IMPORT_FOREIGN_PHONE_WITHOUT_PLUS at line 9, borrower_phone: .+ — .+/),
    ]);
    expect(r.err).not.toContain('2025550108');
    expect(r.out).toContain('nothing written: 20 rows read, 0 created');
    // The tenant exists now, but none of its accounts were written.
    const s = await run('import', 'accounts.csv', ...db(), '--tenant', 'fresh');
    expect(s.out).toContain('20 created');
  });

  it('--skip-invalid writes the good rows and a reject file that imports after correction', async () => {
    const text = readFileSync(example, 'utf8').replace('2026-03-14', '2026-02-30');
    writeFileSync(join(dir, 'some-bad.csv'), text);
    const r = await run('import', 'some-bad.csv', ...db(), '--tenant', 'skip', '--region', 'CN', '--skip-invalid', '--reject-file', 'rej.csv');
    expect(r.code).toBe(0);
    expect(r.out).toContain('19 created, 0 updated, 0 unchanged, 1 rejected');
    const rejects = readFileSync(join(dir, 'rej.csv'), 'utf8');
    const [head, row, ...rest] = rejects.replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(head?.endsWith(',error')).toBe(true);
    expect(rest).toEqual([]);
    expect(row).toContain('US-2026-0020');
    expect(row).toContain('TACT_ERR_IMPORT_IMPOSSIBLE_DATE');
    writeFileSync(join(dir, 'rej.csv'), rejects.replace('2026-02-30', '2026-03-14'));
    const fixed = await run('import', 'rej.csv', ...db(), '--tenant', 'skip');
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain('1 created');
  });

  it('names a GBK file, and rejects bad options and missing files with exit 2', async () => {
    const iconv = (await import('iconv-lite')).default;
    writeFileSync(join(dir, 'gbk.csv'), iconv.encode(readFileSync(example, 'utf8'), 'gbk'));
    const gbk = await run('import', 'gbk.csv', ...db(), '--tenant', 'acme');
    expect(gbk.code).toBe(2);
    expect(gbk.err).toMatch(/^TACT_ERR_IMPORT_BAD_ENCODING at line 2: .*GBK.* — Save the file as UTF-8/m);
    expect((await run('import', 'nope.csv', ...db())).err).toContain('TACT_ERR_CLI_FILE_UNREADABLE');
    expect((await run('import', 'accounts.csv', '--format', 'xml', ...db())).code).toBe(2);
    expect((await run('import', 'accounts.csv', '--reject-file', 'x.csv', ...db())).err).toContain('--reject-file needs --skip-invalid');
  });
});
