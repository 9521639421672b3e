// 10,000 random rows (20 files of 500) from fast-check through the import use case into
// a real SQLite file: the import never throws, and in the default mode a file with any
// bad row leaves the database byte-for-byte unchanged (no partial write).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateColumns } from '../../src/core/model/import-columns.js';
import { importText, openSqliteFixture, type SqliteFixture } from './import-fixture.js';

const csvField = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

const columns = templateColumns.slice(0, 21); // account, borrower and contact1 columns

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const validPhone = fc.oneof(
  digits(8).map((d) => `+86 138${d}`),
  digits(8).map((d) => `139${d}`),
  digits(4).map((d) => `+1 212 555 ${d}`),
);
const junk = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constant(''));
const validDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);

/** Per column: a valid value, and what an erring lender might write instead. */
const fieldArbs = (valid: boolean, id: string): Record<string, fc.Arbitrary<string>> => {
  const pick = (good: fc.Arbitrary<string>, bad: fc.Arbitrary<string>) => (valid ? good : fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad }));
  return {
    external_id: pick(fc.constant(id), fc.oneof(fc.constant(''), fc.constant('DUP-1'), junk)),
    product: pick(fc.constantFrom('consumer_loan', 'card'), fc.constant('')),
    currency: pick(fc.constantFrom('CNY', 'USD'), fc.constantFrom('RMB', '', '元', 'US$', 'JPY')),
    principal: pick(amount, fc.constantFrom('-5', '1,000', '12.345', 'abc', '', '1e5')),
    balance: pick(amount, fc.constantFrom('-0.01', '１００', ' ', 'NaN')),
    amount_overdue: pick(amount, junk),
    due_date: pick(validDate, fc.constantFrom('2026-02-30', '2026/03/01', '01-03-2026', '2025-02-29', '')),
    days_past_due: pick(fc.oneof(fc.constant(''), fc.nat(400).map(String)), fc.constantFrom('-1', 'x', '1.5')),
    status: pick(fc.constantFrom('', 'overdue', 'current'), fc.constantFrom('late', 'OVERDUE!')),
    flags: pick(fc.constantFrom('', 'vip', 'hardship;vip'), fc.constantFrom('VIP', 'a b')),
    borrower_external_id: fc.constant(''),
    borrower_name: pick(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''), fc.constant('')),
    borrower_phone: pick(validPhone, fc.oneof(junk, digits(11).map((d) => `1${d.slice(1)}`), fc.constant('12025550123'))),
    borrower_email: pick(fc.constantFrom('', 'a@example.com'), fc.constantFrom('a@', '@b.c', 'x y@z.com')),
    borrower_address_region: pick(fc.constantFrom('', 'CN', 'US-NY'), fc.constantFrom('ZZ', 'US-XX')),
    borrower_timezone: pick(fc.constantFrom('', 'Asia/Shanghai'), fc.constantFrom('Asia/Beijing', 'GMT+8', 'PST')),
    locale: pick(fc.constantFrom('', 'zh-CN', 'en'), fc.constantFrom('zh', 'fr')),
  };
};

const contactPhone = fc.oneof(digits(8).map((d) => `+86 137${d}`), digits(4).map((d) => `+1 415 555 ${d}`));
const validContact = fc.oneof(
  fc.constant(['', '', '', '']),
  fc.tuple(fc.constantFrom('李娜', 'O"Brien, Pat'), contactPhone, fc.constantFrom('emergency_contact', 'guarantor'), fc.constantFrom('', '配偶', 'a,"b"\nc')),
);
const anyContact = fc.tuple(fc.string({ maxLength: 5 }), fc.oneof(contactPhone, junk), fc.constantFrom('emergency_contact', 'friend', ''), fc.constant(''));
const contactArb = (valid: boolean) =>
  (valid ? validContact : fc.oneof({ weight: 6, arbitrary: validContact }, { weight: 1, arbitrary: anyContact })).map(
    ([name, phone, role, relationship]) => ({ contact1_name: name, contact1_phone: phone, contact1_role: role, contact1_relationship: relationship }),
  );

const fileArb = (run: number) =>
  fc.boolean().chain((allValid) =>
    fc
      .tuple(
        ...Array.from({ length: 500 }, (_, i) =>
          fc.tuple(fc.record(fieldArbs(allValid, `R${run}-${i}`)), contactArb(allValid)).map(([a, c]): Record<string, string> => ({ ...a, ...c })),
        ),
      )
      .map((rows) => ({ allValid, text: [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? '')).join(','))].join('\n') })),
  );

describe('import of random rows (fast-check)', () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqliteFixture();
  });
  afterAll(async () => {
    await f?.close();
  });

  it('10,000 random rows: no crash, and a file with a bad row writes nothing', async () => {
    let run = 0;
    let refused = 0;
    let written = 0;
    let current = f.fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.integer().chain(() => fileArb((run += 1))), async ({ allValid, text }) => {
        const before = current;
        const s = await importText(f, text, { batchSize: 97 });
        expect(s.rowsRead).toBe(500);
        if (s.written) {
          written += 1;
          expect(s.rejected).toBe(0);
          expect(s.created + s.updated + s.unchanged).toBe(500);
          current = f.fingerprint();
        } else {
          refused += 1;
          expect(allValid).toBe(false);
          expect(s.rejected).toBeGreaterThan(0);
          expect(s.failures.every((x) => x.code.startsWith('TACT_ERR_IMPORT_') && x.line !== undefined)).toBe(true);
          expect(f.fingerprint()).toBe(before);
        }
      }),
      { numRuns: 20, seed: 20260328, endOnFailure: true },
    );
    // Both outcomes were exercised (the seed is fixed, so this is stable).
    expect(refused).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(0);
  });
});
