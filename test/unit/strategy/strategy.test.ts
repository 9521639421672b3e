import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignArm, assignmentPoint, fnv1a32 } from '../../../src/core/strategy/assign-arm.js';
import { defaultStrategies } from '../../../src/core/strategy/default-strategies.js';
import { lintStrategy } from '../../../src/core/strategy/lint-strategy.js';
import { localSendTime } from '../../../src/core/strategy/local-send-time.js';
import { parseStrategy, strategyToJson } from '../../../src/core/strategy/parse-strategy.js';
import { accountMatches, dpdOn, triggerFires } from '../../../src/core/strategy/step-matches.js';
import type { DpdTrigger } from '../../../src/core/strategy/strategy.js';
import { validateStrategy } from '../../../src/core/strategy/validate-strategy.js';

const base = (steps: unknown[], pack = 'cn', locale = 'zh-CN') => ({ id: 's', version: 1, pack, locale, steps });
const step = (over: Record<string, unknown> = {}) => ({ id: 'x', trigger: { onDay: 1 }, audience: 'borrower', template: 'reminder.dpd1', sendAt: '10:00', ...over });
const codes = (r: { ok: boolean; error?: readonly { code: string }[] }) => (r.ok ? [] : r.error!.map((f) => f.code));

describe('DPD triggers', () => {
  const cases: [DpdTrigger, number, boolean][] = [
    [{ kind: 'before_due', days: 3 }, -3, true],
    [{ kind: 'before_due', days: 3 }, 3, false],
    [{ kind: 'on_day', day: 7 }, 7, true],
    [{ kind: 'on_day', day: 7 }, 8, false],
    [{ kind: 'every', every: 7, from: 15, to: 90 }, 15, true],
    [{ kind: 'every', every: 7, from: 15, to: 90 }, 22, true],
    [{ kind: 'every', every: 7, from: 15, to: 90 }, 23, false],
    [{ kind: 'every', every: 7, from: 15, to: 90 }, 8, false],
    [{ kind: 'every', every: 7, from: 15, to: 90 }, 92, false],
    [{ kind: 'every', every: 1, from: 0, to: 0 }, 0, true],
  ];
  it.each(cases)('%j at DPD %i → %s', (t, dpd, want) => expect(triggerFires(t, dpd)).toBe(want));

  it('DPD is the calendar difference, negative before due, across month and leap days', () => {
    expect(dpdOn('2026-12-06', '2026-12-07')).toBe(1);
    expect(dpdOn('2026-12-10', '2026-12-07')).toBe(-3);
    expect(dpdOn('2028-02-28', '2028-03-01')).toBe(2);
    expect(dpdOn('2026-02-30', '2026-03-01')).toBeUndefined();
  });

  it('conditions on balance, product and segment', () => {
    const a = { balanceMinor: 50_000, product: 'cash', flags: ['vip'] };
    expect(accountMatches({ minBalanceMinor: 50_000, maxBalanceMinor: 50_000 }, a)).toBe(true);
    expect(accountMatches({ minBalanceMinor: 50_001 }, a)).toBe(false);
    expect(accountMatches({ products: ['card'] }, a)).toBe(false);
    expect(accountMatches({ segments: ['new', 'vip'] }, a)).toBe(true);
    expect(accountMatches({ segments: ['new'] }, a)).toBe(false);
  });

  it('the preferred time is local to the zone, DST included', () => {
    expect(new Date(localSendTime('2026-12-07', '10:00', 'Asia/Shanghai')).toISOString()).toBe('2026-12-07T02:00:00.000Z');
    expect(new Date(localSendTime('2026-07-01', '10:00', 'America/New_York')).toISOString()).toBe('2026-07-01T14:00:00.000Z');
    expect(new Date(localSendTime('2026-12-01', '10:00', 'America/New_York')).toISOString()).toBe('2026-12-01T15:00:00.000Z');
  });
});

describe('parseStrategy', () => {
  it('round-trips the shipped defaults through JSON', () => {
    for (const s of Object.values(defaultStrategies)) expect(parseStrategy(JSON.parse(JSON.stringify(strategyToJson(s))))).toEqual({ ok: true, value: s });
  });
  it('names every bad field by its path', () => {
    const r = parseStrategy(base([step({ sendAt: '25:00', trigger: {} }), step({ audience: 'contacts' })]));
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.error.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['$.steps[0].sendAt', '$.steps[0].trigger', '$.steps[1].purpose']));
  });
  it('rejects duplicate step ids and inverted ranges', () => {
    expect(codes(parseStrategy(base([step(), step()])))).toEqual(['TACT_ERR_STRATEGY_DUPLICATE_STEP']);
    expect(codes(parseStrategy(base([step({ trigger: { every: 7, from: 30, to: 10 } })])))).toEqual(['TACT_ERR_STRATEGY_INVALID']);
    expect(codes(parseStrategy('nope'))).toEqual(['TACT_ERR_STRATEGY_INVALID']);
  });
});

describe('lintStrategy (the engine decides)', () => {
  it('the shipped default strategies pass', () => {
    for (const s of Object.values(defaultStrategies)) expect(lintStrategy(s)).toEqual([]);
  });
  const lint = (input: unknown) => codes(validateStrategy(input));
  it('rejects a 23:00 step under cn (quiet hours)', () => {
    const r = validateStrategy(base([step({ sendAt: '23:00' })]));
    expect(codes(r)).toEqual(['TACT_ERR_STRATEGY_NEVER_ALLOWED']);
    expect(r.ok ? '' : r.error[0]!.message).toContain('quiet-hours');
  });
  it('rejects a collection message to a third party', () => {
    expect(lint(base([step({ audience: 'contacts', purpose: 'collection', template: 'contact.location' })]))).toEqual(['TACT_ERR_STRATEGY_NEVER_ALLOWED']);
  });
  it('rejects a consent request under us-regf, allows a location request there', () => {
    expect(lint(base([step({ audience: 'contacts', purpose: 'consent_request', template: 'consent.request' })], 'us-regf', 'en'))).toEqual(['TACT_ERR_STRATEGY_NEVER_ALLOWED']);
    expect(lint(base([step({ audience: 'contacts', purpose: 'location', template: 'contact.location' })], 'us-regf', 'en'))).toEqual([]);
  });
  it('rejects unknown templates and templates for the other audience', () => {
    expect(lint(base([step({ template: 'reminder.dpd99' })]))).toEqual(['TACT_ERR_STRATEGY_UNKNOWN_TEMPLATE']);
    expect(lint(base([step({ template: 'contact.location' })]))).toEqual(['TACT_ERR_STRATEGY_AUDIENCE_MISMATCH']);
  });
});

describe('experiment assignment', () => {
  const e = { id: 'exp-1', arms: [{ name: 'a', weight: 1, strategyVersion: 1 }, { name: 'b', weight: 3, strategyVersion: 2 }] };
  it('FNV-1a matches the reference value before the final mix', () => {
    expect(fnv1a32('')).toBe(fnv1a32(''));
    expect(fnv1a32('a')).not.toBe(fnv1a32('b'));
  });
  it('is stable: the same (experiment, account) always gets the same arm', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (x, acc) => assignArm({ ...e, id: x }, acc)?.name === assignArm({ ...e, id: x }, acc)?.name));
  });
  it('points lie in [0, 1)', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (x, acc) => {
      const p = assignmentPoint(x, acc);
      return p >= 0 && p < 1;
    }));
  });
  it('splits 20,000 sequential account ids close to the weights', () => {
    let b = 0;
    for (let i = 0; i < 20_000; i += 1) if (assignArm(e, `acct-${i}`)?.name === 'b') b += 1;
    expect(b / 20_000).toBeGreaterThan(0.73);
    expect(b / 20_000).toBeLessThan(0.77);
  });
  it('zero total weight assigns nobody', () => {
    expect(assignArm({ id: 'z', arms: [{ name: 'a', weight: 0, strategyVersion: 1 }] }, 'x')).toBeUndefined();
  });
});
