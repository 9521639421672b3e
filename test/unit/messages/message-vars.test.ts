import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatPlanOptions, formatVariable } from '../../../src/core/messages/message-vars.js';

describe('variable formatting', () => {
  it.each([
    [{ minor: 123_450, currency: 'CNY' }, 'zh-CN', '¥1,234.50'],
    [{ minor: 5, currency: 'CNY' }, 'zh-CN', '¥0.05'],
    [{ minor: 0, currency: 'CNY' }, 'zh-CN', '¥0.00'],
    [{ minor: 123_450, currency: 'USD' }, 'en', '$1,234.50'],
    [{ minor: 123_450, currency: 'CNY' }, 'en', 'CN¥1,234.50'],
    [{ minor: 1_234, currency: 'JPY' }, 'en', '¥1,234'], // no minor unit
    [{ minor: 9_007_199_254_740_991, currency: 'USD' }, 'en', '$90,071,992,547,409.91'], // exact, no float rounding
  ] as const)('%j in %s → %s', (money, locale, text) => {
    expect(formatMoney(money, locale)).toBe(text);
  });

  it.each([
    [{ minor: 1.5, currency: 'CNY' }],
    [{ minor: -1, currency: 'CNY' }],
    [{ minor: 100, currency: 'cny' }],
    [{ minor: 100, currency: 'XYZW' }],
  ])('refuses %j', (money) => {
    expect(formatMoney(money, 'zh-CN')).toBeUndefined();
  });

  it('dates: locale-aware, real calendar dates only', () => {
    expect(formatDate('2026-03-08', 'zh-CN')).toBe('2026年3月8日');
    expect(formatDate('2026-03-08', 'en')).toBe('March 8, 2026');
    expect(formatDate('2024-02-29', 'en')).toBe('February 29, 2024');
    expect(formatDate('2026-02-29', 'en')).toBeUndefined();
    expect(formatDate('2026-3-8', 'en')).toBeUndefined();
    expect(formatDate('2026-03-08T00:00:00Z', 'en')).toBeUndefined();
  });

  it('plan options joined per locale', () => {
    const plans = [
      { installments: 3, installmentMinor: 40_000, currency: 'CNY' },
      { installments: 6, installmentMinor: 20_000, currency: 'CNY' },
    ];
    expect(formatPlanOptions(plans, 'zh-CN')).toBe('分3期，每期¥400.00；分6期，每期¥200.00');
    expect(formatPlanOptions(plans, 'en')).toBe('3 payments of CN¥400.00 or 6 payments of CN¥200.00');
    expect(formatPlanOptions([], 'en')).toBeUndefined();
    expect(formatPlanOptions([{ installments: 0, installmentMinor: 1, currency: 'CNY' }], 'en')).toBeUndefined();
  });

  it('missing and bad values are told apart', () => {
    expect(formatVariable('hotline', {}, 'en')).toEqual({ ok: false, error: 'missing' });
    expect(formatVariable('hotline', { hotline: ' ' }, 'en')).toEqual({ ok: false, error: 'bad' });
    expect(formatVariable('hotline', { hotline: ' 95188 ' }, 'en')).toEqual({ ok: true, value: '95188' });
    expect(formatVariable('dueDate', { dueDate: 'soon' }, 'en')).toEqual({ ok: false, error: 'bad' });
  });
});
