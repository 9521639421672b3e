// Experiments on a real database (run on SQLite and PostgreSQL by
// experiment-store-sqlite.test.ts / experiment-store-postgres.test.ts): creation rules,
// assignments recorded once, the weight split, and the planner using each arm's strategy.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { planDay } from '../../src/app/plan-day.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { accountId, tenantId, type AccountId, type TenantId } from '../../src/core/model/ids.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import { testClock } from '../support/test-clock.js';
import { capturingLogger, sampleRecord, type StoreTarget } from './store-fixture.js';

const DATE = '2026-12-07'; // a Monday
const clock = testClock('2026-12-07T00:30:00Z'); // 08:30 Asia/Shanghai
const TEN = Date.parse('2026-12-07T02:00:00Z'); // 10:00 Shanghai: arm A's DPD-1 send time
const THREE = Date.parse('2026-12-07T07:00:00Z'); // 15:00 Shanghai: arm B's

const base = strategyToJson(defaultStrategies.cn) as { steps: { id: string; sendAt: string }[] } & Record<string, unknown>;
const armA = { ...base, id: 'ladder', version: 1 };
const armB = { ...base, id: 'ladder', version: 2, steps: base.steps.map((s) => (s.id === 'dpd-1' ? { ...s, sendAt: '15:00' } : s)) };

export const experimentStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let t: StoreTarget;
  let handle: StoreHandle;
  let tenant: TenantId;
  const ids: AccountId[] = [];
  const arms = { id: 'sendtime', name: 'DPD-1 at 15:00', arms: [
    { name: 'A', strategyId: 'ladder', strategyVersion: 1, weight: 1 },
    { name: 'B', strategyId: 'ladder', strategyVersion: 2, weight: 1 },
  ] };

  beforeAll(async () => {
    t = await setup();
    handle = await t.open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger });
    await handle.migrate();
    tenant = tenantId(`x-${randomBytes(3).toString('hex')}`);
    const s = handle.store;
    await s.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    const records = Array.from({ length: 40 }, (_, i) => sampleRecord(`E${String(i).padStart(3, '0')}`, { dueDate: '2026-12-06' }));
    await s.upsertImportBatch(tenant, records, 'test');
    for (const r of records) ids.push((await s.getAccountByExternalId(tenant, r.externalId))!.id);
    await s.saveStrategy(tenant, { strategyId: 'ladder', version: 1, body: armA, status: 'active' }, 'test');
    await s.saveStrategy(tenant, { strategyId: 'ladder', version: 2, body: armB, status: 'draft' }, 'test');
  });
  afterAll(async () => {
    await handle?.close();
    await t?.cleanup();
  });

  it('refuses malformed arms and unknown strategy versions; at most one running experiment', async () => {
    const s = handle.store;
    expect(await s.runningExperiment(tenant)).toBeUndefined();
    const one = await s.createExperiment(tenant, { ...arms, arms: arms.arms.slice(0, 1) }, 'test');
    expect(one.ok ? 'created' : one.error).toBe('bad_arms');
    const zero = await s.createExperiment(tenant, { ...arms, arms: arms.arms.map((a) => ({ ...a, weight: 0 })) }, 'test');
    expect(zero.ok ? 'created' : zero.error).toBe('bad_arms');
    const missing = await s.createExperiment(tenant, { ...arms, arms: arms.arms.map((a) => ({ ...a, strategyVersion: 9 })) }, 'test');
    expect(missing.ok ? 'created' : missing.error).toBe('unknown_strategy_version');
    expect((await s.createExperiment(tenant, arms, 'test')).ok).toBe(true);
    const again = await s.createExperiment(tenant, { ...arms, id: 'other' }, 'test');
    expect(again.ok ? 'created' : again.error).toBe('another_running');
    expect((await s.runningExperiment(tenant))?.arms.map((a) => a.name)).toEqual(['A', 'B']);
    expect((await s.listExperiments(tenant)).map((e) => `${e.id}:${e.status}`)).toEqual(['sendtime:running']);
  });

  it('plans each account with its arm, records the arm once and keeps it on the next run', async () => {
    const s = handle.store;
    const deps = { store: s, codes: new CryptoCodeGenerator(), clock };
    const r1 = await planDay(deps, tenant, DATE, { batchSize: 7 });
    expect(r1.ok && r1.value.planned).toBeGreaterThan(0);
    // A weight change attempt: proposing the other arm for every account changes nothing.
    const flipped = ids.map((id) => ({ accountId: id, arm: 'A' }));
    const recorded = await s.assignArms(tenant, 'sendtime', flipped, clock.now());
    expect(recorded.size).toBe(ids.length);
    const inB = ids.filter((id) => recorded.get(id) === 'B');
    expect(inB.length).toBeGreaterThan(5);
    expect(inB.length).toBeLessThan(35);
    for (const id of ids) {
      const msgs = (await s.listAccountMessages(tenant, id)).filter((m) => m.party === 'borrower' && m.state === 'planned');
      expect(msgs).toHaveLength(1);
      const arm = recorded.get(id)!;
      expect(msgs[0]!.scheduledAt).toBe(arm === 'B' ? THREE : TEN);
      expect(msgs[0]!.decision).toMatchObject({ experiment: 'sendtime', arm });
    }
    const r2 = await planDay(deps, tenant, DATE, { batchSize: 5 });
    expect(r2.ok && r2.value.planned).toBe(0);
    expect(await s.assignArms(tenant, 'sendtime', ids.map((id) => ({ accountId: id, arm: 'B' })), clock.now())).toEqual(recorded);
  });

  it('splits 2,000 accounts close to the weights (1:3), recorded in one call', async () => {
    const s = handle.store;
    const { assignArm } = await import('../../src/core/strategy/assign-arm.js');
    const e = { id: 'split', arms: [{ name: 'A', weight: 1, strategyVersion: 1 }, { name: 'B', weight: 3, strategyVersion: 2 }] };
    const many = Array.from({ length: 2000 }, (_, i) => accountId(`acct-${i}`));
    const proposed = many.map((id) => ({ accountId: id, arm: assignArm(e, id)!.name }));
    const got = await s.assignArms(tenant, 'split', proposed, clock.now());
    const b = [...got.values()].filter((a) => a === 'B').length;
    expect(got.size).toBe(2000);
    expect(Math.abs(b / 2000 - 0.75)).toBeLessThan(0.04);
  });

  it('stops the experiment; the planner then uses the active strategy only', async () => {
    const s = handle.store;
    expect(await s.stopExperiment(tenant, 'sendtime', 'test')).toBe(true);
    expect(await s.stopExperiment(tenant, 'sendtime', 'test')).toBe(false);
    expect(await s.runningExperiment(tenant)).toBeUndefined();
    const r = await planDay({ store: s, codes: new CryptoCodeGenerator(), clock }, tenant, '2026-12-09'); // DPD 3
    expect(r.ok).toBe(true);
    const m = (await s.listAccountMessages(tenant, ids[0]!)).filter((x) => x.planKey?.includes('2026-12-09'));
    expect(m.length).toBeGreaterThan(0);
    expect(m.every((x) => (x.decision as Record<string, unknown>)['experiment'] === undefined)).toBe(true);
  });
};
