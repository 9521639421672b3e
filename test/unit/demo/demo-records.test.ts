import fc from 'fast-check';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { demoRecords, isoDaysBefore, type DemoBook } from '../../../src/app/demo/demo-records.js';

const books: readonly DemoBook[] = [{ tenant: 'demo-cn', accounts: 300 }, { tenant: 'demo-us', accounts: 100 }];
const dayMs = 86_400_000;

describe('the demo book', () => {
  it('isoDaysBefore agrees with epoch arithmetic on any date and distance', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / dayMs, max: Date.UTC(2090, 0, 1) / dayMs }), fc.integer({ min: 0, max: 400 }), (day, k) => {
        const iso = (d: number): string => new Date(d * dayMs).toISOString().slice(0, 10);
        expect(isoDaysBefore(iso(day), k)).toBe(iso(day - k));
      }),
    );
  });

  it.each(books)('$tenant: unique ids and numbers, valid E.164, due dates that match days past due', (book) => {
    const today = '2026-12-09';
    const rows = demoRecords(book, today);
    expect(rows).toHaveLength(book.accounts);
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(rows.length);
    const numbers = rows.flatMap((r) => [r.borrower.phoneE164, ...r.contacts.map((c) => c.phoneE164)]);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(isValidPhoneNumber(n), n).toBe(true);
    for (const r of rows) {
      expect(r.dueDate).toBe(isoDaysBefore(today, r.daysPastDue));
      expect(r.overdueMinor).toBeLessThanOrEqual(r.balanceMinor);
      expect(r.status).toBe('overdue');
    }
  });

  it('cn: every step of the default ladder has accounts, and most accounts have a contact', () => {
    const rows = demoRecords(books[0]!, '2026-12-09');
    for (const day of [1, 3, 7, 15, 30, 60]) expect(rows.filter((r) => r.daysPastDue === day).length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.contacts.length === 1).length).toBe(240);
  });
});
