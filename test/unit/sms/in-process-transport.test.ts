import { describe, expect, it } from 'vitest';
import { InProcessSmsTransport } from '../../../src/adapters/sms/simulator/in-process-transport.js';
import type { InboundEvent } from '../../../src/app/ports/sms-transport.js';

const at = new Date('2026-05-01T00:00:00Z');

describe('InProcessSmsTransport', () => {
  it('assigns sequential ids and records accepted messages with their sender', async () => {
    const sim = new InProcessSmsTransport({ now: () => at, receipts: 'manual' });
    expect(await sim.send({ messageId: 'a', to: '+1', text: 'x' })).toEqual({ kind: 'accepted', providerId: 'sim-1' });
    expect(await sim.send({ messageId: 'b', to: '+2', from: 'TACT', text: 'y' })).toEqual({ kind: 'accepted', providerId: 'sim-2' });
    expect(sim.messages().map((m) => [m.providerId, m.from, m.acceptedAt])).toEqual([
      ['sim-1', '+15005550006', at.toISOString()],
      ['sim-2', 'TACT', at.toISOString()],
    ]);
  });

  it('keepMessages: false accepts and numbers the same, keeping nothing', async () => {
    const sim = new InProcessSmsTransport({ now: () => at, receipts: 'manual', keepMessages: false });
    expect(await sim.send({ messageId: 'a', to: '+1', text: 'x' })).toEqual({ kind: 'accepted', providerId: 'sim-1' });
    expect(await sim.send({ messageId: 'b', to: '+2', text: 'y' })).toEqual({ kind: 'accepted', providerId: 'sim-2' });
    expect(sim.messages()).toEqual([]);
  });

  it('buffers events until a handler is registered, then delivers them in order', async () => {
    const sim = new InProcessSmsTransport({ now: () => at, receipts: 'manual' });
    await sim.injectReply({ from: '+1', text: 'STOP' });
    await sim.sendReceipt('sim-9', 'failed', 'E1');
    const seen: InboundEvent[] = [];
    sim.onInbound((e) => void seen.push(e));
    await sim.flush();
    expect(seen).toEqual([
      { kind: 'reply', from: '+1', to: '+15005550006', text: 'STOP', receivedAt: at.toISOString() },
      { kind: 'receipt', providerId: 'sim-9', status: 'failed', errorCode: 'E1', at: at.toISOString() },
    ]);
  });

  it('manual mode emits no receipt until asked; auto mode emits one per acceptance', async () => {
    const manual = new InProcessSmsTransport({ receipts: 'manual' });
    const auto = new InProcessSmsTransport();
    const m: InboundEvent[] = [];
    const a: InboundEvent[] = [];
    manual.onInbound((e) => void m.push(e));
    auto.onInbound((e) => void a.push(e));
    await manual.send({ messageId: 'x', to: '+1', text: 't' });
    await auto.send({ messageId: 'x', to: '+1', text: 't' });
    await manual.flush();
    await auto.flush();
    expect(m).toEqual([]);
    expect(a).toMatchObject([{ kind: 'receipt', providerId: 'sim-1', status: 'delivered' }]);
  });

  it('a failing handler rejects the emitter and does not block later events', async () => {
    const sim = new InProcessSmsTransport({ receipts: 'manual' });
    const seen: string[] = [];
    sim.onInbound((e) => {
      if (e.kind === 'reply' && e.text === 'boom') throw new Error('handler failed');
      seen.push(e.kind);
    });
    await expect(sim.injectReply({ from: '+1', text: 'boom' })).rejects.toThrow('handler failed');
    await sim.sendReceipt('sim-1', 'delivered');
    expect(seen).toEqual(['receipt']);
  });

  it('refuses to send once closed', async () => {
    const sim = new InProcessSmsTransport();
    await sim.close();
    expect((await sim.send({ messageId: 'x', to: '+1', text: 't' })).kind).toBe('transient');
    expect(sim.messages()).toEqual([]);
  });
});
