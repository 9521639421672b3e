// The shared SmsTransport contract, run for SMPP on a worker thread (ThreadedSmppTransport,
// what the dispatcher uses) against the bundled SMSC over TCP.
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import { ThreadedSmppTransport } from '../../src/adapters/sms/smpp/threaded-smpp-transport.js';
import { smsTransportContract } from './sms-transport.contract.js';

smsTransportContract(
  'smpp on a worker thread (bundled SMSC over TCP)',
  async () => {
    const smsc = await startSmsc({ port: 0 });
    const transport = await ThreadedSmppTransport.open({
      url: `smpp://tact:secret@127.0.0.1:${smsc.port}`,
      defaultFrom: '+15005550006',
      responseTimeoutMs: 500,
      maxThrottleRetries: 2,
      throttleBackoff: { baseMs: 5, maxMs: 20 },
    });
    return {
      transport,
      peer: {
        sentMessages: () => smsc.messages().map((m) => ({ to: m.to, text: m.text, providerId: m.id })),
        injectReply: async (reply) => {
          const status = await smsc.injectReply(reply);
          if (status !== 0) throw new Error(`deliver_sm answered ${status}`);
        },
        setOutcome: (to, outcome) => smsc.setNumber(to, outcome),
        close: () => smsc.close(),
      },
    };
  },
  { reportsOptOut: false },
);
