// SmsTransport over SMPP 3.4 (the `smpp` package): one bind_transceiver link, a window of
// in-flight submit_sm, UDH-concatenated long messages, receipts and MO replies inbound.
// Outcomes (never invented): `accepted` only after every segment's submit_sm_resp said
// ESME_ROK with a message_id; the providerId is the FIRST segment's message_id. Status
// codes map as in command-status.ts. Submits in flight when the link drops resolve
// transient with MAYBE_SENT wording (the dispatcher treats them as "maybe sent").
import type { PDU, PduFields, Session } from 'smpp';
import type { InboundEvent, OutboundSms, SendOutcome, SmsTransport } from '../../../app/ports/sms-transport.js';
import { TactError } from '../../../core/errors.js';
import type { BackoffPolicy } from './backoff.js';
import { InboundQueue } from './inbound-queue.js';
import { closedReason, MAYBE_SENT } from './outcome-reasons.js';
import { SegmentReceipts } from './segment-receipts.js';
import { SmppConnection, type LinkEvent } from './smpp-connection.js';
import { destinationFields, sourceFields, type SourceFields } from './smpp-fields.js';
import { parseSmppUrl } from './smpp-url.js';
import { ESM_UDHI, splitForSmpp } from './split-message.js';
import { SubmitWindow, type SegmentOutcome } from './submit-window.js';
import { writeCorker } from './write-corker.js';

export interface SmppTransportOptions {
  /** smpp://SYSTEM_ID:PASSWORD@HOST:PORT or ssmpp://… (TLS). */
  readonly url: string;
  /** Sender when a message names none (alphanumeric, short code or +E.164). Default "Tact". */
  readonly defaultFrom?: string;
  /** Most submit_sm awaiting a response. Default 20. */
  readonly window?: number;
  /** Seconds between enquire_link. Default 30. */
  readonly enquireLinkSeconds?: number;
  /** A submit without submit_sm_resp for this long resolves transient (maybe sent). Default 30 s. */
  readonly responseTimeoutMs?: number;
  /** A submit waiting this long for a bound link resolves transient (not sent). Default 60 s. */
  readonly queueTimeoutMs?: number;
  /** Reconnect backoff. Default 500 ms doubling to 30 s, jittered. */
  readonly reconnect?: BackoffPolicy;
  /** Pause after ESME_RTHROTTLED/ESME_RMSGQFUL. Default 20 ms doubling to 2 s. */
  readonly throttleBackoff?: BackoffPolicy;
  /** Throttled answers per submit before it resolves transient. Default 10. */
  readonly maxThrottleRetries?: number;
  readonly systemType?: string;
  /** 16-bit concatenation references (IEI 0x08) instead of 8-bit (IEI 0x00). */
  readonly wideReference?: boolean;
  /** tls.connect options for ssmpp:// (e.g. { ca } for a private CA). */
  readonly tlsOptions?: Readonly<Record<string, unknown>>;
  /** Link state changes, for logs and metrics. Carries no personal data. */
  readonly onLinkEvent?: (event: LinkEvent) => void;
}

export class SmppTransport implements SmsTransport {
  readonly name = 'smpp';
  private readonly window: SubmitWindow;
  private readonly connection: SmppConnection;
  private readonly receipts = new SegmentReceipts();
  private readonly inbound: InboundQueue;
  private readonly defaultSource: SourceFields;
  private readonly wideReference: boolean;
  private reference = Math.floor(Math.random() * 0xffff);
  private sweepTimer: NodeJS.Timeout | undefined;
  private closed = false;

  /** Connects and binds; rejects with TACT_ERR_SMS_BAD_SMPP_URL, _BIND_FAILED or _CONNECT_FAILED. */
  static async open(options: SmppTransportOptions): Promise<SmppTransport> {
    const transport = new SmppTransport(options);
    try {
      await transport.connection.open();
    } catch (e) {
      await transport.close();
      throw e;
    }
    return transport;
  }

  private constructor(options: SmppTransportOptions) {
    const endpoint = parseSmppUrl(options.url);
    if (!endpoint.ok) throw new TactError('TACT_ERR_SMS_BAD_SMPP_URL', endpoint.error.message);
    this.defaultSource = sourceFields(options.defaultFrom ?? 'Tact');
    this.wideReference = options.wideReference ?? false;
    this.window = new SubmitWindow({
      maxWindow: Math.max(1, options.window ?? 20),
      throttleBackoff: options.throttleBackoff ?? { baseMs: 20, maxMs: 2000 },
      maxThrottleRetries: options.maxThrottleRetries ?? 10,
      responseTimeoutMs: options.responseTimeoutMs ?? 30_000,
      queueTimeoutMs: options.queueTimeoutMs ?? 60_000,
    });
    this.inbound = new InboundQueue(this.receipts);
    this.connection = new SmppConnection({
      endpoint: endpoint.value,
      systemType: options.systemType ?? '',
      enquireLinkSeconds: options.enquireLinkSeconds ?? 30,
      reconnect: options.reconnect ?? { baseMs: 500, maxMs: 30_000 },
      tlsOptions: options.tlsOptions ?? {},
      onBound: (session) => this.window.attach(senderFor(session)),
      onLost: () => this.window.connectionLost(),
      onDeliver: (pdu: PDU, session: Session) => this.inbound.deliver(pdu, session),
      onEvent: options.onLinkEvent ?? (() => undefined),
    });
    // Time-outs are checked at a quarter of the response time-out (50 ms – 1 s).
    const sweepMs = Math.min(1000, Math.max(50, (options.responseTimeoutMs ?? 30_000) / 4));
    this.sweepTimer = setInterval(() => this.window.sweep(Date.now()), sweepMs);
    this.sweepTimer.unref();
  }

  get isBound(): boolean {
    return this.connection.isBound;
  }

  /** Current window (shrinks under throttling), in-flight and queued submits. */
  stats(): { readonly window: number; readonly inFlight: number; readonly queued: number } {
    return { window: this.window.currentWindow, inFlight: this.window.inFlight, queued: this.window.queued };
  }

  send(message: OutboundSms): Promise<SendOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'transient', reason: closedReason });
    this.reference = (this.reference + 1) & (this.wideReference ? 0xffff : 0xff);
    const payload = splitForSmpp(message.text, this.reference, this.wideReference);
    const source = message.from === undefined ? this.defaultSource : sourceFields(message.from);
    const destination = destinationFields(message.to);
    const common: PduFields = {
      source_addr: source.source_addr,
      source_addr_ton: source.source_addr_ton,
      source_addr_npi: source.source_addr_npi,
      destination_addr: destination.destination_addr,
      dest_addr_ton: destination.dest_addr_ton,
      dest_addr_npi: destination.dest_addr_npi,
      esm_class: payload.udhi ? ESM_UDHI : 0,
      registered_delivery: 1, // final receipt, success or failure
      data_coding: payload.dataCoding,
    };
    if (payload.segments.length === 1) {
      return this.window.submit({ ...common, short_message: payload.segments[0] as Buffer }).then(toSendOutcome);
    }
    const group = this.receipts.group();
    const parts = payload.segments.map((segment, i) =>
      this.window.submit({ ...common, short_message: segment }, (id) => this.receipts.accepted(group, i, id)),
    );
    return Promise.all(parts).then((outcomes) => this.combine(outcomes));
  }

  private combine(outcomes: readonly SegmentOutcome[]): SendOutcome {
    const ids = outcomes.flatMap((o) => (o.kind === 'accepted' ? [o.providerId] : []));
    if (ids.length === outcomes.length) {
      return { kind: 'accepted', providerId: ids[0] as string };
    }
    const failed = outcomes.find((o) => o.kind !== 'accepted') as Exclude<SegmentOutcome, { kind: 'accepted' }>;
    const maybe = outcomes.some((o) => o.kind === 'transient' && o.maybeSent);
    if (ids.length > 0 || maybe) {
      const reason = `${ids.length} of ${outcomes.length} segments accepted, then ${failed.reason}; the recipient may have part of it — ${MAYBE_SENT}`;
      return { kind: 'transient', reason };
    }
    return toSendOutcome(failed);
  }

  onInbound(handler: (event: InboundEvent) => Promise<void> | void): void {
    this.inbound.setHandler(handler);
  }

  /** Waits up to `graceMs` for in-flight submits, unbinds, and resolves queued ones transient. */
  async close(graceMs = 5000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.sweepTimer !== undefined) clearInterval(this.sweepTimer);
    this.window.drainQueue({ kind: 'transient', reason: closedReason, maybeSent: false });
    const until = Date.now() + graceMs;
    while (this.window.inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    this.window.stop();
    await this.connection.close();
    this.window.connectionLost();
  }
}

const toSendOutcome = (o: SegmentOutcome): SendOutcome =>
  o.kind === 'transient' ? { kind: 'transient', reason: o.reason } : o;

const senderFor = (session: Session) => {
  const hold = writeCorker(session.socket);
  return (fields: PduFields, onResponse: (status: number, messageId: string | undefined) => void): boolean => {
    hold();
    return session.submit_sm(fields, (pdu) => onResponse(pdu.command_status, pdu.message_id));
  };
};
