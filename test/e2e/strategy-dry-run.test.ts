// The strategy dry run on a real month (docs/experiments.md, "Dry run"): 60 accounts
// planned and dispatched for 30 days with v1 (the shipped cn ladder, through the
// in-process SMS simulator), then v2 — v1 with a new DPD-2 reminder and without the
// DPD-7 one — replayed over the same month. On every day something was sent, the new
// version adds exactly the accounts at DPD 2 and drops exactly those at DPD 7; it
// blocks exactly what the real plan blocked, with the same reason codes. Nothing is written.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Dispatcher } from '../../src/app/dispatch/dispatcher.js';
import { policyRedecide } from '../../src/app/dispatch/policy-redecide.js';
import { planDay } from '../../src/app/plan-day.js';
import { dryRunDay, type DryRunDay } from '../../src/app/plan/dry-run-strategy.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { InProcessSmsTransport } from '../../src/adapters/sms/simulator/in-process-transport.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId } from '../../src/core/model/ids.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { parseStrategy, strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import { main } from '../../src/main/tact.js';
import { capturingLogger, sampleRecord, type StoreTarget } from '../contract/store-fixture.js';
import { quietLogger } from '../support/dispatch-fixture.js';
import { memoryIo } from '../support/memory-io.js';
import { sqliteTarget } from '../support/store-targets.js';
import { testClock } from '../support/test-clock.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DAYS = 30;
// Day 0 = Monday 2026-12-07; local midnight in Asia/Shanghai is 16:00Z the day before.
const day0 = Date.parse('2026-12-06T16:00:00Z');
const isoDate = (d: number): string => new Date(day0 + d * DAY + 8 * HOUR).toISOString().slice(0, 10);
const ACCOUNTS = 60;
// Account i falls due on day (i mod 30) − 8, so DPD 1…37 all occur within the month.
const dueDay = (i: number): number => (i % 30) - 8;
const tenant = tenantId('dryrun');
const key = randomBytes(32);

const base = strategyToJson(defaultStrategies.cn) as { steps: Record<string, unknown>[] } & Record<string, unknown>;
const v1 = { ...base, id: 'ladder', version: 1 };
const v2 = {
  ...base, id: 'ladder', version: 2,
  steps: [...base.steps.filter((s) => s['id'] !== 'dpd-7'), { id: 'dpd-2', trigger: { onDay: 2 }, audience: 'borrower', template: 'reminder.dpd3', sendAt: '10:00' }],
};

let t: StoreTarget;
let handle: StoreHandle;
const days: DryRunDay[] = [];

beforeAll(async () => {
  t = await sqliteTarget('tact-dryrun');
  const clock = testClock(day0);
  handle = await t.open({ cipher: createNodeCipher(key), logger: capturingLogger().logger, now: clock.now });
  await handle.migrate();
  const s = handle.store;
  await s.createTenant(tenant, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
  await s.upsertImportBatch(tenant, Array.from({ length: ACCOUNTS }, (_, i) => sampleRecord(`D${i}`, { dueDate: isoDate(dueDay(i)) })), 'test');
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 1, body: v1, status: 'active' }, 'test');
  await s.saveStrategy(tenant, { strategyId: 'ladder', version: 2, body: v2, status: 'draft' }, 'test');
  const transport = new InProcessSmsTransport({ now: () => new Date(clock.now()) });
  for (let d = 0; d < DAYS; d += 1) {
    clock.set(day0 + d * DAY + 30 * 60_000); // 00:30 local: the planner
    expect((await planDay({ store: s, codes: new CryptoCodeGenerator(), clock }, tenant, isoDate(d))).ok).toBe(true);
    clock.set(day0 + d * DAY + 10.5 * HOUR); // 10:30 local: the dispatcher
    await new Dispatcher({ store: s, transport, clock, logger: quietLogger, redecide: policyRedecide, sleep: async () => undefined }, { tenant, worker: 'w', concurrency: 8, batchSize: 50 }).run(true);
  }
  clock.set(day0 + DAYS * DAY);
  const before = await t.raw.all(`select (select count(*) from messages) as m, (select count(*) from audit_events) as a, (select count(*) from experiment_assignments) as x`);
  const strategy = parseStrategy(v2);
  if (!strategy.ok) throw new Error('v2 does not parse');
  for (let d = 0; d < DAYS; d += 1) {
    const r = await dryRunDay({ store: s, codes: new CryptoCodeGenerator() }, tenant, strategy.value, isoDate(d));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    days.push(r.value);
  }
  expect(await t.raw.all(`select (select count(*) from messages) as m, (select count(*) from audit_events) as a, (select count(*) from experiment_assignments) as x`)).toEqual(before);
}, 240_000);
afterAll(async () => {
  await handle?.close();
  await t?.cleanup();
});

const atDpd = (d: number, dpd: number): number => Array.from({ length: ACCOUNTS }, (_, i) => i).filter((i) => d - dueDay(i) === dpd).length;

it('on days with sends, adds the DPD-2 accounts and drops the DPD-7 ones, keeping the rest', () => {
  const sending = days.filter((x) => x.actuallySent > 0);
  expect(sending.length).toBeGreaterThan(15);
  for (const x of sending) {
    const d = days.indexOf(x);
    expect({ day: x.businessDate, added: x.added, dropped: x.dropped }).toEqual({ day: x.businessDate, added: atDpd(d, 2), dropped: atDpd(d, 7) });
    expect(x.same).toBe(x.actuallySent - atDpd(d, 7));
    expect(x.wouldSend).toBe(x.same + x.added);
    expect(x.accounts).toBe(ACCOUNTS);
  }
  expect(sending.reduce((n, x) => n + x.added, 0)).toBeGreaterThan(10);
});

it('would block what the real plan blocked (the contact steps are the same in both versions), by reason code', async () => {
  let blocked = 0;
  for (const x of days) {
    const real = await t.raw.all(`select decision from messages where tenant_id = '${tenant}' and state = 'blocked' and plan_key like '%:${x.businessDate}:%'`);
    const reasons: Record<string, number> = {};
    for (const r of real) for (const v of (JSON.parse(String(r['decision'])) as { violations: { reason: string }[] }).violations) reasons[v.reason] = (reasons[v.reason] ?? 0) + 1;
    expect({ day: x.businessDate, blocked: x.wouldBlock, reasons: x.blockedByReason }).toEqual({ day: x.businessDate, blocked: real.length, reasons });
    blocked += x.wouldBlock;
  }
  expect(blocked).toBeGreaterThan(0);
  expect(Object.keys(days.reduce((m, x) => ({ ...m, ...x.blockedByReason }), {}))).toContain('POLICY_CONTACT_UNCONFIRMED');
});

it('tact strategy dry-run prints one line per day and the totals', async () => {
  const io = memoryIo('', { TACT_MASTER_KEY: key.toString('hex'), TACT_LOG_LEVEL: 'silent' }, '/');
  const code = await main(['strategy', 'dry-run', '2', '--from', isoDate(0), '--to', isoDate(DAYS - 1), '--tenant', tenant, '--db', t.dbUrl], io);
  expect(io.err()).toBe('');
  expect(code).toBe(0);
  const lines = io.out().trim().split('\n');
  expect(lines[0]).toContain('dry run of ladder@2');
  expect(lines).toHaveLength(DAYS + 2);
  const total = days.reduce((n, x) => n + x.added, 0);
  expect(lines.at(-1)).toContain(`+${total} new`);
  expect((await main(['strategy', 'dry-run', 'ladder@9', '--from', isoDate(0), '--to', isoDate(1), '--tenant', tenant, '--db', t.dbUrl], io))).toBe(2);
});
