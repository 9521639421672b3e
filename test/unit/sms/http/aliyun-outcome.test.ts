import { describe, expect, it } from 'vitest';
import { aliyunOutcome } from '../../../../src/adapters/sms/http-aliyun/aliyun-outcome.js';

const answer = (status: number, body: unknown) => ({ kind: 'response' as const, status, body: JSON.stringify(body) });

describe('aliyunOutcome', () => {
  it('Code OK with a BizId is accepted with that BizId', () => {
    expect(aliyunOutcome(answer(200, { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'R' }))).toEqual({
      kind: 'accepted',
      providerId: '900619746936498440^0',
    });
  });

  it('Code OK without a BizId, or an unreadable body, is not an acceptance', () => {
    expect(aliyunOutcome(answer(200, { Code: 'OK', Message: 'OK' })).kind).toBe('transient');
    expect(aliyunOutcome({ kind: 'response', status: 200, body: '<xml/>' }).kind).toBe('transient');
  });

  it.each([
    ['isv.MOBILE_NUMBER_ILLEGAL', 200, 'rejected'],
    ['isv.BLACK_KEY_CONTROL_LIMIT', 200, 'rejected'],
    ['isv.TEMPLATE_MISSING_PARAMETERS', 200, 'rejected'],
    ['isv.SMS_TEMPLATE_ILLEGAL', 200, 'rejected'],
    ['isv.SOMETHING_NEW', 200, 'rejected'],
    ['isv.BUSINESS_LIMIT_CONTROL', 200, 'transient'],
    ['isv.DAY_LIMIT_CONTROL', 200, 'transient'],
    ['isv.AMOUNT_NOT_ENOUGH', 200, 'transient'],
    ['isv.OUT_OF_SERVICE', 200, 'transient'],
    ['isp.SYSTEM_ERROR', 200, 'transient'],
    ['isp.SOMETHING_NEW', 200, 'transient'],
    ['Throttling.User', 400, 'transient'],
    ['SignatureDoesNotMatch', 400, 'transient'],
    ['InternalError', 500, 'transient'],
    ['InvalidAction.NotFound', 404, 'transient'],
    ['MissingParameter.PhoneNumbers', 400, 'rejected'],
  ] as const)('%s (HTTP %i) → %s', (code, status, kind) => {
    const outcome = aliyunOutcome(answer(status, { Code: code, Message: 'x', RequestId: 'R' }));
    expect(outcome.kind).toBe(kind);
    if (outcome.kind === 'rejected') expect(outcome.permanent).toBe(true);
    if (outcome.kind !== 'accepted') expect(outcome.reason).toContain(code);
  });

  it('timeouts and network errors are transient', () => {
    expect(aliyunOutcome({ kind: 'timeout' }).kind).toBe('transient');
    expect(aliyunOutcome({ kind: 'network', reason: 'ECONNRESET' }).kind).toBe('transient');
  });
});
