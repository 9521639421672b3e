// SmppTransport when the SMSC fails: killed mid-window, gone, or refusing the bind.
import { describe, expect, it } from 'vitest';
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import { SmppTransport } from '../../src/adapters/sms/smpp/smpp-transport.js';
import { TactError } from '../../src/core/errors.js';
import { waitFor } from './smpp-support.js';

describe('SMPP faults', () => {
  it('SMSC killed with submits in flight: they resolve transient "maybe sent"; the adapter reconnects when it is back', async () => {
    const first = await startSmsc({ port: 0, submitDelayMs: 60_000 }); // holds every submit_sm_resp
    const port = first.port;
    const events: string[] = [];
    const transport = await SmppTransport.open({
      url: `smpp://tact:secret@127.0.0.1:${port}`,
      reconnect: { baseMs: 20, maxMs: 100 },
      onLinkEvent: (e) => events.push(e.type),
    });
    try {
      const pending = Array.from({ length: 5 }, (_, i) => transport.send({ messageId: `k${i}`, to: '+15550000001', text: `m${i}` }));
      await waitFor(() => first.stats().submits === 5, 'five submits at the SMSC');
      await first.close();
      const outcomes = await Promise.all(pending);
      for (const o of outcomes) {
        expect(o).toEqual({ kind: 'transient', reason: 'connection lost before response; may or may not have been accepted' });
      }
      expect(transport.isBound).toBe(false);
      const second = await startSmsc({ port });
      try {
        await waitFor(() => transport.isBound, 'the re-bind');
        const again = await transport.send({ messageId: 'k9', to: '+15550000001', text: 'after restart' });
        expect(again.kind).toBe('accepted');
        expect(second.messages().map((m) => m.text)).toEqual(['after restart']);
        expect(events).toContain('lost');
        expect(events.filter((e) => e === 'bound').length).toBe(2);
      } finally {
        await transport.close();
        await second.close();
      }
    } finally {
      await transport.close();
    }
  });

  it('messages sent while the link is down wait in the queue and go once it is re-bound', async () => {
    const first = await startSmsc({ port: 0 });
    const port = first.port;
    const transport = await SmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${port}`, reconnect: { baseMs: 20, maxMs: 50 } });
    await first.close();
    await waitFor(() => !transport.isBound, 'the loss');
    const queued = transport.send({ messageId: 'q', to: '+15550000001', text: 'queued' });
    const second = await startSmsc({ port });
    try {
      expect((await queued).kind).toBe('accepted');
      expect(second.messages().map((m) => m.text)).toEqual(['queued']);
    } finally {
      await transport.close();
      await second.close();
    }
  });

  it('a message that finds no bound link within queueTimeoutMs is transient, not sent', async () => {
    const smsc = await startSmsc({ port: 0 });
    const transport = await SmppTransport.open({
      url: `smpp://tact:secret@127.0.0.1:${smsc.port}`,
      reconnect: { baseMs: 60_000, maxMs: 60_000 },
      queueTimeoutMs: 300,
    });
    await smsc.close();
    await waitFor(() => !transport.isBound, 'the loss');
    const outcome = await transport.send({ messageId: 'q', to: '+15550000001', text: 'x' });
    expect(outcome).toEqual({ kind: 'transient', reason: 'not bound to the SMSC within 300 ms; not sent' });
    await transport.close();
  });

  it('enquire_link keeps a live link bound, and a link whose enquire_link goes unanswered is dropped and re-bound', async () => {
    const live = await startSmsc({ port: 0 });
    const liveEvents: string[] = [];
    const a = await SmppTransport.open({
      url: `smpp://tact:secret@127.0.0.1:${live.port}`,
      enquireLinkSeconds: 0.1, // a loaded test machine may stall the loop for a while
      onLinkEvent: (e) => liveEvents.push(e.type),
    });
    const dead = await startSmsc({ port: 0, answerEnquireLink: false });
    const deadEvents: string[] = [];
    const b = await SmppTransport.open({
      url: `smpp://tact:secret@127.0.0.1:${dead.port}`,
      enquireLinkSeconds: 0.05,
      reconnect: { baseMs: 10, maxMs: 20 },
      onLinkEvent: (e) => deadEvents.push(e.type),
    });
    try {
      const started = Date.now();
      await waitFor(() => deadEvents.filter((e) => e === 'bound').length >= 2, 'a drop and re-bind of the silent link');
      await new Promise((r) => setTimeout(r, Math.max(0, 450 - (Date.now() - started)))); // ≥ 4 live periods
      expect(deadEvents).toContain('lost');
      expect(liveEvents).toEqual(['bound']); // answered every period: never dropped
      expect(a.isBound).toBe(true);
    } finally {
      await a.close();
      await b.close();
      await live.close();
      await dead.close();
    }
  });

  it('a wrong password fails with TACT_ERR_SMS_BIND_FAILED naming ESME_RINVPASWD, never the password', async () => {
    const smsc = await startSmsc({ port: 0 });
    try {
      const error = await SmppTransport.open({ url: `smpp://tact:hunter2@127.0.0.1:${smsc.port}` }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TactError);
      expect((error as TactError).code).toBe('TACT_ERR_SMS_BIND_FAILED');
      expect((error as TactError).message).toContain('ESME_RINVPASWD');
      expect((error as TactError).message).not.toContain('hunter2');
    } finally {
      await smsc.close();
    }
  });

  it('no SMSC listening fails with TACT_ERR_SMS_CONNECT_FAILED', async () => {
    const smsc = await startSmsc({ port: 0 });
    const port = smsc.port;
    await smsc.close();
    const error = await SmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${port}` }).catch((e: unknown) => e);
    expect((error as TactError).code).toBe('TACT_ERR_SMS_CONNECT_FAILED');
  });

  it('close() unbinds gracefully and later sends are transient, not sent', async () => {
    const smsc = await startSmsc({ port: 0 });
    const transport = await SmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${smsc.port}` });
    await transport.close();
    expect(transport.isBound).toBe(false);
    expect((await transport.send({ messageId: 'z', to: '+15550000001', text: 'x' })).kind).toBe('transient');
    await smsc.close();
  });
});
