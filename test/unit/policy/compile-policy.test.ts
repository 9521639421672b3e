// Overrides: tighten anything, loosen recommended parameters down to the statutory
// bound, never past it (RULES.md "Two levels").
import { describe, expect, it } from 'vitest';
import type { OverrideValue, PackId } from '../../../src/core/model/decision-request.js';
import { compilePolicy } from '../../../src/core/policy/compile-policy.js';
import { baseRequest, decideOk, ev, reasonsOf } from './request-builder.js';

const codes = (pack: PackId, o: Record<string, OverrideValue>) => {
  const r = compilePolicy(pack, o);
  return r.ok ? [] : r.error.map((f) => [f.code, f.path]);
};

describe('compilePolicy', () => {
  it.each([
    ['us-regf', { 'call-frequency.maxCalls': 5 }, []],
    ['us-regf', { 'quiet-hours.earliest': '09:00', 'quiet-hours.latest': '20:00' }, []],
    ['us-regf', { 'daily-cap.smsPerDay': 10 }, []],
    ['us-regf', { 'call-spacing.minutes': 0 }, []],
    ['cn', { 'confirmed-contact.required': false, 'holidays.enabled': false }, []],
    ['cn', { 'third-party-frequency.per7Days': 0 }, []],
    ['us-regf', { 'call-frequency.maxCalls': 8 }, [['TACT_ERR_POLICY_LOOSER_THAN_LAW', '$.overrides["call-frequency.maxCalls"]']]],
    ['us-regf', { 'quiet-hours.latest': '22:00' }, [['TACT_ERR_POLICY_LOOSER_THAN_LAW', '$.overrides["quiet-hours.latest"]']]],
    ['us-regf', { 'after-conversation.quietDays': 6 }, [['TACT_ERR_POLICY_LOOSER_THAN_LAW', '$.overrides["after-conversation.quietDays"]']]],
    ['cn', { 'connected-calls.maxPerDay': 4 }, [['TACT_ERR_POLICY_LOOSER_THAN_LAW', '$.overrides["connected-calls.maxPerDay"]']]],
    ['cn', { 'quiet-hours.earliest': '07:00' }, [['TACT_ERR_POLICY_LOOSER_THAN_LAW', '$.overrides["quiet-hours.earliest"]']]],
    ['us-regf', { 'connected-calls.maxPerDay': 2 }, [['TACT_ERR_POLICY_UNKNOWN_OVERRIDE', '$.overrides["connected-calls.maxPerDay"]']]],
    ['us-regf', { nonsense: 1 }, [['TACT_ERR_POLICY_UNKNOWN_OVERRIDE', '$.overrides["nonsense"]']]],
    ['us-regf', { 'call-frequency.maxCalls': '5' }, [['TACT_ERR_POLICY_BAD_OVERRIDE', '$.overrides["call-frequency.maxCalls"]']]],
    ['us-regf', { 'call-frequency.maxCalls': 2.5 }, [['TACT_ERR_POLICY_BAD_OVERRIDE', '$.overrides["call-frequency.maxCalls"]']]],
    ['us-regf', { 'quiet-hours.earliest': '9am' }, [['TACT_ERR_POLICY_BAD_OVERRIDE', '$.overrides["quiet-hours.earliest"]']]],
    ['cn', { 'holidays.enabled': 'yes' }, [['TACT_ERR_POLICY_BAD_OVERRIDE', '$.overrides["holidays.enabled"]']]],
    ['us-regf', { 'quiet-hours.earliest': '20:00', 'quiet-hours.latest': '19:00' }, [['TACT_ERR_POLICY_BAD_OVERRIDE', '$.overrides["quiet-hours.earliest"]']]],
  ] as const)('%s %j → %j', (pack, o, expected) => {
    expect(codes(pack, o)).toEqual(expected);
  });

  it('names the rule and the parameter in the message', () => {
    const r = compilePolicy('us-regf', { 'call-frequency.maxCalls': 8 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]?.message).toContain('Rule "call-frequency", parameter "maxCalls"');
  });

  it('a tightened limit blocks earlier: 5 calls in 7 days with maxCalls 5', () => {
    const history = Array.from({ length: 5 }, (_, i) => ev(`2026-06-0${5 + i}T14:00:00Z`));
    expect(reasonsOf(decideOk(baseRequest({ history })))).toEqual([]);
    expect(reasonsOf(decideOk(baseRequest({ history, overrides: { 'call-frequency.maxCalls': 5 } })))).toEqual(['POLICY_CALL_FREQUENCY']);
  });

  it('tightened hours move earliestAllowedAt', () => {
    const d = decideOk(baseRequest({ at: '2026-06-10T12:30:00Z', overrides: { 'quiet-hours.earliest': '09:15' } }));
    expect(d.earliestAllowedAt).toBe('2026-06-10T13:15:00.000Z');
  });
});
