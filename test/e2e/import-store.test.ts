// The import use case against the real SQLite store: idempotence, updates with audit
// events, suppression kept through re-import, no partial write, re-importable rejects.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RejectSink } from '../../src/app/import-accounts.js';
import type { AuditEvent } from '../../src/core/audit/audit-chain.js';
import { importText, openSqliteFixture, type SqliteFixture } from './import-fixture.js';

const exampleCsv = readFileSync(new URL('../../examples/import/accounts.csv', import.meta.url), 'utf8');
const exampleJsonl = readFileSync(new URL('../../examples/import/accounts.jsonl', import.meta.url), 'utf8');
const [header = '', ...exampleRows] = exampleCsv.trimEnd().split('\n');

const audit = async (f: SqliteFixture): Promise<AuditEvent[]> => {
  const events: AuditEvent[] = [];
  for await (const e of f.handle.store.iterateAudit(f.tenant)) events.push(e);
  return events;
};

describe('import into SQLite', () => {
  let f: SqliteFixture;
  beforeEach(async () => {
    f = await openSqliteFixture();
  });
  afterEach(async () => {
    await f.close();
  });

  it('imports the example file; re-importing it (CSV or the same rows as JSON Lines) changes nothing', async () => {
    const first = await importText(f, exampleCsv, { batchSize: 7 });
    expect(first).toMatchObject({ rowsRead: 20, created: 20, updated: 0, unchanged: 0, rejected: 0, written: true });
    const account = await f.handle.store.getAccountByExternalId(f.tenant, 'CN-2026-0002');
    expect(account).toMatchObject({ balanceMinor: 1180000, currency: 'CNY', dueDate: '2026-02-20', daysPastDue: 28 });
    const before = f.fingerprint();
    const auditBefore = (await audit(f)).length;

    const again = await importText(f, exampleCsv);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 20, written: true });
    const asJsonl = await importText(f, exampleJsonl, { format: 'jsonl' });
    expect(asJsonl).toMatchObject({ rowsRead: 12, created: 0, updated: 0, unchanged: 12 });
    expect(f.fingerprint()).toBe(before);
    expect((await audit(f)).length).toBe(auditBefore);
  });

  it('a changed row updates its account and appends an audit event without personal data', async () => {
    await importText(f, exampleCsv);
    const auditBefore = (await audit(f)).length;
    const changed = exampleCsv.replace('CN-2026-0003,credit_card,CNY,30000.00,8650.20', 'CN-2026-0003,credit_card,CNY,30000.00,7650.20');
    expect(await importText(f, changed)).toMatchObject({ created: 0, updated: 1, unchanged: 19 });
    expect((await f.handle.store.getAccountByExternalId(f.tenant, 'CN-2026-0003'))?.balanceMinor).toBe(765020);
    const added = (await audit(f)).slice(auditBefore);
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(added.map((e) => e.type)).toContain('account.updated');
    expect(JSON.stringify(added)).not.toMatch(/13800138003|陈静|765020|7650\.20/);
  });

  it('a number on the suppression list stays suppressed through import and re-import, and the report says so', async () => {
    await f.handle.store.addSuppression(f.tenant, { phoneE164: '+8613800138104', reason: 'refused' }, 'test:setup');
    const first = await importText(f, exampleCsv);
    expect(first.suppressed).toEqual([{ line: 5, role: 'emergency_contact' }]);
    expect((await f.handle.store.findPersonByPhone(f.tenant, '+8613800138104'))?.suppressedAt).toBeTypeOf('number');
    const again = await importText(f, exampleCsv);
    expect(again.suppressed).toEqual([{ line: 5, role: 'emergency_contact' }]);
    expect((await f.handle.store.findPersonByPhone(f.tenant, '+8613800138104'))?.suppressedAt).toBeTypeOf('number');
    expect(await f.handle.store.isSuppressed(f.tenant, '+8613800138104')).toBe(true);
  });

  it('by default one bad row at the very end writes nothing at all', async () => {
    const before = f.fingerprint();
    const bad = `${exampleCsv}X-1,loan,CNY,100,-1,0,2026-03-01,,,,,某人,13800138999,,,,,,,,,,,,\n`;
    const s = await importText(f, bad, { batchSize: 3 });
    expect(s).toMatchObject({ rowsRead: 21, rejected: 1, created: 0, written: false });
    expect(s.failures.map((x) => [x.code, x.line, x.path])).toEqual([['TACT_ERR_IMPORT_NEGATIVE_AMOUNT', 22, 'balance']]);
    expect(f.fingerprint()).toBe(before);
  });

  it('a duplicate external id inside one file rejects the later row and names the first line', async () => {
    const before = f.fingerprint();
    const s = await importText(f, `${header}\n${exampleRows[0]}\n${exampleRows[1]}\n${exampleRows[0]}\n`);
    expect(s.failures).toEqual([
      expect.objectContaining({ code: 'TACT_ERR_IMPORT_DUPLICATE_EXTERNAL_ID', line: 4, path: 'external_id', message: expect.stringContaining('line 2') }),
    ]);
    expect(s.written).toBe(false);
    expect(f.fingerprint()).toBe(before);
  });

  it('with skipInvalid writes the good rows, rejects the bad ones, and the corrected rejects import cleanly', async () => {
    const rejected: string[] = [];
    const sink: RejectSink = { write: (row, _h, error) => rejected.push(`${(row.values ?? []).join('|')}#${error}`) };
    const broken = [
      header,
      ...exampleRows.slice(0, 5),
      exampleRows[5]?.replace('2026-02-28', '2026-02-30') ?? '',
      exampleRows[6]?.replace('+86 138 0013 8007', '12025550107') ?? '',
      ...exampleRows.slice(7),
    ].join('\n');
    const s = await importText(f, broken, { skipInvalid: true, rejects: sink });
    expect(s).toMatchObject({ rowsRead: 20, created: 18, rejected: 2, written: true });
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toContain('TACT_ERR_IMPORT_IMPOSSIBLE_DATE');
    expect(rejected[1]).toContain('TACT_ERR_IMPORT_FOREIGN_PHONE_WITHOUT_PLUS');
    expect(await f.handle.store.getAccountByExternalId(f.tenant, 'CN-2026-0006')).toBeUndefined();
    // Corrected, the full file now only creates the two missing accounts.
    expect(await importText(f, exampleCsv)).toMatchObject({ created: 2, updated: 0, unchanged: 18 });
  });

  it('a GBK file or a malformed CSV writes nothing and says why', async () => {
    const before = f.fingerprint();
    const iconv = (await import('iconv-lite')).default;
    const gbk = await importText(f, iconv.encode(exampleCsv, 'gbk'), { skipInvalid: true });
    expect(gbk).toMatchObject({ written: false, created: 0 });
    expect(gbk.failures[0]).toMatchObject({ code: 'TACT_ERR_IMPORT_BAD_ENCODING', line: 2 });
    const quotes = await importText(f, `${exampleCsv}"unclosed,quote\n`, { skipInvalid: true });
    expect(quotes).toMatchObject({ written: false });
    expect(quotes.failures.map((x) => x.code)).toEqual(['TACT_ERR_IMPORT_MALFORMED_CSV']);
    expect(f.fingerprint()).toBe(before);
  });
});
