// `tact dispatch --once` and `tact status` in-process on SQLite, through the bundled
// SMSC started by the command itself (the default when no --smpp is given).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { parseDispatchArgs } from '../../src/cli/dispatch-command.js';
import { main } from '../../src/main/tact.js';
import { quietLogger, seedDueMessages } from '../support/dispatch-fixture.js';
import { memoryIo } from '../support/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'tact-dispatch-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tact dispatch / tact status', () => {
  it('parses its options and refuses unknown ones', () => {
    expect(parseDispatchArgs(['--once', '--concurrency', '8', '--db', 'sqlite:x'], {})).toEqual({ once: true, concurrency: 8 });
    expect(parseDispatchArgs([], { TACT_SMPP_URL: 'smpp://a:b@h:1' })).toEqual({ once: false, concurrency: 32, smpp: 'smpp://a:b@h:1' });
    expect(parseDispatchArgs(['--concurrency', '0'], {})).toBe('--concurrency');
    expect(parseDispatchArgs(['--bogus'], {})).toBe('--bogus');
  });

  it('sends due messages through the bundled SMSC once, then status shows every message accounted for', async () => {
    const key = randomBytes(32);
    const db = join(dir, 'tact.db');
    const h = openSqliteStore({ path: db, cipher: createNodeCipher(key), logger: quietLogger });
    await h.migrate();
    const s = await seedDueMessages(h.store, { accounts: 3, perPerson: 2, at: Date.now() - 1000 });
    await h.close();
    const env = { TACT_MASTER_KEY: key.toString('hex'), TACT_LOG_LEVEL: 'silent' };
    const io = memoryIo('', env, dir);
    expect(await main(['dispatch', '--once', '--db', `sqlite:${db}`], io), io.err()).toBe(0);
    expect(io.err()).toContain('bundled SMSC');
    const counts = JSON.parse(io.out()) as Record<string, { claimed: number }>;
    expect(counts[s.tenant]?.claimed).toBeGreaterThan(0);
    const st = memoryIo('', env, dir);
    expect(await main(['status', '--db', `sqlite:${db}`], st)).toBe(0);
    const status = JSON.parse(st.out()) as { tenant: string; byState: Record<string, number>; queueDepth: number };
    expect(status.tenant).toBe(s.tenant);
    expect(Object.values(status.byState).reduce((a, b) => a + b, 0)).toBe(12);
    expect(status.byState['sending'] ?? 0).toBe(0);
    expect(status.queueDepth).toBe(0);
    expect(await main(['status', '--nope'], memoryIo('', env, dir))).toBe(2);
  });
});
