// The production re-decision (policy engine over the decision-context loader) inside
// the dispatcher's claim, on SQLite with a simulated clock: a settled account's messages
// are cancelled, an opted-out number's are blocked, several messages to one person are
// never decided against the same history, and the engine's own answer is respected.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/app/dispatch/dispatcher.js';
import { policyRedecide } from '../../src/app/dispatch/policy-redecide.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { InProcessSmsTransport } from '../../src/adapters/sms/simulator/in-process-transport.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { quietLogger, seedDueMessages, seedRecord } from '../support/dispatch-fixture.js';
import { testClock } from '../support/test-clock.js';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('dispatcher with the policy re-decision (cn pack)', () => {
  it('cancels settled accounts, blocks opted-out numbers, and sends at most what the engine allows', async () => {
    // Monday 2026-0105 10:00 in Asia/Shanghai: inside cn's allowed hours.
    const clock = testClock('2026-01-05T02:00:00Z');
    const dir = mkdtempSync(join(tmpdir(), 'tact-dispatch-policy-'));
    const h: StoreHandle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: clock.now });
    cleanup.push(async () => {
      await h.close();
      rmSync(dir, { recursive: true, force: true });
    });
    await h.migrate();
    const s = await seedDueMessages(h.store, { accounts: 4, perPerson: 3, at: clock.now() });
    await h.store.upsertImportBatch(s.tenant, [{ ...seedRecord(0), status: 'settled', balanceMinor: 0, overdueMinor: 0 }], 'test');
    await h.store.addSuppression(s.tenant, { phoneE164: '+8613800000002', reason: 'opt_out' }, 'test'); // acc-1 borrower
    const transport = new InProcessSmsTransport();
    const d = new Dispatcher(
      { store: h.store, transport, clock, logger: quietLogger, redecide: policyRedecide, sleep: async () => undefined },
      { tenant: s.tenant, worker: 'w', concurrency: 4, batchSize: 50 },
    );
    await d.run(true);
    const status = await h.store.dispatchStatus(s.tenant, clock.now());
    expect(status.byState['cancelled']).toBe(6); // acc-0: 2 people × 3
    expect(status.queueDepth).toBe(0);
    expect(status.byState['sending'] ?? 0).toBe(0);
    const total = Object.values(status.byState).reduce((a, b) => a + b, 0);
    expect(total).toBe(24);
    // acc-1's borrower: every message blocked, none sent.
    const sentTo = transport.messages().map((m) => m.to);
    expect(sentTo).not.toContain('+8613800000002');
    // Blocked by the engine's opt-out rule (with its citation), not by a pre-check.
    expect(status.blockedByRule['opt-out'] ?? 0).toBeGreaterThanOrEqual(3);
    // cn: per-person daily limits bind — never three messages to one person in one day.
    const perPerson = new Map<string, number>();
    for (const to of sentTo) perPerson.set(to, (perPerson.get(to) ?? 0) + 1);
    expect(Math.max(...perPerson.values())).toBeLessThan(3);
    expect(sentTo.length).toBeGreaterThan(0);
    console.log(`[dispatch-policy] ${JSON.stringify(status.byState)} blocked by rule ${JSON.stringify(status.blockedByRule)}`);
  });
});
