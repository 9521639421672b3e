// deliver_sm from the SMSC → InboundEvent. Receipts (esm_class message type 0x04 or 0x20)
// go through parse-receipt and the segment matcher; anything else is an MO reply (long
// ones reassembled from UDH segments). The deliver_sm_resp is sent only after the
// handler has finished with the event — a handler failure answers ESME_RX_T_APPN so the
// SMSC delivers it again — and events that arrive before a handler is registered wait
// (their deliver_sm_resp too) until one is. A receipt can still reach the handler before
// the caller has stored the providerId that send() returned: handlers keep unknown ids.
import type { PDU, Session } from 'smpp';
import type { InboundEvent } from '../../../app/ports/sms-transport.js';
import { ConcatAssembler } from './concat-assembler.js';
import { parseReceipt } from './parse-receipt.js';
import type { SegmentReceipts } from './segment-receipts.js';
import { addressFrom, messageText } from './smpp-fields.js';
import { writeCorker } from './write-corker.js';

type Handler = (event: InboundEvent) => Promise<void> | void;

interface Pending {
  readonly events: readonly InboundEvent[];
  readonly ack: (status: number) => void;
}

const ESME_RX_T_APPN = 0x64;

/** deliver_sm_resp (SMPP 3.4 §4.6.2): header and an empty message_id, built by hand (hot path). */
const deliverSmResp = (sequence: number, status: number): Buffer => {
  const b = Buffer.alloc(17);
  b.writeUInt32BE(17, 0);
  b.writeUInt32BE(0x80000005, 4);
  b.writeUInt32BE(status >>> 0, 8);
  b.writeUInt32BE(sequence >>> 0, 12);
  return b;
};
const MO_PARTS_MAX_AGE_MS = 10 * 60_000;

/** esm_class bits 2–5 (SMPP 3.4 §5.2.12): 0x04 SMSC delivery receipt, 0x20 intermediate notification. */
export const isReceipt = (esmClass: number): boolean => {
  const type = esmClass & 0x3c;
  return type === 0x04 || type === 0x20;
};

export class InboundQueue {
  private handler: Handler | undefined;
  private readonly waiting: Pending[] = [];
  private batch: Pending[] = [];
  private readonly corkers = new WeakMap<Session, () => void>();
  private readonly moParts = new ConcatAssembler<string>();
  /** Receipts that named no usable id or state: answered, counted, dropped. */
  unparsedReceipts = 0;

  constructor(private readonly receipts: SegmentReceipts) {}

  setHandler(handler: Handler): void {
    this.handler = handler;
    for (const p of this.waiting.splice(0)) this.run(p);
  }

  deliver(pdu: PDU, session: Session): void {
    let hold = this.corkers.get(session);
    if (hold === undefined) {
      hold = writeCorker(session.socket);
      this.corkers.set(session, hold);
    }
    const corked = hold;
    const sequence = pdu.sequence_number;
    const ack = (status: number): void => {
      if (!session.socket.writable) return;
      corked();
      session.socket.write(deliverSmResp(sequence, status));
    };
    const pending = { events: this.toEvents(pdu), ack };
    if (this.handler === undefined) {
      this.waiting.push(pending);
      return;
    }
    // A receipt often shares a TCP read with its submit_sm_resp; a macrotask later the
    // send() caller has seen `accepted` (and its providerId) first. One macrotask per read.
    this.batch.push(pending);
    if (this.batch.length === 1) setImmediate(() => this.runBatch());
  }

  private runBatch(): void {
    const batch = this.batch;
    this.batch = [];
    for (const p of batch) this.run(p);
  }

  private toEvents(pdu: PDU): InboundEvent[] {
    const { text, concat } = messageText(pdu);
    if (isReceipt(pdu.esm_class ?? 0)) {
      const parsed = parseReceipt({
        receiptedMessageId: pdu.receipted_message_id,
        messageState: pdu.message_state,
        text,
      });
      if (parsed === null) {
        this.unparsedReceipts += 1;
        return [];
      }
      const reported = this.receipts.onReceipt(parsed.providerId, parsed.status);
      if (reported === null) return [];
      return [
        {
          kind: 'receipt',
          providerId: reported.providerId,
          status: reported.status,
          ...(parsed.errorCode === undefined ? {} : { errorCode: parsed.errorCode }),
          at: parsed.doneAt ?? new Date().toISOString(),
        },
      ];
    }
    const now = new Date();
    const from = addressFrom(pdu.source_addr, pdu.source_addr_ton);
    const to = addressFrom(pdu.destination_addr, pdu.dest_addr_ton);
    let whole = text;
    if (concat !== undefined) {
      this.moParts.sweep(now.getTime(), MO_PARTS_MAX_AGE_MS);
      const parts = this.moParts.add(`${from}|${to}`, concat, text, now.getTime());
      if (parts === null) return [];
      whole = parts.join('');
    }
    return [{ kind: 'reply', from, to, text: whole, receivedAt: now.toISOString() }];
  }

  private run(p: Pending): void {
    const handler = this.handler as Handler;
    try {
      const results = p.events.map((e) => handler(e)).filter((r) => r instanceof Promise);
      if (results.length === 0) p.ack(0);
      else
        Promise.all(results).then(
          () => p.ack(0),
          () => p.ack(ESME_RX_T_APPN),
        );
    } catch {
      p.ack(ESME_RX_T_APPN);
    }
  }
}
