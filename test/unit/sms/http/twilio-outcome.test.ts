import { describe, expect, it } from 'vitest';
import { isProviderOptOut } from '../../../../src/app/ports/sms-provider-opt-out.js';
import { twilioOutcome } from '../../../../src/adapters/sms/http-twilio/twilio-outcome.js';

const json = (status: number, body: unknown) => ({ kind: 'response' as const, status, body: JSON.stringify(body) });
const twilioError = (status: number, code: number) =>
  json(status, { code, message: "The 'To' number +8613800138000 is not valid", more_info: `https://www.twilio.com/docs/errors/${code}`, status });

describe('twilioOutcome', () => {
  it('201 with a sid is accepted with that sid', () => {
    expect(twilioOutcome(json(201, { sid: 'SMabc', status: 'queued' }))).toEqual({ kind: 'accepted', providerId: 'SMabc' });
  });

  it('2xx without a sid is never an acceptance (no invented id)', () => {
    expect(twilioOutcome(json(201, { status: 'queued' })).kind).toBe('transient');
    expect(twilioOutcome({ kind: 'response', status: 200, body: 'not json' }).kind).toBe('transient');
  });

  it.each([
    [400, 21610, 'rejected', true],
    [400, 21211, 'rejected', false],
    [400, 21614, 'rejected', false],
    [400, 21408, 'rejected', false],
    [400, 21602, 'rejected', false],
    [429, 20429, 'transient', false],
    [500, 20500, 'transient', false],
    [503, 20503, 'transient', false],
    [401, 20003, 'transient', false],
    [404, 20404, 'transient', false],
  ] as const)('HTTP %i code %i → %s (opt-out: %s)', (status, code, kind, optOut) => {
    const outcome = twilioOutcome(twilioError(status, code));
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'rejected') expect(outcome.permanent).toBe(true);
    expect(isProviderOptOut(outcome)).toBe(optOut);
    // Twilio's message quotes the number; our reason must not.
    if (outcome.kind !== 'accepted') expect(outcome.reason).not.toContain('8613800138000');
  });

  it('timeouts and network errors are transient', () => {
    expect(twilioOutcome({ kind: 'timeout' }).kind).toBe('transient');
    expect(twilioOutcome({ kind: 'network', reason: 'ECONNREFUSED' }).kind).toBe('transient');
  });
});
