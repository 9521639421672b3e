import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentEffect } from '../../../src/app/payments/payment-effect.js';
import { parsePaymentRows } from '../../../src/app/payments/parse-payment-rows.js';
import { inboundE164 } from '../../../src/app/inbound/receive-inbound.js';

const account = { balanceMinor: 640_000, overdueMinor: 80_000, currency: 'CNY', status: 'overdue', daysPastDue: 12 } as const;

describe('paymentEffect', () => {
  it('partial: figures lower, status and days past due kept', () => {
    expect(paymentEffect(account, 30_000)).toEqual({ balanceMinor: 610_000, overdueMinor: 50_000, status: 'overdue', daysPastDue: 12 });
  });
  it('the overdue amount paid cures; the balance paid settles; overpayment stops at 0', () => {
    expect(paymentEffect(account, 80_000)).toEqual({ balanceMinor: 560_000, overdueMinor: 0, status: 'cured', daysPastDue: 0 });
    expect(paymentEffect(account, 640_000)).toMatchObject({ balanceMinor: 0, status: 'settled' });
    expect(paymentEffect(account, 9_999_999)).toMatchObject({ balanceMinor: 0, overdueMinor: 0, status: 'settled' });
  });
  it('property: never negative, overdue ≤ balance, never increases', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.integer({ min: 1, max: 20_000_000 }), (b, o, pay) => {
        const before = { ...account, balanceMinor: b, overdueMinor: Math.min(o, b) };
        const after = paymentEffect(before, pay);
        expect(after.balanceMinor).toBeGreaterThanOrEqual(0);
        expect(after.overdueMinor).toBeGreaterThanOrEqual(0);
        expect(after.overdueMinor).toBeLessThanOrEqual(after.balanceMinor);
        expect(after.balanceMinor).toBeLessThanOrEqual(before.balanceMinor);
        expect(before.balanceMinor - after.balanceMinor).toBe(Math.min(pay, before.balanceMinor));
      }),
    );
  });
});

describe('parsePaymentRows', () => {
  it('reads amounts exactly in the currency’s minor units; JPY has none', () => {
    const { rows, problems } = parsePaymentRows(
      '\uFEFFexternal_id,account_external_id,amount,currency,paid_at\nP1,A1,0.10,cny,2026-03-09T10:15:00+08:00\nP2,A2,1500,JPY,2026-03-09T01:00:00Z\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, externalId: 'P1', accountExternalId: 'A1', amountMinor: 10, currency: 'CNY', paidAt: Date.parse('2026-03-09T02:15:00Z') },
      { line: 3, externalId: 'P2', accountExternalId: 'A2', amountMinor: 1500, currency: 'JPY', paidAt: Date.parse('2026-03-09T01:00:00Z') },
    ]);
  });
  it('refuses a local time without offset, JPY decimals, zero and an unknown code', () => {
    const { rows, problems } = parsePaymentRows(
      'external_id,account_external_id,amount,currency,paid_at\nP1,A1,1.00,CNY,2026-03-09T10:15:00\nP2,A2,1.5,JPY,2026-03-09T01:00:00Z\nP3,A3,0,CNY,2026-03-09T01:00:00Z\nP4,A4,1,XYZ,2026-03-09T01:00:00Z\n',
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => `${p.code}@${p.line}`)).toEqual([
      'TACT_ERR_PAYMENT_BAD_PAID_AT@2',
      'TACT_ERR_PAYMENT_BAD_AMOUNT@3',
      'TACT_ERR_PAYMENT_BAD_AMOUNT@4',
      'TACT_ERR_PAYMENT_BAD_CURRENCY@5',
    ]);
    expect(problems.every((p) => !p.message.includes('XYZ'))).toBe(true);
  });
});

describe('inboundE164', () => {
  it('adds the + to bare SMPP digits and leaves E.164 alone', () => {
    expect(inboundE164('8613800138000')).toBe('+8613800138000');
    expect(inboundE164(' +8613800138000 ')).toBe('+8613800138000');
    expect(inboundE164('10690000')).toBe('+10690000');
  });
});
