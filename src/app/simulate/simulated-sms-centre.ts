// What the simulator needs of an SMS centre: a transport it can also talk back through
// (the in-process simulator transport, adapters/sms/simulator, has exactly this shape).
// Every reply a synthetic person sends goes in here and comes out through the real
// inbound path (receiveInbound), as a real reply would.
import type { SmsTransport } from '../ports/sms-transport.js';

export interface SimulatedSmsCentre extends SmsTransport {
  /** A mobile-originated reply; resolves when the inbound handler has processed it. */
  injectReply(reply: { readonly from: string; readonly to?: string; readonly text: string }): Promise<void>;
  /** Resolves when every event emitted so far (receipts included) has been handled. */
  flush(): Promise<void>;
}

/** One accepted message as the simulator saw it leave. */
export interface ObservedSend {
  readonly messageId: string;
  readonly to: string;
  readonly text: string;
  /** Epoch ms UTC (the simulated clock). */
  readonly at: number;
}

/** Wraps a centre so every accepted message is also handed to `observe`. */
export const observingCentre = (centre: SimulatedSmsCentre, now: () => number, observe: (s: ObservedSend) => void): SimulatedSmsCentre => ({
  name: centre.name,
  send: async (m) => {
    const outcome = await centre.send(m);
    if (outcome.kind === 'accepted') observe({ messageId: m.messageId, to: m.to, text: m.text, at: now() });
    return outcome;
  },
  onInbound: (h) => centre.onInbound(h),
  close: () => centre.close(),
  injectReply: (r) => centre.injectReply(r),
  flush: () => centre.flush(),
});
