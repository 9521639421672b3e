// Hands inbound events (replies, receipts) to the one registered handler, in arrival
// order. Events that arrive before `onInbound` are buffered, as the port promises.
// Shared by the HTTP adapters and the in-process simulator.
import type { InboundEvent } from '../../app/ports/sms-transport.js';

type Handler = (event: InboundEvent) => Promise<void> | void;

export class InboundQueue {
  private handler: Handler | undefined;
  private readonly buffered: InboundEvent[] = [];
  // Serialises handler calls so a receipt is never processed before the event ahead of it.
  private tail: Promise<void> = Promise.resolve();

  setHandler(handler: Handler): void {
    this.handler = handler;
    const waiting = this.buffered.splice(0);
    for (const event of waiting) void this.deliver(event).catch(() => undefined);
  }

  /**
   * Resolves once the handler has processed the event (or it was buffered); rejects
   * when the handler throws, so an HTTP callback can answer 500 and the provider retry.
   */
  deliver(event: InboundEvent): Promise<void> {
    const handler = this.handler;
    if (handler === undefined) {
      this.buffered.push(event);
      return Promise.resolve();
    }
    const run = this.tail.then(() => handler(event));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Waits until every event handed over so far has been processed. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
