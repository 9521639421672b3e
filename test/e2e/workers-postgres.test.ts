// Many dispatcher PROCESSES on one PostgreSQL database, through the bundled SMSC, with
// several messages per person and a tight per-person cap: zero cap violations, checked
// by an independent SQL query over the ledger, and every message in a final state.
// Default 4 processes × 5,000 messages; TACT_FULL=1: 50,000 (the figure).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import type { SmscHandle } from '../../src/adapters/sms/simulator/smsc-types.js';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { keyInText, quietLogger, seedDueMessages } from '../support/dispatch-fixture.js';
import { createTestDatabase, pgAvailable, type TestDatabase } from '../support/postgres.js';
import { spawnWorker } from '../support/spawn-worker.js';

const full = process.env['TACT_FULL'] === '1';
const MESSAGES = full ? 50_000 : 5_000;
const PER_PERSON = 4;
const CAP = 2;
const WORKERS = 4;
const available = await pgAvailable();

describe.skipIf(!available)('many dispatcher processes on PostgreSQL', () => {
  let db: TestDatabase;
  let handle: StoreHandle;
  let smsc: SmscHandle;
  let dir: string;
  let smscClosed = false;
  const key = randomBytes(32);

  beforeAll(async () => {
    db = await createTestDatabase('tact_workers');
    handle = await openPostgresStore({ url: db.url, cipher: createNodeCipher(key), logger: quietLogger });
    await handle.migrate();
    dir = mkdtempSync(join(tmpdir(), 'tact-workers-'));
    smsc = await startSmsc({ port: 0, logFile: join(dir, 'smsc.jsonl'), keepMessages: MESSAGES });
  }, 60_000);
  afterAll(async () => {
    if (!smscClosed) await smsc?.close();
    await handle?.close();
    await db?.drop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it(`${WORKERS} processes × ${MESSAGES} due messages, cap ${CAP} per person: no violation, all final`, async () => {
    const accounts = MESSAGES / (2 * PER_PERSON);
    const seeded = await seedDueMessages(handle.store, { accounts, perPerson: PER_PERSON, at: Date.now() - 1000 });
    expect(seeded.messages).toBe(MESSAGES);
    const started = Date.now();
    const runs = Array.from({ length: WORKERS }, (_, i) =>
      spawnWorker({
        TACT_DB: db.url, TACT_SMPP_URL: `smpp://tact:secret@127.0.0.1:${smsc.port}`, TACT_MASTER_KEY_HEX: key.toString('hex'),
        TACT_TENANT: seeded.tenant, TACT_CAP: String(CAP), TACT_WORKER: `w${i}`, TACT_CONCURRENCY: '64',
      }),
    );
    const results = await Promise.all(runs.map((r) => r.done));
    const seconds = (Date.now() - started) / 1000;
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const sentByWorkers = results.reduce((a, r) => a + (r.counts?.['sent'] ?? 0), 0);

    // Independent checks: plain SQL over the ledger and the outbox, not the engine.
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const over = await c.query(
        `select person_id, count(*)::int as n from contact_events
          where tenant_id = $1 and direction = 'outbound' and result = 'sent'
          group by person_id having count(*) > $2`,
        [seeded.tenant, CAP],
      );
      expect(over.rows).toEqual([]);
      const notFinal = await c.query(
        `select state, count(*)::int as n from messages where tenant_id = $1
            and state not in ('sent','delivered','failed','undeliverable','blocked','cancelled','unknown') group by state`,
        [seeded.tenant],
      );
      expect(notFinal.rows).toEqual([]);
      const attempts = await c.query(
        `select count(*)::int as n, count(distinct message_id)::int as m from contact_events where tenant_id = $1 and direction = 'outbound'`,
        [seeded.tenant],
      );
      expect(attempts.rows[0]).toEqual({ n: seeded.people * CAP, m: seeded.people * CAP });
    } finally {
      await c.end();
    }
    // The SMSC saw each allowed message exactly once.
    await smsc.waitForMessages(seeded.people * CAP, 10_000);
    await smsc.close();
    smscClosed = true;
    const logged = readFileSync(join(dir, 'smsc.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string });
    const keys = logged.map((m) => keyInText(m.text));
    expect(new Set(keys).size).toBe(keys.length);
    expect(logged.length).toBe(seeded.people * CAP);
    expect(sentByWorkers).toBe(seeded.people * CAP);
    const perWorker = results.map((r) => r.counts?.['sent'] ?? 0);
    console.log(`[workers-postgres] ${WORKERS} processes, ${MESSAGES} messages, ${seeded.people} people, cap ${CAP}: sent ${sentByWorkers} (per worker ${perWorker.join('/')}), blocked ${MESSAGES - sentByWorkers}, 0 violations, ${seconds.toFixed(1)} s`);
  }, full ? 900_000 : 120_000);
});
