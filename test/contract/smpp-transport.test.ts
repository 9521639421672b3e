// SmppTransport against the bundled SMSC simulator over real TCP on 127.0.0.1.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import type { SmscHandle } from '../../src/adapters/sms/simulator/smsc-types.js';
import { SmppTransport } from '../../src/adapters/sms/smpp/smpp-transport.js';
import type { InboundEvent } from '../../src/app/ports/sms-transport.js';
import { waitFor } from './smpp-support.js';

const UNDELIVERABLE = '+15550000666';
const INVALID = '+15550000999';

const open = async (smsc: SmscHandle, extra: Partial<Parameters<typeof SmppTransport.open>[0]> = {}) => {
  const events: InboundEvent[] = [];
  const transport = await SmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${smsc.port}`, ...extra });
  transport.onInbound((e) => {
    events.push(e);
  });
  return { transport, events };
};

describe('SmppTransport ↔ bundled SMSC (TCP)', () => {
  const logFile = join(mkdtempSync(join(tmpdir(), 'tact-smsc-')), 'messages.jsonl');
  let smsc: SmscHandle;
  let transport: SmppTransport;
  let events: InboundEvent[];

  beforeAll(async () => {
    smsc = await startSmsc({ port: 0, logFile, undeliverable: [UNDELIVERABLE], rejected: [INVALID] });
    ({ transport, events } = await open(smsc));
  });
  afterAll(async () => {
    await transport?.close();
    await smsc?.close();
  });

  it('a short message is accepted with the id the SMSC gave it, and its receipt arrives', async () => {
    const outcome = await transport.send({ messageId: 'm-1', to: '+15550000001', text: 'Your code is 7KQ2M9XA' });
    expect(outcome.kind).toBe('accepted');
    const logged = smsc.messages().find((m) => m.to === '+15550000001');
    expect(outcome).toEqual({ kind: 'accepted', providerId: logged?.id });
    expect(logged).toMatchObject({ text: 'Your code is 7KQ2M9XA', segments: 1, dataCoding: 0, from: 'Tact' });
    await waitFor(() => events.some((e) => e.kind === 'receipt' && e.providerId === logged?.id), 'the receipt');
    expect(events.find((e) => e.kind === 'receipt' && e.providerId === logged?.id)).toMatchObject({ status: 'delivered', errorCode: '000' });
  });

  it('300 Chinese characters round-trip: split in 5 UCS-2 segments, reassembled and logged as the same text', async () => {
    const text = Array.from({ length: 300 }, (_, i) => '逾期提醒您好请按时还款谢谢合作'[i % 15]).join('');
    const outcome = await transport.send({ messageId: 'm-2', to: '+8613800138000', text });
    expect(outcome.kind).toBe('accepted');
    const logged = smsc.messages().find((m) => m.to === '+8613800138000');
    expect(logged).toMatchObject({ text, segments: 5, dataCoding: 8 });
    expect(outcome).toEqual({ kind: 'accepted', providerId: logged?.ids[0] });
    await waitFor(() => readFileSync(logFile, 'utf8').includes('+8613800138000'), 'the log line', 2000);
    const lines = readFileSync(logFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { to: string; text: string });
    expect(lines.find((l) => l.to === '+8613800138000')?.text).toBe(text);
    // Five segment receipts arrive; the message gets exactly one, under its first segment's id.
    await waitFor(() => events.some((e) => e.kind === 'receipt' && e.providerId === logged?.ids[0]), 'the receipt');
    await new Promise((r) => setTimeout(r, 100));
    const ids = new Set(logged?.ids);
    expect(events.filter((e) => e.kind === 'receipt' && ids.has(e.providerId))).toHaveLength(1);
  });

  it('GSM-7 text with extension characters arrives unchanged', async () => {
    const text = 'Pay €25 {ref: [A~B]} | ^ \\ now';
    expect((await transport.send({ messageId: 'm-3', to: '+15550000003', text })).kind).toBe('accepted');
    expect(smsc.messages().find((m) => m.to === '+15550000003')).toMatchObject({ text, dataCoding: 0 });
  });

  it('an undeliverable number is accepted, then its receipt says undeliverable', async () => {
    const outcome = await transport.send({ messageId: 'm-4', to: UNDELIVERABLE, text: 'hello' });
    if (outcome.kind !== 'accepted') throw new Error(`expected accepted, got ${outcome.kind}`);
    await waitFor(() => events.some((e) => e.kind === 'receipt' && e.providerId === outcome.providerId), 'the receipt');
    expect(events.find((e) => e.kind === 'receipt' && e.providerId === outcome.providerId)).toMatchObject({ status: 'undeliverable' });
  });

  it('an invalid destination is rejected permanently (ESME_RINVDSTADR), and nothing is logged', async () => {
    const outcome = await transport.send({ messageId: 'm-5', to: INVALID, text: 'hello' });
    expect(outcome).toEqual({ kind: 'rejected', permanent: true, reason: 'ESME_RINVDSTADR (0x0000000B)' });
    expect(smsc.messages().some((m) => m.to === INVALID)).toBe(false);
  });

  it('an injected MO reply arrives as a reply, UCS-2 decoded', async () => {
    expect(await smsc.injectReply({ from: '+8613900139000', to: '10690001', text: ' 退订 ' })).toBe(0);
    await waitFor(() => events.some((e) => e.kind === 'reply'), 'the reply');
    expect(events.find((e) => e.kind === 'reply')).toMatchObject({ from: '+8613900139000', to: '10690001', text: ' 退订 ' });
  });
});

describe.each(['tlv', 'text'] as const)('receipts carried only as %s', (receiptForm) => {
  it('still arrive as receipt events', async () => {
    const smsc = await startSmsc({ port: 0, receiptForm, undeliverable: [UNDELIVERABLE] });
    const { transport, events } = await open(smsc);
    try {
      const ok = await transport.send({ messageId: 'a', to: '+15550000001', text: 'hi' });
      const bad = await transport.send({ messageId: 'b', to: UNDELIVERABLE, text: 'hi' });
      if (ok.kind !== 'accepted' || bad.kind !== 'accepted') throw new Error('not accepted');
      await waitFor(() => events.length >= 2, 'two receipts');
      expect(events).toContainEqual(expect.objectContaining({ kind: 'receipt', providerId: ok.providerId, status: 'delivered' }));
      expect(events).toContainEqual(expect.objectContaining({ kind: 'receipt', providerId: bad.providerId, status: 'undeliverable' }));
    } finally {
      await transport.close();
      await smsc.close();
    }
  });
});

describe('throttling', () => {
  it('with 30 % of submits throttled, every message still gets through (the window slows down and retries)', async () => {
    const smsc = await startSmsc({ port: 0, throttleRate: 0.3 });
    const { transport } = await open(smsc, { window: 10, throttleBackoff: { baseMs: 2, maxMs: 20 } });
    try {
      const n = 300;
      const outcomes = await Promise.all(
        Array.from({ length: n }, (_, i) => transport.send({ messageId: `t${i}`, to: `+1555100${String(i).padStart(4, '0')}`, text: `m${i}` })),
      );
      expect(outcomes.filter((o) => o.kind === 'accepted')).toHaveLength(n);
      expect(smsc.stats().throttled).toBeGreaterThan(30);
      expect(new Set(smsc.messages().map((m) => m.text)).size).toBe(n); // each once, none lost
    } finally {
      await transport.close();
      await smsc.close();
    }
  });

  it('a submit throttled beyond the retry bound is reported transient, not sent', async () => {
    const smsc = await startSmsc({ port: 0, throttleRate: 1, throttleStatus: 'queue_full' });
    const { transport } = await open(smsc, { maxThrottleRetries: 2, throttleBackoff: { baseMs: 1, maxMs: 2 } });
    try {
      const outcome = await transport.send({ messageId: 'x', to: '+15550000001', text: 'hi' });
      expect(outcome).toEqual({ kind: 'transient', reason: 'ESME_RMSGQFUL (0x00000014) 3 times; not sent' });
      expect(smsc.messages()).toHaveLength(0);
    } finally {
      await transport.close();
      await smsc.close();
    }
  });
});
