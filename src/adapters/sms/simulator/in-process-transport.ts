// An SmsTransport that lives in the test process: no network, no files. Use cases are
// unit-tested against it. It records what was "sent", assigns ids (`sim-1`, `sim-2`, …
// in send order, so tests are deterministic), emits receipts automatically or on
// demand, and lets a test inject replies and failures per destination.
import type {
  InboundEvent,
  OutboundSms,
  ReceiptStatus,
  SendOutcome,
  SmsTransport,
} from '../../../app/ports/sms-transport.js';
import { providerOptOutReason } from '../../../app/ports/sms-provider-opt-out.js';
import { InboundQueue } from '../inbound-queue.js';

/** What the simulator does with a message to one destination; `deliver` by default. */
export const simulatedOutcomes = ['deliver', 'undeliverable', 'reject', 'opt-out', 'throttle', 'error', 'timeout'] as const;
export type SimulatedOutcome = (typeof simulatedOutcomes)[number];

export interface SimulatedSms extends OutboundSms {
  readonly providerId: string;
  /** ISO instant of acceptance. */
  readonly acceptedAt: string;
}

export interface InProcessSmsTransportOptions {
  /** `auto` (default): a final receipt follows each acceptance; `manual`: call `sendReceipt`. */
  readonly receipts?: 'auto' | 'manual';
  /** Clock for event instants; default the system clock. */
  readonly now?: () => Date;
  /** Sender id used when a message has none. Default '+15005550006'. */
  readonly defaultFrom?: string;
  /**
   * Keep every accepted message for `messages()` (default true). `tact simulate` passes
   * false: it watches what leaves itself, and millions of kept messages only fill the heap.
   */
  readonly keepMessages?: boolean;
}

export class InProcessSmsTransport implements SmsTransport {
  readonly name = 'simulator';
  private readonly inbound = new InboundQueue();
  private readonly accepted: SimulatedSms[] = [];
  private readonly outcomes = new Map<string, SimulatedOutcome>();
  private readonly receiptsMode: 'auto' | 'manual';
  private readonly keepMessages: boolean;
  private readonly now: () => Date;
  private readonly defaultFrom: string;
  private nextId = 1;
  private closed = false;

  constructor(options: InProcessSmsTransportOptions = {}) {
    this.receiptsMode = options.receipts ?? 'auto';
    this.keepMessages = options.keepMessages ?? true;
    this.now = options.now ?? (() => new Date());
    this.defaultFrom = options.defaultFrom ?? '+15005550006';
  }

  async send(message: OutboundSms): Promise<SendOutcome> {
    if (this.closed) return { kind: 'transient', reason: 'simulator: transport closed' };
    const outcome = this.outcomes.get(message.to) ?? 'deliver';
    switch (outcome) {
      case 'reject':
        return { kind: 'rejected', permanent: true, reason: 'simulator: invalid destination' };
      case 'opt-out':
        return { kind: 'rejected', permanent: true, reason: providerOptOutReason('simulator: recipient opted out') };
      case 'throttle':
        return { kind: 'transient', reason: 'simulator: throttled' };
      case 'error':
        return { kind: 'transient', reason: 'simulator: provider error' };
      case 'timeout':
        // No network to wait on: report what a real adapter reports after its timeout.
        return { kind: 'transient', reason: 'simulator: no answer (timeout)' };
      case 'deliver':
      case 'undeliverable': {
        const providerId = `sim-${this.nextId++}`;
        if (this.keepMessages) {
          this.accepted.push({ ...message, from: message.from ?? this.defaultFrom, providerId, acceptedAt: this.now().toISOString() });
        }
        if (this.receiptsMode === 'auto') {
          void this.sendReceipt(providerId, outcome === 'deliver' ? 'delivered' : 'undeliverable').catch(() => undefined);
        }
        return { kind: 'accepted', providerId };
      }
    }
  }

  onInbound(handler: (event: InboundEvent) => Promise<void> | void): void {
    this.inbound.setHandler(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.inbound.drain();
  }

  // ---- test handle ----

  /** Messages accepted so far, in order (none kept with keepMessages: false). */
  messages(): readonly SimulatedSms[] {
    return [...this.accepted];
  }

  setOutcome(to: string, outcome: SimulatedOutcome): void {
    this.outcomes.set(to, outcome);
  }

  /** Emits a receipt; resolves when the handler has processed it. */
  sendReceipt(providerId: string, status: ReceiptStatus, errorCode?: string): Promise<void> {
    return this.inbound.deliver({
      kind: 'receipt',
      providerId,
      status,
      at: this.now().toISOString(),
      ...(errorCode === undefined ? {} : { errorCode }),
    });
  }

  /** Emits a mobile-originated reply; resolves when the handler has processed it. */
  injectReply(reply: { readonly from: string; readonly to?: string; readonly text: string }): Promise<void> {
    return this.inbound.deliver({
      kind: 'reply',
      from: reply.from,
      to: reply.to ?? this.defaultFrom,
      text: reply.text,
      receivedAt: this.now().toISOString(),
    });
  }

  /** Waits until every event emitted so far has been handled. */
  flush(): Promise<void> {
    return this.inbound.drain();
  }
}
