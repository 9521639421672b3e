// The shared SmsTransport contract, run for SMPP against the bundled SMSC over TCP: the
// transport on the caller's thread, and on a worker thread (ThreadedSmppTransport, what
// the dispatcher uses). Both open with the same options.
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import { SmppTransport } from '../../src/adapters/sms/smpp/smpp-transport.js';
import { ThreadedSmppTransport } from '../../src/adapters/sms/smpp/threaded-smpp-transport.js';
import { smsTransportContract } from './sms-transport.contract.js';

const variants = [
  { name: 'smpp (bundled SMSC over TCP)', open: SmppTransport.open },
  { name: 'smpp on a worker thread (bundled SMSC over TCP)', open: ThreadedSmppTransport.open },
] as const;

for (const variant of variants) {
  smsTransportContract(
    variant.name,
    async () => {
      const smsc = await startSmsc({ port: 0 });
      const transport = await variant.open({
        url: `smpp://tact:secret@127.0.0.1:${smsc.port}`,
        defaultFrom: '+15005550006',
        responseTimeoutMs: 500,
        maxThrottleRetries: 2,
        throttleBackoff: { baseMs: 5, maxMs: 20 },
      });
      return {
        transport,
        peer: {
          // One entry per reassembled message; its id is the first segment's (what send() returns).
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
}
