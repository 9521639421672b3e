// The worker-thread side of ThreadedSmppTransport: runs an SmppTransport (PDU encoding
// and decoding, the socket, the window, receipts) off the caller's thread. Messages
// (threaded-smpp-transport.ts has the protocol) are batched per event-loop turn.
import { parentPort, workerData } from 'node:worker_threads';
import type { InboundEvent } from '../../../app/ports/sms-transport.js';
import { TactError } from '../../../core/errors.js';
import { SmppTransport, type SmppTransportOptions } from './smpp-transport.js';
import { inboundBatchMs, pushInbound, pushOutcome, sendAt, SEND_CELLS, type FromThread, type ToThread } from './threaded-smpp-transport.js';

const port = parentPort;
if (port === null) throw new Error('smpp-transport-thread runs as a worker thread');
const post = (m: FromThread): void => port.postMessage(m);

let outcomes: Parameters<typeof pushOutcome>[0] = [];
const flushOutcomes = (): void => {
  post({ t: 'outcomes', cells: outcomes });
  outcomes = [];
};
const handled = new Map<number, (ok: boolean) => void>();
let nextInbound = 0;
let inbound: Parameters<typeof pushInbound>[0] = [];
const flushInbound = (): void => {
  post({ t: 'inbound', cells: inbound });
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
    const { cells } = m;
    for (let i = 0; i < cells.length; i += SEND_CELLS) {
      const key = cells[i] as number;
      void transport.send(sendAt(cells, i)).then((outcome) => {
        if (outcomes.length === 0) setImmediate(flushOutcomes);
        pushOutcome(outcomes, key, outcome);
      });
    }
  } else if (m.t === 'handler') {
    transport.onInbound((event: InboundEvent) => {
      const id = nextInbound++;
      if (inbound.length === 0) setTimeout(flushInbound, inboundBatchMs);
      pushInbound(inbound, id, event);
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
