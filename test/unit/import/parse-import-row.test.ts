import { describe, expect, it } from 'vitest';
import type { ImportContext } from '../../../src/core/model/parse-import-row.js';
import { parseImportRow } from '../../../src/core/model/parse-import-row.js';

const cn: ImportContext = { defaultRegion: 'CN', defaultTimeZone: 'Asia/Shanghai', today: '2026-03-20' };
const us: ImportContext = { defaultRegion: 'US', defaultTimeZone: 'America/New_York', today: '2026-03-20' };

const base: Record<string, string> = {
  external_id: 'L-1',
  product: 'consumer_loan',
  currency: 'CNY',
  principal: '5000.00',
  balance: '4200.50',
  amount_overdue: '830',
  due_date: '2026-03-05',
  borrower_name: '王伟',
  borrower_phone: '138 0013 8000',
};

const codes = (fields: Record<string, string | number | null>, ctx = cn): string[] => {
  const r = parseImportRow(fields, 7, ctx);
  return r.ok ? [] : r.error.map((f) => `${f.code.replace('TACT_ERR_IMPORT_', '')}@${f.path ?? ''}`);
};

describe('parseImportRow: a valid row', () => {
  it('normalises numbers to E.164, money to minor units, derives DPD, status and zones', () => {
    const r = parseImportRow(
      { ...base, flags: 'vip; hardship;vip', contact1_name: 'Linda', contact1_phone: '+1 (212) 555-0142', contact1_role: 'emergency_contact', contact1_relationship: '朋友' },
      7,
      cn,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        line: 7,
        externalId: 'L-1',
        product: 'consumer_loan',
        currency: 'CNY',
        principalMinor: 500000,
        balanceMinor: 420050,
        overdueMinor: 83000,
        dueDate: '2026-03-05',
        daysPastDue: 15,
        status: 'overdue',
        flags: ['hardship', 'vip'],
        borrower: { name: '王伟', phoneE164: '+8613800138000', timeZones: ['Asia/Shanghai'], locale: 'zh-CN' },
        contacts: [
          { name: 'Linda', phoneE164: '+12125550142', timeZones: ['America/New_York'], locale: 'zh-CN', role: 'emergency_contact', relationship: '朋友' },
        ],
      },
    });
  });

  it('takes *_minor integers (JSON Lines), explicit DPD and status, currencies with 0 and 3 decimals', () => {
    const jpy = parseImportRow({ ...base, currency: 'JPY', principal: '500000', balance: '12', amount_overdue: 0, days_past_due: '3', status: 'paused' }, 2, cn);
    expect(jpy.ok && [jpy.value.principalMinor, jpy.value.balanceMinor, jpy.value.overdueMinor, jpy.value.daysPastDue, jpy.value.status]).toEqual([500000, 12, 0, 3, 'paused']);
    const kwd = parseImportRow({ ...base, currency: 'kwd', principal: '1.234', balance: null, balance_minor: 1234, amount_overdue: '0.5' }, 2, cn);
    expect(kwd.ok && [kwd.value.currency, kwd.value.principalMinor, kwd.value.balanceMinor, kwd.value.overdueMinor]).toEqual(['KWD', 1234, 1234, 500]);
  });

  it('unions zones from the number, the address region and borrower_timezone; multi-zone area codes list all', () => {
    const r = parseImportRow({ ...base, currency: 'USD', borrower_phone: '(850) 555-0100', borrower_address_region: 'US-CA', borrower_timezone: 'America/Phoenix', locale: '' }, 3, us);
    expect(r.ok && r.value.borrower.timeZones).toEqual(['America/Phoenix', 'America/Los_Angeles', 'America/New_York', 'America/Chicago']);
    expect(r.ok && r.value.borrower.locale).toBe('en');
  });

  it('falls back to the tenant zone when nothing says where the person is', () => {
    const r = parseImportRow({ ...base, borrower_phone: '+62 812 3456 7890' }, 3, { ...cn, defaultTimeZone: 'Asia/Urumqi' });
    expect(r.ok && r.value.borrower.timeZones).toEqual(['Asia/Urumqi']);
  });

  it('a non-geographic +1 number (toll-free) gets every mainland US zone', () => {
    const r = parseImportRow({ ...base, borrower_phone: '+1 800 555 0100' }, 3, cn);
    expect(r.ok && r.value.borrower.timeZones).toEqual(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles']);
  });

  it('a due date in the future gives DPD 0 and status current', () => {
    const r = parseImportRow({ ...base, due_date: '2026-04-01' }, 3, cn);
    expect(r.ok && [r.value.daysPastDue, r.value.status]).toEqual([0, 'current']);
  });

  it('accepts a CN number written with 86 but no + when the tenant region is CN (same country)', () => {
    const r = parseImportRow({ ...base, borrower_phone: '8613800138000' }, 3, cn);
    expect(r.ok && r.value.borrower.phoneE164).toBe('+8613800138000');
  });
});

// Each row: what is wrong, the fields changed, the codes expected (CODE@column).
const badRows: readonly [string, Record<string, string | number | null>, string[], ImportContext?][] = [
  ['impossible date', { due_date: '2026-02-30' }, ['IMPOSSIBLE_DATE@due_date']],
  ['29 February of a common year', { due_date: '2025-02-29' }, ['IMPOSSIBLE_DATE@due_date']],
  ['month 13', { due_date: '2026-13-01' }, ['IMPOSSIBLE_DATE@due_date']],
  ['date in another notation', { due_date: '2026/03/05' }, ['BAD_DATE@due_date']],
  ['negative balance', { balance: '-12.00' }, ['NEGATIVE_AMOUNT@balance']],
  ['negative minor amount', { principal: null, principal_minor: -5 }, ['NEGATIVE_AMOUNT@principal_minor']],
  ['three decimals in CNY', { principal: '12.345' }, ['BAD_AMOUNT@principal']],
  ['thousands separator', { principal: '5,000.00' }, ['BAD_AMOUNT@principal']],
  ['float in a major-unit JSON field', { amount_overdue: 12.5 }, ['BAD_AMOUNT@amount_overdue']],
  ['both principal and principal_minor', { principal_minor: 100 }, ['BAD_AMOUNT@principal_minor']],
  ['unknown currency', { currency: 'RMB' }, ['BAD_CURRENCY@currency']],
  ['US number without + in a CN tenant', { borrower_phone: '12025550123' }, ['FOREIGN_PHONE_WITHOUT_PLUS@borrower_phone']],
  ['CN number without + in a US tenant', { currency: 'USD', borrower_phone: '8613800138000' }, ['FOREIGN_PHONE_WITHOUT_PLUS@borrower_phone'], us],
  ['letters in a number', { borrower_phone: '138-CALL-ME' }, ['BAD_PHONE@borrower_phone']],
  ['too short a number', { borrower_phone: '12345' }, ['BAD_PHONE@borrower_phone']],
  ['empty required field', { borrower_name: '  ' }, ['MISSING_VALUE@borrower_name']],
  ['bad DPD', { days_past_due: '-3' }, ['BAD_DAYS_PAST_DUE@days_past_due']],
  ['bad status', { status: 'late' }, ['BAD_STATUS@status']],
  ['bad flag', { flags: 'VIP customer' }, ['BAD_FLAG@flags']],
  ['bad e-mail', { borrower_email: 'not-an-address' }, ['BAD_EMAIL@borrower_email']],
  ['unknown zone', { borrower_timezone: 'Asia/Beijing' }, ['UNKNOWN_ZONE@borrower_timezone']],
  ['unknown region', { borrower_address_region: 'XX-YY' }, ['BAD_REGION@borrower_address_region']],
  ['bad locale', { locale: 'fr' }, ['BAD_LOCALE@locale']],
  ['bad role', { contact1_name: 'A', contact1_phone: '13900139000', contact1_role: 'friend' }, ['BAD_ROLE@contact1_role']],
  ['contact without phone', { contact2_name: 'A', contact2_role: 'guarantor' }, ['INCOMPLETE_CONTACT@contact2_phone']],
  ['contact with the borrower’s number', { contact1_name: 'A', contact1_phone: '+86 138 0013 8000', contact1_role: 'guarantor' }, ['REPEATED_PHONE@contact1_phone']],
  ['external id too long', { external_id: 'x'.repeat(65) }, ['TOO_LONG@external_id']],
];

describe('parseImportRow: every problem of a row, with its column', () => {
  it.each(badRows)('%s', (_what, change, expected, ctx) => {
    expect(codes({ ...base, ...change }, ctx)).toEqual(expected);
  });

  it('reports all problems of one row at once, each with the line', () => {
    const r = parseImportRow({ ...base, due_date: '2026-02-31', balance: '-1', borrower_phone: 'abc', currency: 'XYZ' }, 42, cn);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((f) => [f.code, f.path, f.line])).toEqual([
      ['TACT_ERR_IMPORT_BAD_CURRENCY', 'currency', 42],
      ['TACT_ERR_IMPORT_NEGATIVE_AMOUNT', 'balance', 42],
      ['TACT_ERR_IMPORT_IMPOSSIBLE_DATE', 'due_date', 42],
      ['TACT_ERR_IMPORT_BAD_PHONE', 'borrower_phone', 42],
    ]);
    for (const f of r.error) expect(f.hint.length).toBeGreaterThan(10);
  });

  it('a JSON Lines row missing a required key reports the column as missing', () => {
    const { borrower_phone: _, ...rest } = base;
    expect(codes(rest)).toEqual(['MISSING_COLUMN@borrower_phone']);
  });

  it('error messages never carry the bad value (personal data)', () => {
    const r = parseImportRow({ ...base, borrower_phone: '12025550123', borrower_name: '' }, 2, cn);
    expect(JSON.stringify(r)).not.toContain('2025550123');
  });
});
