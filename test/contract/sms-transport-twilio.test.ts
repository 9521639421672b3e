import { TwilioTransport } from '../../src/adapters/sms/http-twilio/twilio-transport.js';
import { FakeTwilio } from '../support/fake-twilio.js';
import { smsTransportContract } from './sms-transport.contract.js';

smsTransportContract('twilio (local Twilio-compatible server)', async () => {
  const peer = await FakeTwilio.start();
  const transport = await TwilioTransport.start({
    config: {
      baseUrl: peer.baseUrl,
      accountSid: peer.accountSid,
      authToken: peer.authToken,
      from: '+15005550006',
      timeoutMs: 500,
    },
    listen: { port: 0 },
  });
  peer.incomingWebhookUrl = transport.inboundUrl;
  return { transport, peer };
}, { reportsOptOut: true, ownNumber: '+15005550006' });
