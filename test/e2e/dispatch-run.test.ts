// `tact run --role all` in-process on SQLite: plans nothing it should not, dispatches
// due messages continuously, and on the stop signal finishes in-flight sends (held by
// a slow transport) and exits 0 with nothing left in `sending`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { capRedecide, quietLogger, seedDueMessages } from '../support/dispatch-fixture.js';
import { memoryIo } from '../support/memory-io.js';
import { createRunCommand } from '../../src/cli/run-command.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { systemClock } from '../../src/adapters/system/system-clock.js';
import { openStore } from '../../src/main/open-store.js';
import type { SmsTransport } from '../../src/app/ports/sms-transport.js';

const dir = mkdtempSync(join(tmpdir(), 'tact-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tact run', () => {
  it('stops claiming on the signal, finishes in-flight sends, exits 0', async () => {
    const key = randomBytes(32);
    const db = join(dir, 'tact.db');
    const h = openSqliteStore({ path: db, cipher: createNodeCipher(key), logger: quietLogger });
    await h.migrate();
    const s = await seedDueMessages(h.store, { accounts: 50, perPerson: 1, at: Date.now() - 1000 });
    let sent = 0;
    let stop: (() => void) | undefined;
    const slow: SmsTransport = {
      name: 'slow',
      send: async () => {
        await new Promise((r) => setTimeout(r, 40));
        sent += 1;
        if (sent === 10) stop?.(); // SIGTERM while later sends are in flight
        return { kind: 'accepted', providerId: `p${sent}` };
      },
      onInbound: () => undefined,
      close: async () => undefined,
    };
    const planned: string[] = [];
    const run = createRunCommand({
      openStore,
      openTransport: async () => ({ deps: { transport: slow, clock: systemClock, logger: quietLogger, redecide: capRedecide(5) }, describe: 'slow', close: async () => undefined }),
      onStopSignal: (f) => (stop = f),
      clock: systemClock,
      logger: quietLogger,
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
      planDay: () => async (tenant, date) => {
        planned.push(`${tenant}@${date}`);
      },
    });
    const io = memoryIo('', { TACT_MASTER_KEY: key.toString('hex'), TACT_LOG_LEVEL: 'silent' }, dir);
    expect(await run.run(['--role', 'all', '--concurrency', '4', '--plan-at', '00:00', '--db', `sqlite:${db}`], io), io.err()).toBe(0);
    expect(io.err()).toContain('stopped cleanly');
    expect(planned).toEqual([`${s.tenant}@${new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })}`]);
    const st = await h.store.dispatchStatus(s.tenant, Date.now());
    expect(st.byState['sending'] ?? 0).toBe(0);
    expect(st.byState['sent']).toBe(sent); // every send that started was recorded
    expect(sent).toBeGreaterThanOrEqual(10);
    expect(sent).toBeLessThan(100); // it stopped claiming
    expect(await run.run(['--role', 'boss'], io)).toBe(2);
    await h.close();
  });
});
