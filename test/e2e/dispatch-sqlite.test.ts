// The dispatcher on SQLite with the in-process transport: claim → re-decide → send →
// record, every outcome kind, retries with backoff, reconciliation and status.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher, type DispatcherOptions } from '../../src/app/dispatch/dispatcher.js';
import type { Redecide } from '../../src/app/dispatch/redecide.js';
import { maybeSentMarker } from '../../src/app/dispatch/send-outcome.js';
import type { SendOutcome, SmsTransport } from '../../src/app/ports/sms-transport.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { InProcessSmsTransport } from '../../src/adapters/sms/simulator/in-process-transport.js';
import { MAYBE_SENT } from '../../src/adapters/sms/smpp/outcome-reasons.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { capRedecide, quietLogger, seedDueMessages } from '../support/dispatch-fixture.js';
import { testClock, type TestClock } from '../support/test-clock.js';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const open = async (clock: TestClock): Promise<StoreHandle> => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-dispatch-'));
  const handle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: clock.now });
  await handle.migrate();
  cleanup.push(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return handle;
};

const fixed = (answer: (to: string) => SendOutcome): SmsTransport & { sent: string[] } => {
  const sent: string[] = [];
  return { name: 'fixed', sent, send: async (m) => { sent.push(m.to); return answer(m.to); }, onInbound: () => undefined, close: async () => undefined };
};

const run = (h: StoreHandle, clock: TestClock, transport: SmsTransport, tenant: string, redecide: Redecide, o: Partial<DispatcherOptions> = {}) =>
  new Dispatcher({ store: h.store, transport, clock, logger: quietLogger, redecide, sleep: async () => undefined },
    { tenant: tenant as never, worker: 'w1', concurrency: 4, batchSize: 7, flushEvery: 5, ...o }).run(true);

describe('dispatcher on SQLite', () => {
  it('sends what the re-decision allows, blocks the rest, and writes one ledger row per attempt', async () => {
    const clock = testClock();
    const h = await open(clock);
    const s = await seedDueMessages(h.store, { accounts: 5, perPerson: 3, at: clock.now() - 1 });
    const transport = new InProcessSmsTransport();
    const counts = await run(h, clock, transport, s.tenant, capRedecide(2));
    expect(counts.sent).toBe(20); // 10 people × cap 2
    expect(counts.settled).toBe(10);
    expect(transport.messages().length).toBe(20);
    const status = await h.store.dispatchStatus(s.tenant, clock.now());
    expect(status.byState).toEqual({ sent: 20, blocked: 10 });
    expect(status.blockedByRule).toEqual({ 'test-cap': 10 });
    expect(status.queueDepth).toBe(0);
    expect(status.planToSendMs.count).toBe(20);
    const acc = await h.store.getAccountByExternalId(s.tenant, 'acc-0');
    const people = await h.store.listAccountPeople(s.tenant, acc!.id);
    const events = await h.store.listContactEvents(s.tenant, people[0]!.personId);
    expect(events.filter((e) => e.direction === 'outbound').length).toBe(2);
    expect(events.every((e) => e.messageId !== undefined && e.providerId?.startsWith('sim-'))).toBe(true);
    // Nothing due any more: a second run claims nothing.
    expect((await run(h, clock, transport, s.tenant, capRedecide(2))).claimed).toBe(0);
  });

  it('rejected → failed (ledger row stops counting); provider opt-out also suppresses the number', async () => {
    const clock = testClock();
    const h = await open(clock);
    const s = await seedDueMessages(h.store, { accounts: 2, perPerson: 1, at: clock.now() });
    const transport = fixed((to) => to.endsWith('0')
      ? { kind: 'rejected', permanent: true, reason: 'opt-out: recipient stopped' }
      : { kind: 'rejected', permanent: true, reason: 'invalid destination' });
    const counts = await run(h, clock, transport, s.tenant, capRedecide(5));
    expect(counts.failed).toBe(4);
    expect(await h.store.isSuppressed(s.tenant, '+8613800000000')).toBe(true);
    expect(await h.store.isSuppressed(s.tenant, '+8613800000001')).toBe(false);
    const acc = await h.store.getAccountByExternalId(s.tenant, 'acc-0');
    const people = await h.store.listAccountPeople(s.tenant, acc!.id);
    const ev = await h.store.listContactEvents(s.tenant, people[1]!.personId);
    expect(ev.map((e) => e.result)).toEqual(['failed']);
  });

  it('not-accepted transients retry with exponential backoff up to the limit, re-decided each time', async () => {
    const clock = testClock();
    const h = await open(clock);
    const s = await seedDueMessages(h.store, { accounts: 1, perPerson: 1, at: clock.now() });
    const transport = fixed(() => ({ kind: 'transient', reason: 'throttled' }));
    const retry = { maxAttempts: 3, baseMs: 1000, maxMs: 10_000 };
    expect((await run(h, clock, transport, s.tenant, capRedecide(1), { retry })).retried).toBe(2);
    expect(transport.sent.length).toBe(2);
    expect((await run(h, clock, transport, s.tenant, capRedecide(1), { retry })).claimed).toBe(0); // not due yet
    clock.advance(1000);
    await run(h, clock, transport, s.tenant, capRedecide(1), { retry });
    expect(transport.sent.length).toBe(4);
    clock.advance(1999);
    expect((await run(h, clock, transport, s.tenant, capRedecide(1), { retry })).claimed).toBe(0); // second delay is 2 s
    clock.advance(1);
    const last = await run(h, clock, transport, s.tenant, capRedecide(1), { retry });
    expect(last.failed).toBe(2);
    expect(transport.sent.length).toBe(6);
    expect((await h.store.dispatchStatus(s.tenant, clock.now())).byState).toEqual({ failed: 2 });
  });

  it('a maybe-sent answer ends in unknown and is never re-sent; the adapters use the same marker', async () => {
    expect(MAYBE_SENT).toBe(maybeSentMarker);
    const clock = testClock();
    const h = await open(clock);
    const s = await seedDueMessages(h.store, { accounts: 1, perPerson: 1, at: clock.now() });
    const transport = fixed(() => ({ kind: 'transient', reason: `connection lost before response; ${MAYBE_SENT}` }));
    expect((await run(h, clock, transport, s.tenant, capRedecide(5))).unknown).toBe(2);
    clock.advance(86_400_000);
    expect((await run(h, clock, transport, s.tenant, capRedecide(5))).claimed).toBe(0);
    expect(transport.sent.length).toBe(2);
  });

  it('a reschedule verdict puts the message back to planned at the new time; cancel ends it', async () => {
    const clock = testClock();
    const h = await open(clock);
    const s = await seedDueMessages(h.store, { accounts: 1, perPerson: 1, at: clock.now() });
    const later = clock.now() + 3_600_000;
    const redecide: Redecide = async (_tx, _t, ms) => new Map(ms.map((m) => [m.id, m.party === 'borrower'
      ? { kind: 'reschedule', at: later, decision: { allowed: false } } as const
      : { kind: 'cancel', decision: { allowed: false } } as const]));
    const transport = fixed(() => ({ kind: 'accepted', providerId: 'x' }));
    expect((await run(h, clock, transport, s.tenant, redecide)).settled).toBe(2);
    const st = await h.store.dispatchStatus(s.tenant, clock.now());
    expect(st.byState).toEqual({ planned: 1, cancelled: 1 });
    expect(st.queueDepth).toBe(0);
    clock.set(later);
    expect((await run(h, clock, transport, s.tenant, capRedecide(1))).sent).toBe(1);
  });

  it('a claim left in sending by a dead worker counts against caps and is reconciled to unknown after the lease', async () => {
    const clock = testClock();
    const h = await open(clock);
    const s = await seedDueMessages(h.store, { accounts: 1, perPerson: 2, at: clock.now() });
    // A worker claims, then "dies" before sending (no results recorded).
    const claimed = await h.store.transaction(async (tx) => {
      const due = await tx.claimDue(s.tenant, { now: clock.now(), limit: 1 });
      await tx.startSending(s.tenant, due.map((m) => ({ message: m, attempt: 1 })), 'dead', clock.now());
      return due;
    });
    expect(claimed.length).toBe(1);
    const transport = fixed(() => ({ kind: 'accepted', providerId: 'p' }));
    const first = await run(h, clock, transport, s.tenant, capRedecide(1), { leaseMs: 60_000 });
    expect(first.reconciledUnknown).toBe(0); // lease still running
    // Cap 1: without the dead claim counting, both people would get one message (sent 2).
    expect(first.sent).toBe(1);
    expect(first.settled).toBe(2);
    clock.advance(60_001);
    const second = await run(h, clock, transport, s.tenant, capRedecide(1), { leaseMs: 60_000 });
    expect(second.reconciledUnknown).toBe(1);
    expect((await h.store.getMessage(s.tenant, claimed[0]!.id))?.state).toBe('unknown');
  });
});

