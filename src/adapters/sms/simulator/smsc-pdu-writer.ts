// Hand-built PDUs for the SMSC simulator's hot path (submit_sm_resp and deliver_sm), and
// a per-socket write batch. The `smpp` package builds PDUs generically (property walks,
// text filters) and writes one syscall per PDU; at benchmark rates that made the
// simulator measure itself. Layouts: SMPP 3.4 §4.4.2 (submit_sm_resp), §4.6.1 (deliver_sm).
import type { Socket } from 'node:net';

const SUBMIT_SM_RESP = 0x80000004;
const DELIVER_SM = 0x00000005;
const TLV_RECEIPTED_MESSAGE_ID = 0x001e;
const TLV_MESSAGE_STATE = 0x0427;
const TLV_MESSAGE_PAYLOAD = 0x0424;

const header = (b: Buffer, commandId: number, status: number, sequence: number): void => {
  b.writeUInt32BE(b.length, 0);
  b.writeUInt32BE(commandId >>> 0, 4);
  b.writeUInt32BE(status >>> 0, 8);
  b.writeUInt32BE(sequence >>> 0, 12);
};

/** submit_sm_resp: a message_id on success, an empty body on error (SMPP 3.4 §4.4.2). */
export const submitSmResp = (sequence: number, status: number, messageId: string): Buffer => {
  if (status !== 0) {
    const b = Buffer.allocUnsafe(16);
    header(b, SUBMIT_SM_RESP, status, sequence);
    return b;
  }
  const b = Buffer.allocUnsafe(16 + messageId.length + 1);
  header(b, SUBMIT_SM_RESP, 0, sequence);
  b.write(messageId, 16, 'latin1');
  b[b.length - 1] = 0;
  return b;
};

export interface DeliverSm {
  readonly sourceAddr: string;
  readonly sourceTon: number;
  readonly destinationAddr: string;
  readonly destinationTon: number;
  readonly esmClass: number;
  readonly dataCoding: number;
  /** At most 254 octets; longer goes in payload. */
  readonly shortMessage: Buffer;
  readonly payload?: Buffer;
  readonly receiptedMessageId?: string;
  readonly messageState?: number;
}

export const deliverSm = (sequence: number, d: DeliverSm): Buffer => {
  const src = Buffer.from(d.sourceAddr, 'latin1');
  const dst = Buffer.from(d.destinationAddr, 'latin1');
  const rid = d.receiptedMessageId === undefined ? undefined : Buffer.from(d.receiptedMessageId, 'latin1');
  const size =
    16 + 1 + 2 + src.length + 1 + 2 + dst.length + 1 + 3 + 1 + 1 + 5 + 1 + d.shortMessage.length +
    (rid === undefined ? 0 : 4 + rid.length + 1) +
    (d.messageState === undefined ? 0 : 5) +
    (d.payload === undefined ? 0 : 4 + d.payload.length);
  const b = Buffer.alloc(size);
  header(b, DELIVER_SM, 0, sequence);
  let at = 17; // service_type "" at 16
  b[at++] = d.sourceTon;
  b[at++] = 1; // npi ISDN
  at += src.copy(b, at) + 1;
  b[at++] = d.destinationTon;
  b[at++] = 1;
  at += dst.copy(b, at) + 1;
  b[at++] = d.esmClass;
  at += 2; // protocol_id, priority_flag
  at += 2; // schedule_delivery_time "", validity_period ""
  at += 2; // registered_delivery, replace_if_present_flag
  b[at++] = d.dataCoding;
  at += 1; // sm_default_msg_id
  b[at++] = d.shortMessage.length;
  at += d.shortMessage.copy(b, at);
  if (rid !== undefined) {
    b.writeUInt16BE(TLV_RECEIPTED_MESSAGE_ID, at);
    b.writeUInt16BE(rid.length + 1, at + 2);
    at += 4 + rid.copy(b, at + 4) + 1;
  }
  if (d.messageState !== undefined) {
    b.writeUInt16BE(TLV_MESSAGE_STATE, at);
    b.writeUInt16BE(1, at + 2);
    b[at + 4] = d.messageState;
    at += 5;
  }
  if (d.payload !== undefined) {
    b.writeUInt16BE(TLV_MESSAGE_PAYLOAD, at);
    b.writeUInt16BE(d.payload.length, at + 2);
    d.payload.copy(b, at + 4);
  }
  return b;
};

/** Collects PDUs for one socket and writes them together at the end of the current tick. */
export class WriteBatch {
  private pending: Buffer[] = [];

  constructor(private readonly socket: Socket) {}

  write(pdu: Buffer): void {
    this.pending.push(pdu);
    if (this.pending.length === 1) process.nextTick(() => this.flush());
  }

  private flush(): void {
    const all = this.pending;
    this.pending = [];
    if (!this.socket.writable || all.length === 0) return;
    this.socket.write(all.length === 1 ? (all[0] as Buffer) : Buffer.concat(all));
  }
}
