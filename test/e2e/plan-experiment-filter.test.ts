// While an experiment runs the planner reads only accounts due on a date at which a step
// of some arm's (or the active) strategy fires, plus those not yet assigned to an arm
// (store option `unassignedIn`). This runs the same days on two copies of one database —
// once through the store as is, once through a view that ignores the read filter (every
// overdue account read, as before) — and checks both produce the same messages and the
// same assignments, on the same days: accounts entering the population as their DPD
// grows, accounts outside it, accounts imported mid-run, and an arm stopped by its
// guardrail (its accounts then follow the control, whose steps differ from the arm's).
// Verification codes are random and creation times are wall-clock: not compared.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { planDay } from '../../src/app/plan-day.js';
import type { Store, StoreHandle } from '../../src/app/ports/store.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId } from '../../src/core/model/ids.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import { capturingLogger, sampleRecord } from '../contract/store-fixture.js';
import { testClock } from '../support/test-clock.js';

const DAY = 86_400_000;
const tenant = tenantId('pxf');
const key = randomBytes(32);
const dir = mkdtempSync(join(tmpdir(), 'tact-pxf-'));
const base = strategyToJson(defaultStrategies.cn) as { steps: { id: string; sendAt: string; trigger: unknown }[] } & Record<string, unknown>;
const extra = (id: string, day: number) => ({ ...base.steps.find((s) => s.id === 'dpd-1')!, id, trigger: { onDay: day } });
const open = (path: string) => openSqliteStore({ path, cipher: createNodeCipher(key), logger: capturingLogger().logger });
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The store with the planner's read filter ignored: every overdue account is read. */
const unfiltered = (s: Store): Store =>
  new Proxy(s, {
    get: (target, prop) => {
      if (prop === 'listOverdueAccounts') return (t: Parameters<Store['listOverdueAccounts']>[0], p: Parameters<Store['listOverdueAccounts']>[1]) => target.listOverdueAccounts(t, { ...(p.after === undefined ? {} : { after: p.after }), limit: p.limit });
      if (prop === 'countOverdueAccounts') return (t: Parameters<Store['countOverdueAccounts']>[0]) => target.countOverdueAccounts(t);
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });


const handles: StoreHandle[] = [];
afterAll(async () => {
  for (const h of handles) await h.close();
  rmSync(dir, { recursive: true, force: true });
});

it('plans the same messages and records the same assignments with the read filter as without it', async () => {
  const seedPath = join(dir, 'seed.db');
  const seed = await open(seedPath);
  await seed.migrate();
  const s = seed.store;
  await s.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
  // Due dates spread so accounts cross the ladder's DPDs (and the population's minimum) during the run.
  const records = Array.from({ length: 80 }, (_, i) =>
    sampleRecord(`X${String(i).padStart(3, '0')}`, { dueDate: dateOf(Date.parse('2026-11-24') + (i % 16) * DAY), product: i % 8 === 7 ? 'card' : 'cash-loan' }),
  );
  await s.upsertImportBatch(tenant, records, 'test');
  // Accounts that become overdue mid-run (same ids in both copies): settled until then.
  const lateRecords = Array.from({ length: 8 }, (_, i) => sampleRecord(`N${i}`, { dueDate: dateOf(Date.parse('2026-11-26') + i * DAY) }));
  const late = (status: 'settled' | 'overdue') => lateRecords.map((r) => ({ ...r, status }));
  await s.upsertImportBatch(tenant, late('settled'), 'test');
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 1, body: { ...base, id: 'ladder', version: 1 }, status: 'active' }, 'test');
  const v2 = { ...base, id: 'ladder', version: 2, steps: [...base.steps.map((x) => (x.id === 'dpd-1' ? { ...x, sendAt: '15:00' } : x)), extra('b-dpd-5', 5)] };
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 2, body: v2, status: 'draft' }, 'test');
  const created = await s.createExperiment(tenant, {
    id: 'x1', name: 'filter', arms: [{ name: 'A', strategyId: 'ladder', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 'ladder', strategyVersion: 2, weight: 1 }],
    definition: { control: 'A', population: { products: ['cash-loan'], minDaysPastDue: 2 }, primaryMetric: 'cure_7d', guardrails: [{ metric: 'complaints', budget: 0.002, confidence: 0.95 }] },
  }, 'test');
  expect(created.ok).toBe(true);
  // The active strategy (for accounts outside the population) has a step of its own.
  const v3 = { ...base, id: 'ladder', version: 3, steps: [...base.steps, extra('active-dpd-4', 4)] };
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 3, body: v3, status: 'active' }, 'test');
  await seed.close();

  const runs = [
    { path: join(dir, 'filtered.db'), view: (x: Store) => x },
    { path: join(dir, 'unfiltered.db'), view: unfiltered },
  ];
  const results: { messages: unknown[]; assignments: unknown[]; read: number; stoppedOn: string | undefined }[] = [];
  for (const run of runs) {
    copyFileSync(seedPath, run.path);
    const h = await open(run.path);
    handles.push(h);
    let read = 0;
    const counted = new Proxy(run.view(h.store), {
      get: (target, prop) => {
        const v = Reflect.get(target, prop, target) as unknown;
        if (prop === 'listOverdueAccounts') {
          return async (...a: Parameters<Store['listOverdueAccounts']>) => {
            const rows = await target.listOverdueAccounts(...a);
            read += rows.length;
            return rows;
          };
        }
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const codes = new CryptoCodeGenerator();
    let stoppedOn: string | undefined;
    for (let d = 0; d < 10; d += 1) {
      const date = dateOf(Date.parse('2026-12-01') + d * DAY);
      const clock = testClock(Date.parse(`${date}T00:30:00Z`));
      if (d === 3) {
        // Accounts overdue mid-run: assigned on first sight (when in the population).
        await h.store.upsertImportBatch(tenant, late('overdue'), 'test');
      }
      if (d === 4) {
        // Complaints on most of arm B's accounts: the next planner run stops B.
        const db = new Database(run.path);
        const b = db.prepare(`select account_id from experiment_assignments where tenant_id = ? and experiment_id = 'x1' and arm = 'B' order by account_id`).all(tenant) as { account_id: string }[];
        const insert = db.prepare(`insert into complaints (tenant_id, complaint_id, account_id, person_id, person_hash, channel, category, details_enc, status, received_at, resolved_at, created_at, updated_at)
          values (?, ?, ?, null, null, 'phone', 'harassment', null, 'open', ?, null, 0, 0)`);
        b.forEach((r, i) => {
          if (i % 4 !== 3) insert.run(tenant, `k${i}`, r.account_id, clock.now() - DAY);
        });
        db.close();
      }
      const r = await planDay({ store: counted, codes, clock }, tenant, date, { batchSize: 7 });
      expect(r.ok).toBe(true);
      if (r.ok && r.value.guardrail?.stopped.includes('B') === true) stoppedOn ??= date;
    }
    const db = new Database(run.path, { readonly: true });
    const messages = db
      .prepare(`select account_id, account_ids, person_id, party, channel, purpose, template_id, state, decision, scheduled_at, plan_key
        from messages where tenant_id = ? order by plan_key`)
      .all(tenant);
    const assignments = db.prepare(`select account_id, arm, assigned_at from experiment_assignments where tenant_id = ? order by experiment_id, account_id`).all(tenant);
    db.close();
    results.push({ messages, assignments, read, stoppedOn });
  }
  const [filtered, all] = results as [(typeof results)[0], (typeof results)[0]];
  expect(all.stoppedOn).toBeDefined();
  expect(filtered.stoppedOn).toBe(all.stoppedOn);
  expect(all.messages.length).toBeGreaterThan(50);
  expect(new Set(all.assignments.map((a) => (a as { arm: string }).arm))).toEqual(new Set(['A', 'B']));
  expect(new Set(all.assignments.map((a) => (a as { assigned_at: number }).assigned_at)).size).toBeGreaterThan(3);
  expect(filtered.messages).toEqual(all.messages);
  expect(filtered.assignments).toEqual(all.assignments);
  // The filter did leave accounts unread.
  expect(filtered.read).toBeLessThan(all.read);
});
