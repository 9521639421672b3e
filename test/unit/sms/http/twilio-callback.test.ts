import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handleTwilioCallback } from '../../../../src/adapters/sms/http-twilio/twilio-callback.js';

const token = 'secret-token';
const url = 'https://tact.example/twilio/status?tenant=t1';
const now = new Date('2026-03-08T10:00:00Z');
// Signed independently of the adapter's helper.
const sign = (params: Record<string, string>, u = url, t = token): string =>
  createHmac('sha1', t).update(u + Object.keys(params).sort().map((k) => k + params[k]).join('')).digest('base64');
const call = (body: Record<string, string>, signature = sign(body)) =>
  handleTwilioCallback(token, { url, headers: { 'x-twilio-signature': signature }, body }, now);

const status = (MessageStatus: string, extra: Record<string, string> = {}) => ({
  MessageSid: 'SM1', SmsSid: 'SM1', AccountSid: 'AC1', From: '+15005550006', To: '+14155550100', MessageStatus, ...extra,
});

describe('handleTwilioCallback', () => {
  it.each([
    ['delivered', 'delivered'],
    ['undelivered', 'undeliverable'],
    ['failed', 'failed'],
    ['read', 'delivered'],
  ])('MessageStatus %s → receipt %s', (given, expected) => {
    const result = call(status(given));
    expect(result).toEqual({ ok: true, value: [{ kind: 'receipt', providerId: 'SM1', status: expected, at: now.toISOString() }] });
  });

  it('keeps the ErrorCode of an undelivered message', () => {
    const result = call(status('undelivered', { ErrorCode: '30003' }));
    expect(result.ok && result.value[0]).toMatchObject({ status: 'undeliverable', errorCode: '30003' });
  });

  it.each(['queued', 'sending', 'sent', 'accepted'])('progress status %s yields no event', (s) => {
    expect(call(status(s))).toEqual({ ok: true, value: [] });
  });

  it('an unheard-of status is kept as unknown, not dropped', () => {
    const result = call(status('teleported'));
    expect(result.ok && result.value[0]).toMatchObject({ kind: 'receipt', status: 'unknown' });
  });

  it('an incoming message becomes a reply', () => {
    const body = { MessageSid: 'SM9', AccountSid: 'AC1', From: '+14155550100', To: '+15005550006', Body: ' Stop ', SmsStatus: 'received', NumMedia: '0' };
    expect(call(body)).toEqual({
      ok: true,
      value: [{ kind: 'reply', from: '+14155550100', to: '+15005550006', text: ' Stop ', receivedAt: now.toISOString(), providerId: 'SM9' }],
    });
  });

  it('refuses a missing, wrong or replayed-elsewhere signature', () => {
    const body = status('delivered');
    const bad = (sig: string | undefined) =>
      handleTwilioCallback(token, { url, headers: sig === undefined ? {} : { 'x-twilio-signature': sig }, body }, now);
    for (const r of [bad(undefined), bad('AAAA'), bad(sign(body, url, 'other-token')), bad(sign(body, 'https://evil.example/x'))]) {
      expect(r).toMatchObject({ ok: false, error: { code: 'TACT_ERR_SMS_BAD_SIGNATURE' } });
    }
    expect(call({ ...body, MessageStatus: 'delivered' }, sign({ ...body, MessageStatus: 'failed' })).ok).toBe(false);
  });

  it('a signed body without MessageSid is a bad callback', () => {
    const body = { MessageStatus: 'delivered' };
    expect(call(body)).toMatchObject({ ok: false, error: { code: 'TACT_ERR_SMS_BAD_CALLBACK', path: 'MessageSid' } });
  });
});
