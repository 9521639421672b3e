// `tact payments` in-process through main(): the example file against the import
// example, idempotence on a second run, row validation (nothing written) and refusals.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';

describe('tact payments (in-process)', () => {
  let dir: string;
  let env: Record<string, string>;
  const db = (): string[] => ['--db', `sqlite:${join(dir, 'tact.db')}`];
  const run = async (...args: string[]) => {
    const io = memoryIo('', env, dir);
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  };
  const accounts = () => {
    const raw = new Database(join(dir, 'tact.db'), { readonly: true });
    try {
      return raw.prepare(`select external_id, balance_minor, overdue_minor, status from accounts order by external_id`).all() as {
        external_id: string;
        balance_minor: number;
        overdue_minor: number;
        status: string;
      }[];
    } finally {
      raw.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tact-payments-cli-'));
    env = { TACT_MASTER_KEY: randomBytes(32).toString('hex'), TACT_LOG_LEVEL: 'silent' };
    copyFileSync(new URL('../../examples/import/accounts.csv', import.meta.url), join(dir, 'accounts.csv'));
    copyFileSync(new URL('../../examples/payments/payments.csv', import.meta.url), join(dir, 'payments.csv'));
    expect((await run('migrate', ...db())).code).toBe(0);
    expect((await run('import', 'accounts.csv', ...db(), '--tenant', 'acme', '--region', 'CN')).code).toBe(0);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is listed in tact --help', async () => {
    expect((await run('--help')).out).toMatch(/payments\s+Record payments/);
    expect((await run('payments', '--help')).out).toContain('account_external_id');
  });

  it('records the example: partial, cured, settled; a second run records nothing new', async () => {
    const first = await run('payments', 'payments.csv', ...db(), '--tenant', 'acme');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toBe('payments: 4 recorded, 0 already recorded, 0 refused; accounts cured 1, settled 1; pending messages cancelled 0\n');
    const by = new Map(accounts().map((a) => [a.external_id, a]));
    expect(by.get('CN-2026-0001')).toMatchObject({ balance_minor: 390_050, overdue_minor: 53_000, status: 'overdue' });
    expect(by.get('CN-2026-0002')).toMatchObject({ balance_minor: 1_060_000, overdue_minor: 0, status: 'cured' });
    expect(by.get('CN-2026-0006')).toMatchObject({ balance_minor: 0, overdue_minor: 0, status: 'settled' });
    const again = await run('payments', 'payments.csv', ...db(), '--tenant', 'acme');
    expect(again.out).toContain('0 recorded, 4 already recorded');
    expect(accounts()).toEqual([...by.values()].sort((a, b) => a.external_id.localeCompare(b.external_id)));
  });

  it('any invalid row: every problem listed with its line, nothing written, exit 2', async () => {
    writeFileSync(
      join(dir, 'bad.csv'),
      'external_id,account_external_id,amount,currency,paid_at\n' +
        'B-1,CN-2026-0003,12.345,CNY,2026-03-09T10:00:00+08:00\n' +
        'B-2,CN-2026-0003,10.00,RMB,2026-03-09\n' +
        ',CN-2026-0003,-5,CNY,2026-03-09T10:00:00Z\n' +
        'B-4,CN-2026-0003,10.00,CNY,2026-03-09T10:00:00Z\n',
    );
    const before = accounts();
    const r = await run('payments', 'bad.csv', ...db(), '--tenant', 'acme');
    expect(r.code).toBe(2);
    const lines = r.err.trim().split('\n');
    expect(lines.slice(0, -1).map((l) => l.split(':')[0])).toEqual([
      'TACT_ERR_PAYMENT_BAD_AMOUNT at line 2, amount',
      'TACT_ERR_PAYMENT_BAD_CURRENCY at line 3, currency',
      'TACT_ERR_PAYMENT_BAD_PAID_AT at line 3, paid_at',
      'TACT_ERR_PAYMENT_BAD_EXTERNAL_ID at line 4, external_id',
      'TACT_ERR_PAYMENT_BAD_AMOUNT at line 4, amount',
    ]);
    expect(lines.at(-1)).toBe('nothing recorded: 5 problem(s)');
    expect(accounts()).toEqual(before);
  });

  it('refusals (unknown account, other currency, reused id) are listed; the other rows are recorded', async () => {
    writeFileSync(
      join(dir, 'mixed.csv'),
      'external_id,account_external_id,amount,currency,paid_at\n' +
        'M-1,NO-SUCH,10.00,CNY,2026-03-09T10:00:00Z\n' +
        'M-2,CN-2026-0004,10.00,USD,2026-03-09T10:00:00Z\n' +
        'PAY-2026-0001,CN-2026-0001,999.00,CNY,2026-03-09T10:15:00+08:00\n' +
        'M-4,CN-2026-0004,100.00,CNY,2026-03-09T10:00:00Z\n',
    );
    const r = await run('payments', 'mixed.csv', ...db(), '--tenant', 'acme');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n').map((l) => l.split(':')[0])).toEqual([
      'TACT_ERR_PAYMENT_UNKNOWN_ACCOUNT at line 2',
      'TACT_ERR_PAYMENT_CURRENCY_MISMATCH at line 3',
      'TACT_ERR_PAYMENT_ID_CONFLICT at line 4',
    ]);
    expect(r.out).toContain('1 recorded, 0 already recorded, 3 refused');
    expect(accounts().find((a) => a.external_id === 'CN-2026-0004')).toMatchObject({ balance_minor: 240_000, overdue_minor: 40_000 });
  });

  it('a missing column or an unknown tenant exits 2', async () => {
    writeFileSync(join(dir, 'cols.csv'), 'external_id,amount\nX,1\n');
    const cols = await run('payments', 'cols.csv', ...db(), '--tenant', 'acme');
    expect(cols.code).toBe(2);
    expect(cols.err).toContain('TACT_ERR_PAYMENT_MISSING_COLUMN at account_external_id');
    const tenant = await run('payments', 'payments.csv', ...db(), '--tenant', 'nobody');
    expect(tenant.code).toBe(2);
    expect(tenant.err).toContain('--tenant');
  });
});
