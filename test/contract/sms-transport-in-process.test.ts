import { InProcessSmsTransport } from '../../src/adapters/sms/simulator/in-process-transport.js';
import { smsTransportContract } from './sms-transport.contract.js';

smsTransportContract('in-process simulator', async () => {
  const transport = new InProcessSmsTransport();
  return {
    transport,
    peer: {
      sentMessages: () => transport.messages().map(({ to, text, providerId }) => ({ to, text, providerId })),
      injectReply: (reply) => transport.injectReply(reply),
      setOutcome: (to, outcome) => transport.setOutcome(to, outcome),
      close: async () => undefined,
    },
  };
}, { reportsOptOut: true });
