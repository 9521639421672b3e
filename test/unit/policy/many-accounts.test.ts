// A contact about many accounts: debts and accounts are bits of a 32-bit mask, so the
// contract allows at most 32 accounts per contact (MAX_CONTACT_ACCOUNTS) and every
// one of them must be counted on its own bit (1006.14(b)(4): each debt separately).
import { describe, expect, it } from 'vitest';
import { MAX_CONTACT_ACCOUNTS } from '../../../src/core/model/decision-request.js';
import { decideRequest } from '../../../src/core/policy/decide-request.js';
import { baseRequest, decideOk, ev, reasonsOf } from './request-builder.js';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `a${i + 1}`);
const manyAccounts = (n: number, calledAbout: string) =>
  baseRequest({
    contact: { ...baseRequest().contact, accountIds: ids(n) },
    accounts: ids(n).map((id) => ({ id, daysPastDue: 40 })),
    history: Array.from({ length: 7 }, (_, i) => ev(`2026-06-09T14:${String(i * 5).padStart(2, '0')}:00Z`, { accountIds: [calledAbout] })),
  });

describe('contacts about many accounts', () => {
  it('allows 32 accounts and counts the 32nd debt on its own bit', () => {
    expect(MAX_CONTACT_ACCOUNTS).toBe(32);
    expect(reasonsOf(decideOk(manyAccounts(32, 'a32')))).toEqual(['POLICY_CALL_FREQUENCY']);
    // 7 calls about a32 say nothing about a1 alone.
    const onlyFirst = manyAccounts(32, 'a32');
    expect(reasonsOf(decideOk({ ...onlyFirst, contact: { ...onlyFirst.contact, accountIds: ['a1'] } }))).toEqual([]);
  });

  it('rejects 33 accounts at the core edge instead of miscounting (1 << 32 === 1)', () => {
    const r = decideRequest(manyAccounts(33, 'a33'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((f) => [f.code, f.path])).toEqual([['TACT_ERR_DECIDE_OUT_OF_RANGE', '$.contact.accountIds']]);
  });
});
