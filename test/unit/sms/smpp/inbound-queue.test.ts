import type { PDU, Session } from 'smpp';
import { describe, expect, it } from 'vitest';
import { InboundQueue, isReceipt } from '../../../../src/adapters/sms/smpp/inbound-queue.js';
import { SegmentReceipts } from '../../../../src/adapters/sms/smpp/segment-receipts.js';
import type { InboundEvent } from '../../../../src/app/ports/sms-transport.js';

/** A session that records the deliver_sm_resp statuses written to it. */
const fakeSession = (): { session: Session; acks: number[] } => {
  const acks: number[] = [];
  const socket = {
    writable: true,
    cork: () => undefined,
    uncork: () => undefined,
    write: (b: Buffer) => acks.push(b.readUInt32BE(8)),
  };
  return { session: { socket } as unknown as Session, acks };
};

const mo = (text: string, udh?: number[]): PDU =>
  ({
    sequence_number: 7,
    esm_class: udh === undefined ? 0 : 0x40,
    data_coding: 8,
    source_addr: '8613900139000',
    source_addr_ton: 1,
    destination_addr: '10690001',
    dest_addr_ton: 0,
    short_message: udh === undefined ? { message: text } : { message: text, udh: [Buffer.from(udh)] },
  }) as unknown as PDU;

const settle = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('InboundQueue', () => {
  it('tells receipts (esm_class 0x04, 0x20) from replies', () => {
    expect(isReceipt(0x04)).toBe(true);
    expect(isReceipt(0x20)).toBe(true);
    expect(isReceipt(0x00)).toBe(false);
    expect(isReceipt(0x40)).toBe(false);
    expect(isReceipt(0x44)).toBe(true); // receipt with UDHI
  });

  it('reassembles a long MO reply from its UDH segments (out of order) and restores +', async () => {
    const q = new InboundQueue(new SegmentReceipts());
    const events: InboundEvent[] = [];
    q.setHandler((e) => {
      events.push(e);
    });
    const { session, acks } = fakeSession();
    q.deliver(mo('第二段', [0x00, 0x03, 0x2a, 2, 2]), session);
    q.deliver(mo('第一段', [0x00, 0x03, 0x2a, 2, 1]), session);
    await settle();
    expect(events).toEqual([expect.objectContaining({ kind: 'reply', from: '+8613900139000', to: '10690001', text: '第一段第二段' })]);
    expect(acks).toEqual([0, 0]); // every segment answered
  });

  it('holds events and their deliver_sm_resp until a handler is registered', async () => {
    const q = new InboundQueue(new SegmentReceipts());
    const { session, acks } = fakeSession();
    q.deliver(mo('Y'), session);
    await settle();
    expect(acks).toEqual([]);
    const events: InboundEvent[] = [];
    q.setHandler((e) => {
      events.push(e);
    });
    await settle();
    expect(events.map((e) => (e.kind === 'reply' ? e.text : ''))).toEqual(['Y']);
    expect(acks).toEqual([0]);
  });

  it('answers ESME_RX_T_APPN when the handler fails, so the SMSC delivers again', async () => {
    const q = new InboundQueue(new SegmentReceipts());
    q.setHandler(async () => {
      throw new Error('store down');
    });
    const { session, acks } = fakeSession();
    q.deliver(mo('STOP'), session);
    await settle();
    await settle();
    expect(acks).toEqual([0x64]);
  });

  it('answers and drops a receipt that names no id', async () => {
    const q = new InboundQueue(new SegmentReceipts());
    const events: InboundEvent[] = [];
    q.setHandler((e) => {
      events.push(e);
    });
    const { session, acks } = fakeSession();
    q.deliver({ sequence_number: 1, esm_class: 4, data_coding: 0, short_message: { message: 'stat:DELIVRD' } } as unknown as PDU, session);
    await settle();
    expect(events).toEqual([]);
    expect(acks).toEqual([0]);
    expect(q.unparsedReceipts).toBe(1);
  });
});
