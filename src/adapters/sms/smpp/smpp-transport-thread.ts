// The worker-thread side of ThreadedSmppTransport: runs an SmppTransport (PDU encoding
// and decoding, the socket, the window, receipts) off the caller's thread. Messages
// (threaded-smpp-transport.ts has the protocol) are batched per event-loop turn.
import { parentPort, workerData } from 'node:worker_threads';
import type { InboundEvent, SendOutcome } from '../../../app/ports/sms-transport.js';
import { TactError } from '../../../core/errors.js';
import { SmppTransport, type SmppTransportOptions } from './smpp-transport.js';
import { inboundBatchMs, type FromThread, type ToThread } from './threaded-smpp-transport.js';

const port = parentPort;
if (port === null) throw new Error('smpp-transport-thread runs as a worker thread');
const post = (m: FromThread): void => port.postMessage(m);

let outcomes: [number, SendOutcome][] = [];
const flushOutcomes = (): void => {
  post({ t: 'outcomes', items: outcomes });
  outcomes = [];
};
const handled = new Map<number, (ok: boolean) => void>();
let nextInbound = 0;
let inbound: [number, InboundEvent][] = [];
const flushInbound = (): void => {
  post({ t: 'inbound', items: inbound });
  inbound = [];
};

const options = workerData as Omit<SmppTransportOptions, 'onLinkEvent'>;
let transport: SmppTransport;
try {
  transport = await SmppTransport.open({ ...options, onLinkEvent: (event) => post({ t: 'link', event }) });
} catch (e) {
  post({ t: 'open-failed', code: e instanceof TactError ? e.code : undefined, message: (e as Error).message });
  port.close();
  throw e;
}
post({ t: 'opened' });

port.on('message', (m: ToThread) => {
  if (m.t === 'send') {
    for (const [key, message] of m.items) {
      void transport.send(message).then((outcome) => {
        if (outcomes.push([key, outcome]) === 1) setImmediate(flushOutcomes);
      });
    }
  } else if (m.t === 'handler') {
    transport.onInbound((event: InboundEvent) => {
      const id = nextInbound++;
      if (inbound.push([id, event]) === 1) setTimeout(flushInbound, inboundBatchMs);
      // The deliver_sm_resp waits for the caller's handler (a failure is answered so the SMSC retries).
      return new Promise<void>((resolve, reject) => {
        handled.set(id, (ok) => (ok ? resolve() : reject(new Error('inbound handler failed'))));
      });
    });
  } else if (m.t === 'inbound-done') {
    for (const [id, ok] of m.items) {
      handled.get(id)?.(ok);
      handled.delete(id);
    }
  } else {
    void transport.close(m.graceMs).then(() => {
      if (outcomes.length > 0) flushOutcomes();
      post({ t: 'closed' });
      port.close();
    });
  }
});
