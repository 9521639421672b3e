// The dispatcher killed by SIGKILL at random moments mid-send and restarted (SQLite,
// one process at a time, bundled SMSC). Asserts: no message lost (each ends final or
// reconciled), no third_party message reaches the SMSC twice (read from the SMSC's
// log), every message the SMSC logged is recorded sent or unknown; counts and prints
// borrower duplicates. Default 2,000 sends / 5 kills; TACT_FULL=1: 20,000 / 20.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { keyInText, quietLogger, seedDueMessages } from '../support/dispatch-fixture.js';
import { spawnWorker } from '../support/spawn-worker.js';

const full = process.env['TACT_FULL'] === '1';
const SENDS = full ? 20_000 : 2_000;
const KILLS = full ? 20 : 5;
const LEASE_MS = 1000;
const dir = mkdtempSync(join(tmpdir(), 'tact-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('dispatcher crash safety', () => {
  it(`${SENDS} sends, SIGKILL at ${KILLS} random moments, restarted`, async () => {
    const key = randomBytes(32);
    const db = join(dir, 'tact.db');
    const h = openSqliteStore({ path: db, cipher: createNodeCipher(key), logger: quietLogger });
    await h.migrate();
    const s = await seedDueMessages(h.store, { accounts: SENDS / 2, perPerson: 1, at: Date.now() - 1000 });
    await h.close();
    // A small submit delay keeps sends in flight, so kills land between submit and record.
    const smsc = await startSmsc({ port: 0, logFile: join(dir, 'smsc.jsonl'), keepMessages: SENDS * 2, submitDelayMs: 2 });
    const env = {
      TACT_DB: `sqlite:${db}`, TACT_SMPP_URL: `smpp://tact:secret@127.0.0.1:${smsc.port}`, TACT_MASTER_KEY_HEX: key.toString('hex'),
      TACT_TENANT: s.tenant, TACT_CAP: '100', TACT_CONCURRENCY: '32', TACT_LEASE_MS: String(LEASE_MS),
    };
    let kills = 0;
    for (let k = 0; k < KILLS; k += 1) {
      const w = spawnWorker({ ...env, TACT_WORKER: `crash-${k}` });
      const before = smsc.stats().accepted;
      // Kill after a random number of accepted submits in this run (1 … 1.5 × fair share).
      const target = before + 1 + Math.floor(Math.random() * ((1.5 * SENDS) / (KILLS + 2)));
      let exited = false;
      void w.done.then(() => (exited = true));
      while (!exited && smsc.stats().accepted < target) await sleep(2);
      const killed = !exited;
      if (killed) {
        w.child.kill('SIGKILL');
        kills += 1;
      }
      const r = await w.done;
      if (!killed) expect(r.code, r.stderr).toBe(0);
      await sleep(LEASE_MS + 50); // the dead worker's lease runs out before the restart
    }
    const last = await spawnWorker({ ...env, TACT_WORKER: 'final' }).done;
    expect(last.code, last.stderr).toBe(0);
    await sleep(200);
    await smsc.close();

    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare('select plan_key, party, state from messages where tenant_id = ?').all(s.tenant) as {
      plan_key: string; party: string; state: string;
    }[];
    raw.close();
    const finalStates = new Set(['sent', 'delivered', 'failed', 'undeliverable', 'blocked', 'cancelled', 'unknown']);
    const lost = rows.filter((r) => !finalStates.has(r.state));
    expect(lost).toEqual([]);
    const byKey = new Map(rows.map((r) => [r.plan_key, r]));
    const logged = readFileSync(join(dir, 'smsc.jsonl'), 'utf8').trim().split('\n').map((l) => keyInText((JSON.parse(l) as { text: string }).text));
    const times = new Map<string, number>();
    for (const k of logged) if (k !== undefined) times.set(k, (times.get(k) ?? 0) + 1);
    let thirdPartyDup = 0;
    let borrowerDup = 0;
    for (const [k, n] of times) {
      const m = byKey.get(k);
      expect(m, `SMSC logged a message the outbox does not know: ${k}`).toBeDefined();
      // What reached the SMSC is recorded as sent, or unknown when the answer was lost.
      expect(['sent', 'delivered', 'unknown']).toContain(m?.state);
      if (n > 1 && m?.party === 'third_party') thirdPartyDup += n - 1;
      if (n > 1 && m?.party === 'borrower') borrowerDup += n - 1;
    }
    expect(thirdPartyDup).toBe(0);
    const states: Record<string, number> = {};
    for (const r of rows) states[r.state] = (states[r.state] ?? 0) + 1;
    // Every "sent" message reached the SMSC.
    expect(rows.filter((r) => r.state === 'sent').every((r) => times.has(r.plan_key))).toBe(true);
    const unknownButDelivered = rows.filter((r) => r.state === 'unknown' && times.has(r.plan_key)).length;
    console.log(`[crash] ${SENDS} messages, ${kills} SIGKILLs: states ${JSON.stringify(states)}; SMSC received ${times.size} distinct (${logged.length} total); third-party duplicates ${thirdPartyDup}; borrower duplicates ${borrowerDup}; unknown that did reach the SMSC ${unknownButDelivered}`);
    expect(kills).toBeGreaterThanOrEqual(Math.min(KILLS, 3));
  }, full ? 900_000 : 120_000);
});
