// `npm run bench -- experiment-report [--accounts N]`: one JSON line. Seeds a fresh SQLite
// file with N accounts (default 6,000) assigned to two arms, each with three outbound calls,
// one inbound call, three SMS contact events and three sent messages, then times
// experimentArmOutcomes (the guardrail check's query) and experimentCureCells.
// Times are wall milliseconds of one warm call each (median of 3).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../src/adapters/system/node-cipher.js';
import { accountId, tenantId } from '../src/core/model/ids.js';
import { defaultStrategies } from '../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../src/core/strategy/parse-strategy.js';
import { quietLogger } from '../test/support/dispatch-fixture.js';

const i = process.argv.indexOf('--accounts');
const N = i < 0 ? 6_000 : Math.max(10, Number(process.argv[i + 1]) || 6_000);
const DAY = 86_400_000;
const T0 = Date.parse('2026-10-01T00:00:00Z');
const AS_OF = T0 + 40 * DAY;

const dir = mkdtempSync(join(tmpdir(), 'bench-exp-'));
const path = join(dir, 'tact.db');
const handle = openSqliteStore({ path, cipher: createNodeCipher(randomBytes(32)), logger: quietLogger });
try {
  await handle.migrate();
  const s = handle.store;
  const tenant = tenantId('bench');
  await s.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'bench');
  // Accounts and people written directly (the import path is not what is measured).
  const raw = new Database(path);
  raw.pragma('busy_timeout = 5000');
  const ids = Array.from({ length: N }, (_, k) => `acc${String(k).padStart(6, '0')}`);
  const cols = raw.prepare(`select name from pragma_table_info('accounts')`).all() as { name: string }[];
  const names = cols.map((c) => c.name);
  const insertAccount = raw.prepare(`insert into accounts (${names.join(',')}) values (${names.map(() => '?').join(',')})`);
  raw.transaction(() => {
    for (const id of ids) {
      const vals: Record<string, unknown> = { tenant_id: tenant, account_id: id, external_id: `X${id}`, status: 'overdue', currency: 'CNY', created_at: T0, updated_at: T0 };
      // Any other column gets a neutral value (0 for numbers, '' for text).
      insertAccount.run(...names.map((c) => (c in vals ? vals[c] : numericish(c) ? 0 : '')));
    }
  })();
  const body = strategyToJson(defaultStrategies.cn) as Record<string, unknown>;
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 1, body: { ...body, id: 'ladder', version: 1 }, status: 'active' }, 'bench');
  await s.createExperiment(tenant, {
    id: 'exp1', name: 'bench', arms: [{ name: 'A', strategyId: 'ladder', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 'ladder', strategyVersion: 1, weight: 1 }],
    definition: { control: 'A', population: {}, primaryMetric: 'cure_7d', guardrails: [{ metric: 'complaints', budget: 0.001, confidence: 0.9 }] },
  }, 'bench');
  await s.assignArms(tenant, 'exp1', ids.map((id, k) => ({ accountId: accountId(id), arm: k % 2 === 0 ? 'A' : 'B' })), T0);
  let ev = 0;
  const evt = raw.prepare(`insert into contact_events (tenant_id, event_id, at, channel, direction, party, account_ids, result, created_at) values (?, ?, ?, ?, ?, ?, ?, 'answered', ?)`);
  const msg = raw.prepare(`insert into messages (tenant_id, message_id, account_id, account_ids, party, channel, purpose, state, decision, scheduled_at, verification_code, state_at, created_at, updated_at)
    values (?, ?, ?, ?, 'borrower', 'sms', 'collection', 'sent', '{}', ?, ?, ?, ?, ?)`);
  raw.transaction(() => {
    for (const id of ids) {
      const key = JSON.stringify([id]);
      for (let d = 1; d <= 3; d += 1) {
        evt.run(tenant, `e${ev++}`, T0 + d * DAY, 'call', 'outbound', d === 3 ? 'third_party' : 'borrower', key, T0);
        evt.run(tenant, `e${ev++}`, T0 + d * DAY, 'sms', 'outbound', 'borrower', key, T0);
        msg.run(tenant, `m${ev}`, id, key, T0 + d * DAY, `v${ev}`, T0, T0, T0);
      }
      evt.run(tenant, `e${ev++}`, T0 + DAY, 'call', 'inbound', 'borrower', key, T0);
    }
  })();
  raw.close();
  const time = async (f: () => Promise<unknown>): Promise<number> => {
    await f();
    const t: number[] = [];
    for (let k = 0; k < 3; k += 1) {
      const a = performance.now();
      await f();
      t.push(performance.now() - a);
    }
    return Math.round(t.sort((x, y) => x - y)[1]!);
  };
  const outcomes = await s.experimentArmOutcomes(tenant, 'exp1', AS_OF);
  const outcomesMs = await time(() => s.experimentArmOutcomes(tenant, 'exp1', AS_OF));
  const cureCellsMs = await time(() => s.experimentCureCells(tenant, 'exp1', AS_OF, 30));
  console.log(JSON.stringify({ bench: 'experiment-report', db: 'sqlite', accounts: N, contactEvents: ev, outcomesMs, cureCellsMs, calls: outcomes.reduce((x, r) => x + r.calls, 0), messages: outcomes.reduce((x, r) => x + r.messages, 0), load1: loadavg()[0] }));
} finally {
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
}

function numericish(name: string): boolean {
  return /(_at|_minor|_days|days_|_due|count|version|number)$/.test(name) || /minor|days/.test(name);
}
