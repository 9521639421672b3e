// SmsTransport over SMPP with the protocol work on a worker thread: the SmppTransport
// (encoding, decoding, socket writes, window, receipts) runs in smpp-transport-thread,
// so a caller whose own thread is busy (the dispatcher's claim transactions) does not
// also pay for the wire. Same outcomes as SmppTransport; sends and answers cross the
// thread boundary in one message per event-loop turn (replies and receipts, and the
// handler's answers, every 10 ms). If the thread dies, every send it held resolves
// transient "maybe sent" (it may have submitted them).
import { Worker } from 'node:worker_threads';
import type { DeliveryReceipt, InboundEvent, OutboundSms, SendOutcome, SmsTransport } from '../../../app/ports/sms-transport.js';
import { errorRegistry, TactError, type ErrorCode } from '../../../core/errors.js';
import { closedReason, MAYBE_SENT } from './outcome-reasons.js';
import type { LinkEvent } from './smpp-connection.js';
import type { SmppTransportOptions } from './smpp-transport.js';

// Sends, outcomes and receipts cross as flat arrays of strings and numbers (a fixed
// number of cells per item): cloning one array of primitives costs far less than an
// array of small objects, on both threads. A send carries what SMPP uses of an
// OutboundSms (a template is for providers that render their own; SMPP sends `text`).

/** Cells per send: key, messageId, to, text, from (or null). */
export const SEND_CELLS = 5;
/** Cells per outcome: key, kind (see outcomeCode), providerId or reason. */
export const OUTCOME_CELLS = 3;
/** Cells per inbound event: id, then a receipt's providerId, status, errorCode (or null), at — or for a reply: null, the reply. */
export const INBOUND_CELLS = 5;

type Cell = string | number | boolean | null | InboundEvent;

/** Caller → thread. */
export type ToThread =
  | { readonly t: 'send'; readonly cells: readonly Cell[] }
  | { readonly t: 'handler' }
  | { readonly t: 'inbound-done'; readonly items: readonly (readonly [number, boolean])[] }
  | { readonly t: 'close'; readonly graceMs: number };

/** Thread → caller. */
export type FromThread =
  | { readonly t: 'opened' }
  | { readonly t: 'open-failed'; readonly code: string | undefined; readonly message: string }
  | { readonly t: 'outcomes'; readonly cells: readonly Cell[] }
  | { readonly t: 'inbound'; readonly cells: readonly Cell[] }
  | { readonly t: 'link'; readonly event: LinkEvent }
  | { readonly t: 'closed' };

const ACCEPTED = 0;
const REJECTED_PERMANENT = 1;
const REJECTED_TEMPORARY = 2;
const TRANSIENT = 3;

/** Appends an outcome's cells. */
export const pushOutcome = (cells: Cell[], key: number, o: SendOutcome): void => {
  if (o.kind === 'accepted') cells.push(key, ACCEPTED, o.providerId);
  else if (o.kind === 'rejected') cells.push(key, o.permanent ? REJECTED_PERMANENT : REJECTED_TEMPORARY, o.reason);
  else cells.push(key, TRANSIENT, o.reason);
};

const outcomeAt = (cells: readonly Cell[], i: number): SendOutcome => {
  const kind = cells[i + 1];
  const text = cells[i + 2] as string;
  if (kind === ACCEPTED) return { kind: 'accepted', providerId: text };
  if (kind === TRANSIENT) return { kind: 'transient', reason: text };
  return { kind: 'rejected', permanent: kind === REJECTED_PERMANENT, reason: text };
};

/** Appends an inbound event's cells. */
export const pushInbound = (cells: Cell[], id: number, e: InboundEvent): void => {
  if (e.kind === 'receipt') cells.push(id, e.providerId, e.status, e.errorCode ?? null, e.at);
  else cells.push(id, null, e, null, null);
};

const inboundAt = (cells: readonly Cell[], i: number): InboundEvent => {
  const providerId = cells[i + 1];
  if (providerId === null) return cells[i + 2] as InboundEvent;
  const errorCode = cells[i + 3];
  return {
    kind: 'receipt',
    providerId: providerId as string,
    status: cells[i + 2] as DeliveryReceipt['status'],
    ...(errorCode === null ? {} : { errorCode: errorCode as string }),
    at: cells[i + 4] as string,
  };
};

/** The OutboundSms of the send at `i` (thread side). */
export const sendAt = (cells: readonly Cell[], i: number): OutboundSms => {
  const from = cells[i + 4];
  return { messageId: cells[i + 1] as string, to: cells[i + 2] as string, text: cells[i + 3] as string, ...(from === null ? {} : { from: from as string }) };
};

// Run from TypeScript sources (tests, benches under tsx or vitest), the thread registers
// tsx before it loads its TypeScript entry.
const fromSource = import.meta.url.endsWith('.ts');
const threadUrl = new URL(`./smpp-transport-thread.${fromSource ? 'ts' : 'js'}`, import.meta.url);
const startThread = (workerData: unknown): Worker =>
  fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(threadUrl.href)}); })`, { eval: true, workerData })
    : new Worker(threadUrl, { workerData });

/** Replies and receipts are not urgent: they (and their answers) cross in batches this often. */
export const inboundBatchMs = 10;

const lostReason = `the SMPP thread stopped before answering; ${MAYBE_SENT}`;

export class ThreadedSmppTransport implements SmsTransport {
  readonly name = 'smpp';
  #pending = new Map<number, (o: SendOutcome) => void>();
  #outbox: Cell[] = [];
  #nextKey = 0;
  #handler: ((event: InboundEvent) => Promise<void> | void) | undefined;
  #handled: [number, boolean][] = [];
  #bound = false;
  #closed = false;
  #exited: Promise<void>;

  /** Starts the thread, connects and binds; rejects as SmppTransport.open does. */
  static async open(options: SmppTransportOptions): Promise<ThreadedSmppTransport> {
    const { onLinkEvent, ...data } = options;
    const worker = startThread(data);
    const transport = new ThreadedSmppTransport(worker, onLinkEvent ?? (() => undefined));
    await new Promise<void>((resolve, reject) => {
      const first = (m: FromThread): void => {
        if (m.t === 'opened') resolve();
        else if (m.t === 'open-failed') {
          const code = m.code !== undefined && m.code in errorRegistry ? (m.code as ErrorCode) : 'TACT_ERR_SMS_CONNECT_FAILED';
          reject(new TactError(code, m.message));
        } else return;
        worker.off('message', first);
      };
      worker.on('message', first);
      worker.once('error', reject);
    });
    return transport;
  }

  private constructor(private readonly worker: Worker, onLinkEvent: (event: LinkEvent) => void) {
    worker.on('message', (m: FromThread) => {
      if (m.t === 'outcomes') {
        const { cells } = m;
        for (let i = 0; i < cells.length; i += OUTCOME_CELLS) {
          const key = cells[i] as number;
          this.#pending.get(key)?.(outcomeAt(cells, i));
          this.#pending.delete(key);
        }
      } else if (m.t === 'inbound') {
        const { cells } = m;
        for (let i = 0; i < cells.length; i += INBOUND_CELLS) void this.#inbound(cells[i] as number, inboundAt(cells, i));
      }
      else if (m.t === 'link') {
        if (m.event.type === 'bound') this.#bound = true;
        else if (m.event.type === 'lost') this.#bound = false;
        onLinkEvent(m.event);
      } else if (m.t === 'closed') void worker.terminate();
    });
    worker.on('error', () => undefined); // reported by 'exit'
    this.#exited = new Promise((resolve) => {
      worker.once('exit', () => {
        this.#closed = true;
        this.#bound = false;
        for (const settle of this.#pending.values()) settle({ kind: 'transient', reason: lostReason });
        this.#pending.clear();
        resolve();
      });
    });
  }

  get isBound(): boolean {
    return this.#bound;
  }

  send(message: OutboundSms): Promise<SendOutcome> {
    if (this.#closed) return Promise.resolve({ kind: 'transient', reason: closedReason });
    const key = this.#nextKey++;
    if (this.#outbox.push(key, message.messageId, message.to, message.text, message.from ?? null) === SEND_CELLS) setImmediate(() => this.#flush());
    return new Promise((resolve) => this.#pending.set(key, resolve));
  }

  #flush(): void {
    if (this.#outbox.length === 0) return;
    this.worker.postMessage({ t: 'send', cells: this.#outbox } satisfies ToThread);
    this.#outbox = [];
  }

  onInbound(handler: (event: InboundEvent) => Promise<void> | void): void {
    const first = this.#handler === undefined;
    this.#handler = handler;
    if (first) this.worker.postMessage({ t: 'handler' } satisfies ToThread);
  }

  async #inbound(id: number, event: InboundEvent): Promise<void> {
    let ok = true;
    try {
      await this.#handler?.(event);
    } catch {
      ok = false;
    }
    if (this.#handled.push([id, ok]) === 1) {
      setTimeout(() => {
        this.worker.postMessage({ t: 'inbound-done', items: this.#handled } satisfies ToThread);
        this.#handled = [];
      }, inboundBatchMs);
    }
  }

  /** Sends what is queued, waits up to `graceMs` for in-flight submits, unbinds, stops the thread. */
  async close(graceMs = 5000): Promise<void> {
    if (this.#closed) return this.#exited;
    this.#closed = true;
    this.#flush();
    this.worker.postMessage({ t: 'close', graceMs } satisfies ToThread);
    await this.#exited;
  }
}
