// deliver_sm from the SMSC simulator to bound ESMEs (receipts and injected MO replies).
// Each goes to the preferred session when it can still receive, else to any receiver or
// transceiver bound with the same system_id, else waits until one binds — as an SMSC
// stores receipts for an ESME that is away. A delivery not answered with ESME_ROK (or
// lost with its connection) is queued again after a short pause. PDUs are hand-built
// (smsc-pdu-writer.ts) with our own sequence numbers, counted from 0x40000000 so they
// never meet the `smpp` package's own counter.
import type { PDU, Session } from 'smpp';
import { deliverSm, type DeliverSm, type WriteBatch } from './smsc-pdu-writer.js';

export interface BoundSession {
  readonly session: Session;
  readonly systemId: string;
  /** transmitter-only sessions receive nothing. */
  readonly receives: boolean;
  open: boolean;
  readonly batch: WriteBatch;
  /** Deliveries sent on this session and not yet answered, by sequence_number. */
  readonly outstanding: Map<number, object>;
  nextSequence: number;
}

/** Creates the session record and routes its deliver_sm_resp to `deliveries`. */
export const boundSession = (
  session: Session,
  systemId: string,
  receives: boolean,
  batch: WriteBatch,
  deliveries: SmscDeliveries,
): BoundSession => {
  const bound: BoundSession = { session, systemId, receives, open: true, batch, outstanding: new Map(), nextSequence: 0x40000000 };
  session.on('deliver_sm_resp', (pdu: PDU) => deliveries.answered(bound, pdu.sequence_number, pdu.command_status));
  return bound;
};

interface Delivery {
  readonly fields: DeliverSm;
  readonly systemId: string;
  readonly preferred: BoundSession | undefined;
  readonly done: (status: number) => void;
}

const RETRY_MS = 200;

export class SmscDeliveries {
  private readonly sessions = new Set<BoundSession>();
  private waiting: Delivery[] = [];
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  sent = 0;

  added(bound: BoundSession): void {
    this.sessions.add(bound);
    if (bound.receives) this.retryWaiting();
  }

  /** The session is gone: what it had not answered is delivered again elsewhere or later. */
  removed(bound: BoundSession): void {
    bound.open = false;
    this.sessions.delete(bound);
    for (const d of bound.outstanding.values()) this.later(d as Delivery);
    bound.outstanding.clear();
  }

  /** Sends now or when a receiver is bound; `done` gets the deliver_sm_resp status (0 = taken). */
  deliver(fields: DeliverSm, systemId: string, preferred?: BoundSession, done: (status: number) => void = () => undefined): void {
    this.attempt({ fields, systemId, preferred, done });
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  private pick(d: Delivery): BoundSession | undefined {
    if (d.preferred !== undefined && d.preferred.open && d.preferred.receives) return d.preferred;
    for (const s of this.sessions) if (s.open && s.receives && s.systemId === d.systemId) return s;
    return undefined;
  }

  private attempt(d: Delivery): void {
    if (this.closed) return;
    const target = this.pick(d);
    if (target === undefined) {
      this.waiting.push(d);
      return;
    }
    const sequence = target.nextSequence++;
    if (target.nextSequence > 0x7ffffff0) target.nextSequence = 0x40000000;
    target.outstanding.set(sequence, d);
    target.batch.write(deliverSm(sequence, d.fields));
  }

  answered(bound: BoundSession, sequence: number, status: number): void {
    const d = bound.outstanding.get(sequence) as Delivery | undefined;
    if (d === undefined) return;
    bound.outstanding.delete(sequence);
    if (status === 0) {
      this.sent += 1;
      d.done(0);
    } else {
      this.later(d);
    }
  }

  private later(d: Delivery): void {
    this.waiting.push({ ...d, preferred: undefined });
    if (this.retryTimer === undefined) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.retryWaiting();
      }, RETRY_MS);
    }
  }

  private retryWaiting(): void {
    const all = this.waiting;
    this.waiting = [];
    for (const d of all) this.attempt(d);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
  }
}
