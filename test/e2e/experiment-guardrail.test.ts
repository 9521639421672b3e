// The guardrail job end to end on SQLite: arm B collects complaints, the planner's
// daily run takes a guardrail look first, stops B (audit event with the numbers, no
// personal data) and plans B's accounts with the control's strategy (A's 10:00 send
// time instead of B's 15:00), tagged servedBy A; `tact experiments check` looks again.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { planDay } from '../../src/app/plan-day.js';
import { checkGuardrails } from '../../src/app/experiments/check-guardrails.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId, type AccountId } from '../../src/core/model/ids.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import { capturingLogger, sampleRecord, type StoreTarget } from '../contract/store-fixture.js';
import { sqliteTarget } from '../support/store-targets.js';
import { testClock } from '../support/test-clock.js';

const DATE = '2026-12-07';
const clock = testClock('2026-12-07T00:30:00Z');
const TEN = Date.parse('2026-12-07T02:00:00Z');
const base = strategyToJson(defaultStrategies.cn) as { steps: { id: string; sendAt: string }[] } & Record<string, unknown>;
const tenant = tenantId('guard');

let t: StoreTarget;
let handle: StoreHandle;
const ids: AccountId[] = [];

beforeAll(async () => {
  t = await sqliteTarget('tact-guard');
  handle = await t.open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger });
  await handle.migrate();
  const s = handle.store;
  await s.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
  const records = Array.from({ length: 40 }, (_, i) => sampleRecord(`G${String(i).padStart(3, '0')}`, { dueDate: '2026-12-06' }));
  await s.upsertImportBatch(tenant, records, 'test');
  for (const r of records) ids.push((await s.getAccountByExternalId(tenant, r.externalId))!.id);
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 1, body: { ...base, id: 'ladder', version: 1 }, status: 'active' }, 'test');
  const v2 = { ...base, id: 'ladder', version: 2, steps: base.steps.map((x) => (x.id === 'dpd-1' ? { ...x, sendAt: '15:00' } : x)) };
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 2, body: v2, status: 'draft' }, 'test');
  const r = await s.createExperiment(tenant, {
    id: 'g1', name: 'guard', arms: [{ name: 'A', strategyId: 'ladder', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 'ladder', strategyVersion: 2, weight: 1 }],
    definition: { control: 'A', population: {}, primaryMetric: 'cure_7d', guardrails: [{ metric: 'complaints', budget: 0.002, confidence: 0.95 }] },
  }, 'test');
  expect(r.ok).toBe(true);
  // Entered a week ago: half in each arm.
  await s.assignArms(tenant, 'g1', ids.map((id, i) => ({ accountId: id, arm: i % 2 === 0 ? 'A' : 'B' })), clock.now() - 7 * 86_400_000);
});
afterAll(async () => {
  await handle?.close();
  await t?.cleanup();
});

it('no complaints: a look stops nothing and counts', async () => {
  const c = await checkGuardrails(handle.store, tenant, 'g1', clock.now(), 'test');
  expect(c).toMatchObject({ look: 1, stopped: [] });
  expect(c!.results).toHaveLength(1);
  expect(c!.results[0]).toMatchObject({ arm: 'B', armAccounts: 20, controlAccounts: 20, armEvents: 0, controlEvents: 0 });
});

it('B with 10 of 20 accounts complaining is stopped by the planner run; its accounts get the control strategy', async () => {
  const s = handle.store;
  for (let i = 1; i < 20; i += 2) {
    await t.raw.run(`insert into complaints (tenant_id, complaint_id, account_id, person_id, person_hash, channel, category, details_enc, status, received_at, resolved_at, created_at, updated_at)
      values ('${tenant}', 'k${i}', '${ids[i]}', null, null, 'phone', 'harassment', null, 'open', ${clock.now() - 86_400_000}, null, 0, 0)`);
  }
  const r = await planDay({ store: s, codes: new CryptoCodeGenerator(), clock }, tenant, DATE);
  expect(r.ok && r.value.guardrail).toEqual({ experiment: 'g1', look: 2, stopped: ['B'] });
  const e = (await s.getExperiment(tenant, 'g1'))!;
  // z = (0.5 − 0 − 0.002)/√(0.5·0.5/20) = 4.4545…; look 2 spends 0.05/6, boundary Φ⁻¹(1 − 0.05/6).
  expect(e.stoppedArms[0]!.reason).toMatchObject({ metric: 'complaints', armEvents: 10, armAccounts: 20, controlEvents: 0, controlAccounts: 20, look: 2 });
  expect(e.stoppedArms[0]!.reason['z']).toBeCloseTo(0.498 / Math.sqrt(0.25 / 20), 10);
  const audit = await t.raw.all(`select data from audit_events where tenant_id = '${tenant}' and type = 'experiment.arm_stopped'`);
  expect(audit).toHaveLength(1);
  expect(String(audit[0]!['data'])).not.toMatch(/\+86|测试/);
  for (const [i, id] of ids.entries()) {
    const msgs = (await s.listAccountMessages(tenant, id)).filter((m) => m.party === 'borrower' && m.state === 'planned');
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.scheduledAt).toBe(TEN); // both arms now at A's 10:00
    expect(msgs[0]!.decision).toMatchObject(i % 2 === 0 ? { experiment: 'g1', arm: 'A' } : { experiment: 'g1', arm: 'B', servedBy: 'A' });
  }
  // The assignment itself never changes.
  expect((await s.recordedArms(tenant, 'g1', [ids[1]!])).get(ids[1]!)).toBe('B');
});

it('a later look does not stop B twice', async () => {
  const c = await checkGuardrails(handle.store, tenant, 'g1', clock.now(), 'test');
  expect(c).toMatchObject({ look: 3, stopped: [], results: [] });
});
