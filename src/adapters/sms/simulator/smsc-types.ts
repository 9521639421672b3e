// Options and handle of the SMSC simulator (see smsc-server.ts). Defaults in brackets.
/**
 * What the simulator does with submits to one number: `deliver` (receipt DELIVRD),
 * `undeliverable` (accepted, receipt UNDELIV), `reject` (ESME_RINVDSTADR), `opt-out`
 * (ESME_RPROHIBITED: SMPP has no standard opt-out status), `throttle` (ESME_RTHROTTLED
 * every time), `error` (ESME_RSYSERR), `timeout` (never answered).
 */
export const smscBehaviours = ['deliver', 'undeliverable', 'reject', 'opt-out', 'throttle', 'error', 'timeout'] as const;
export type SmscBehaviour = (typeof smscBehaviours)[number];

export interface SmscOptions {
  /** [2775]; 0 picks a free port. */
  readonly port?: number;
  /** ['127.0.0.1'] */
  readonly host?: string;
  /** The one account that may bind. ['tact' / 'secret'] */
  readonly systemId?: string;
  readonly password?: string;
  /** JSON Lines file that every complete message is appended to. [none: memory only] */
  readonly logFile?: string;
  /** Share of submit_sm answered with a throttling status, 0–1. [0] */
  readonly throttleRate?: number;
  /** Which throttling status. ['both': ESME_RTHROTTLED or ESME_RMSGQFUL at random] */
  readonly throttleStatus?: 'throttled' | 'queue_full' | 'both';
  /** Per-number behaviour (E.164 → behaviour); also settable later with setNumber(). */
  readonly numbers?: Readonly<Record<string, SmscBehaviour>>;
  /** E.164 numbers whose messages are accepted but get a receipt stat:UNDELIV. */
  readonly undeliverable?: readonly string[];
  /** E.164 numbers whose submits are answered ESME_RINVDSTADR. */
  readonly rejected?: readonly string[];
  /** What a receipt carries: TLVs, the text form, or both. ['both'] */
  readonly receiptForm?: 'both' | 'tlv' | 'text';
  /** Delay before each delivery receipt, ms. [0] */
  readonly receiptDelayMs?: number;
  /** Answer enquire_link (false: a dead-link test). [true] */
  readonly answerEnquireLink?: boolean;
  /** Delay before each submit_sm_resp, ms (holds submits in flight, for fault tests). [0] */
  readonly submitDelayMs?: number;
  /** Complete messages kept in memory for messages(). [10000, most recent] */
  readonly keepMessages?: number;
  /** PEM key and certificate: serve SMPP over TLS. */
  readonly tls?: { readonly key: string | Buffer; readonly cert: string | Buffer };
  /** Random source for the throttling draw. [Math.random] */
  readonly random?: () => number;
}

/** One complete (reassembled) message, as logged. */
export interface SmscMessage {
  /** ISO instant the last segment arrived. */
  readonly at: string;
  /** First segment's message_id (the id Tact keeps as providerId). */
  readonly id: string;
  /** Every segment's message_id, in segment order. */
  readonly ids: readonly string[];
  readonly systemId: string;
  readonly from: string;
  readonly to: string;
  readonly text: string;
  readonly segments: number;
  readonly dataCoding: number;
  /** The receipt state the simulator gives it. */
  readonly fate: 'DELIVRD' | 'UNDELIV';
}

export interface SmscStats {
  readonly binds: number;
  readonly submits: number;
  readonly accepted: number;
  readonly throttled: number;
  readonly rejected: number;
  readonly messages: number;
  readonly receiptsAndRepliesSent: number;
  readonly waitingDeliveries: number;
}

export interface SmscReply {
  /** The handset (E.164). */
  readonly from: string;
  /** Tact's number or short code. */
  readonly to: string;
  readonly text: string;
}

export interface SmscHandle {
  readonly host: string;
  readonly port: number;
  /** Sends an MO deliver_sm (now, or once an ESME binds); resolves with the deliver_sm_resp status. */
  injectReply(reply: SmscReply): Promise<number>;
  /** Complete messages received, oldest first. */
  messages(): readonly SmscMessage[];
  /** Waits until at least `count` complete messages were received, or the timeout [10 s]. */
  waitForMessages(count: number, timeoutMs?: number): Promise<readonly SmscMessage[]>;
  stats(): SmscStats;
  /** Sets how submits to one E.164 number are treated from now on. */
  setNumber(to: string, behaviour: SmscBehaviour): void;
  /** Drops every connection at once (as a crash would), stops listening, flushes the log. */
  close(): Promise<void>;
}
