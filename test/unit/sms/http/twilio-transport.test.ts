import { afterEach, describe, expect, it } from 'vitest';
import { twilioConfigFromEnv } from '../../../../src/adapters/sms/http-twilio/twilio-config.js';
import { TwilioTransport } from '../../../../src/adapters/sms/http-twilio/twilio-transport.js';
import type { InboundEvent } from '../../../../src/app/ports/sms-transport.js';
import { FakeTwilio } from '../../../support/fake-twilio.js';

describe('TwilioTransport against the local Twilio server', () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const o of open.splice(0).reverse()) await o.close();
  });

  const setup = async (authToken?: string) => {
    const peer = await FakeTwilio.start();
    const transport = await TwilioTransport.start({
      config: { baseUrl: peer.baseUrl, accountSid: peer.accountSid, authToken: authToken ?? peer.authToken, from: '+15005550006', timeoutMs: 2000 },
      listen: { port: 0 },
    });
    open.push(peer, transport);
    return { peer, transport };
  };

  it('a forged webhook is refused with 403 and yields no event', async () => {
    const { peer, transport } = await setup();
    const events: InboundEvent[] = [];
    transport.onInbound((e) => void events.push(e));
    const params = { MessageSid: 'SM1', From: '+14155550100', To: '+15005550006', Body: 'STOP' };
    expect(await peer.postSigned(transport.inboundUrl ?? '', params, 'forged+signature=')).toBe(403);
    expect(await peer.postSigned(transport.inboundUrl ?? '', params)).toBe(200);
    expect(events.map((e) => e.kind)).toEqual(['reply']);
  });

  it('wrong credentials are not an acceptance (Twilio 20003 → transient)', async () => {
    const { peer, transport } = await setup('wrong-token');
    const outcome = await transport.send({ messageId: 'm', to: '+14155550100', text: 'hi' });
    expect(outcome).toMatchObject({ kind: 'transient' });
    expect(peer.sentMessages()).toEqual([]);
  });

  it('sends StatusCallback and a MessagingServiceSid when configured', async () => {
    const peer = await FakeTwilio.start();
    const transport = await TwilioTransport.start({
      config: { baseUrl: peer.baseUrl, accountSid: peer.accountSid, authToken: peer.authToken, messagingServiceSid: 'MG1', timeoutMs: 2000 },
      listen: { port: 0 },
    });
    open.push(peer, transport);
    const receipts: InboundEvent[] = [];
    transport.onInbound((e) => void receipts.push(e));
    const outcome = await transport.send({ messageId: 'm', to: '+14155550100', text: 'hi' });
    expect(outcome.kind).toBe('accepted');
    await expect.poll(() => receipts.length).toBe(1);
  });
});

describe('twilioConfigFromEnv', () => {
  const base = { TACT_TWILIO_ACCOUNT_SID: 'AC1', TACT_TWILIO_AUTH_TOKEN: 't', TACT_TWILIO_FROM: '+15005550006' };
  it('reads the environment with defaults', () => {
    expect(twilioConfigFromEnv(base)).toEqual({
      ok: true,
      value: { baseUrl: 'https://api.twilio.com', accountSid: 'AC1', authToken: 't', from: '+15005550006', timeoutMs: 10_000 },
    });
  });
  it.each(['TACT_TWILIO_ACCOUNT_SID', 'TACT_TWILIO_AUTH_TOKEN', 'TACT_TWILIO_FROM'])('names a missing %s', (name) => {
    expect(twilioConfigFromEnv({ ...base, [name]: '' })).toMatchObject({ ok: false, error: { code: 'TACT_ERR_SMS_PROVIDER_CONFIG', path: name } });
  });
  it('refuses a bad timeout or base URL', () => {
    expect(twilioConfigFromEnv({ ...base, TACT_TWILIO_TIMEOUT_MS: '-1' }).ok).toBe(false);
    expect(twilioConfigFromEnv({ ...base, TACT_TWILIO_BASE_URL: 'not a url' }).ok).toBe(false);
  });
});
