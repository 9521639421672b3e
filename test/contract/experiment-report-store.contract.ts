// Experiment outcomes on a real database (run on SQLite and PostgreSQL by
// experiment-report-store-sqlite.test.ts / -postgres.test.ts). Ten accounts in two arms
// with hand-placed payments, plans, messages, calls, opt-outs, complaints and disputes
// (times relative to T0, the moment of entry); every expected figure is counted by hand
// in the comments. Also: guardrail looks, arm stops (once, audited), definitions.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { NewMessage } from '../../src/app/ports/store-records.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { accountId, personId, tenantId, type AccountId, type TenantId } from '../../src/core/model/ids.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import { capturingLogger, sampleRecord, type StoreTarget } from './store-fixture.js';

const DAY = 86_400_000;
const T0 = Date.parse('2026-10-01T00:00:00Z');
const AS_OF = T0 + 40 * DAY;

export const experimentReportStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let t: StoreTarget;
  let handle: StoreHandle;
  let tenant: TenantId;
  const acc: AccountId[] = [];
  const borrower = new Map<string, string>();
  const contact = new Map<string, string>();

  beforeAll(async () => {
    t = await setup();
    handle = await t.open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger });
    await handle.migrate();
    tenant = tenantId(`r-${randomBytes(3).toString('hex')}`);
    const s = handle.store;
    await s.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    const records = Array.from({ length: 10 }, (_, i) => sampleRecord(`R${i}`, { dueDate: '2026-09-25' }));
    await s.upsertImportBatch(tenant, records, 'test');
    for (const r of records) acc.push((await s.getAccountByExternalId(tenant, r.externalId))!.id);
    const links = await t.raw.all(`select account_id, person_id, role from account_people where tenant_id = '${tenant}'`);
    for (const l of links) (l['role'] === 'borrower' ? borrower : contact).set(String(l['account_id']), String(l['person_id']));
    const body = strategyToJson(defaultStrategies.cn) as Record<string, unknown>;
    await s.saveStrategy(tenant, { strategyId: 'ladder', version: 1, body: { ...body, id: 'ladder', version: 1 }, status: 'active' }, 'test');
    await s.saveStrategy(tenant, { strategyId: 'ladder', version: 2, body: { ...body, id: 'ladder', version: 2 }, status: 'draft' }, 'test');
    const created = await s.createExperiment(tenant, {
      id: 'exp1', name: 'report', arms: [
        { name: 'A', strategyId: 'ladder', strategyVersion: 1, weight: 1 },
        { name: 'B', strategyId: 'ladder', strategyVersion: 2, weight: 1 },
      ],
      definition: { control: 'A', population: {}, primaryMetric: 'cure_7d', guardrails: [{ metric: 'complaints', budget: 0.001, confidence: 0.9 }] },
    }, 'test');
    expect(created.ok).toBe(true);
    // A: R0–R4 at T0. B: R5–R8 at T0, R9 at T0 + 35 d (5 days of exposure at AS_OF).
    await s.assignArms(tenant, 'exp1', acc.slice(0, 5).map((id) => ({ accountId: id, arm: 'A' })), T0);
    await s.assignArms(tenant, 'exp1', acc.slice(5, 9).map((id) => ({ accountId: id, arm: 'B' })), T0);
    await s.assignArms(tenant, 'exp1', [{ accountId: acc[9]!, arm: 'B' }], T0 + 35 * DAY);

    const run = (q: string) => t.raw.run(q);
    let pay = 0;
    const payment = (i: number, day: number, minor: number) =>
      run(`insert into payments (tenant_id, payment_id, account_id, external_id, amount_minor, currency, paid_at, source, created_at) values ('${tenant}', 'p${pay++}', '${acc[i]}', null, ${minor}, 'CNY', ${T0 + day * DAY}, 'test', ${T0})`);
    const status = (i: number, st: string, day: number) => run(`update accounts set status = '${st}', updated_at = ${T0 + day * DAY} where tenant_id = '${tenant}' and account_id = '${acc[i]}'`);
    await payment(0, 3, 80_000); await status(0, 'cured', 3); // A: cured day 3
    await payment(1, 10, 500_000); await status(1, 'settled', 10); // A: cured day 10
    await payment(2, 2, 1_000); await status(2, 'overdue', 2); // A: partial, not cured
    await run(`insert into plans (tenant_id, plan_id, account_id, status, currency, total_minor, installments, proposed_at, decided_at, created_at, updated_at)
      values ('${tenant}', 'pl1', '${acc[3]}', 'accepted', 'CNY', 80000, '[]', ${T0 + 4 * DAY}, ${T0 + 5 * DAY}, ${T0}, ${T0})`); // A: plan day 5
    await payment(4, -2, 5_000); await status(4, 'overdue', -2); // A: before entry, ignored
    await payment(5, 1, 80_000); await status(5, 'cured', 1); // B: day 1
    await payment(6, 6, 300_000); await status(6, 'settled', 6); // B: day 6
    await status(7, 'cured', 20); // B: cured by an import on day 20 (no payment)
    await payment(8, 45, 9_000); await status(8, 'overdue', 0); // B: after AS_OF, ignored
    await payment(9, 36, 80_000); await status(9, 'cured', 36); // B: entered day 35, cured day 1 since entry
    await status(3, 'overdue', 0);

    let code = 0;
    const msg = (i: number, state: NewMessage['state'], day: number, over: Partial<NewMessage> = {}): NewMessage => ({
      accountIds: [acc[i]!], personId: personId(borrower.get(acc[i]!)!), party: 'borrower', channel: 'sms', purpose: 'collection',
      to: '+8613800000000', body: 'x', state, decision: {}, scheduledAt: T0 + day * DAY, verificationCode: `C${code++}${tenant}`, ...over,
    });
    await s.insertMessages(tenant, [
      msg(0, 'sent', 1, { segments: 2 }), msg(0, 'delivered', 2, { segments: 1 }), msg(0, 'blocked', 2, { segments: 1 }),
      msg(5, 'delivered', 3, { party: 'third_party', personId: personId(contact.get(acc[5]!)!) }), msg(5, 'planned', 4),
      msg(6, 'sent', -1, { segments: 3 }),
    ], 'test');
    await s.appendContactEvent(tenant, { at: T0 + 4 * DAY, channel: 'call', direction: 'outbound', personId: personId(borrower.get(acc[1]!)!), party: 'borrower', accountIds: [acc[1]!], result: 'answered' });
    await s.appendContactEvent(tenant, { at: T0 + 2 * DAY, channel: 'call', direction: 'outbound', personId: personId(contact.get(acc[6]!)!), party: 'third_party', accountIds: [acc[6]!], result: 'unanswered' });
    await s.appendContactEvent(tenant, { at: T0 + 2 * DAY, channel: 'call', direction: 'inbound', personId: personId(borrower.get(acc[6]!)!), party: 'borrower', accountIds: [acc[6]!], result: 'answered' });

    await run(`update people set suppressed_at = ${T0 + 8 * DAY} where tenant_id = '${tenant}' and person_id = '${borrower.get(acc[2]!)}'`); // A opt-out
    await run(`update people set suppressed_at = ${T0 - 5 * DAY} where tenant_id = '${tenant}' and person_id = '${borrower.get(acc[8]!)}'`); // before entry
    const complaint = (id: string, i: number, day: number) =>
      run(`insert into complaints (tenant_id, complaint_id, account_id, person_id, person_hash, channel, category, details_enc, status, received_at, resolved_at, created_at, updated_at)
        values ('${tenant}', '${id}', '${acc[i]}', null, null, 'phone', 'harassment', null, 'open', ${T0 + day * DAY}, null, ${T0}, ${T0})`);
    await complaint('k1', 5, 9); await complaint('k2', 5, 11); await complaint('k3', 7, 50);
    await run(`update accounts set disputed_at = ${T0 + 12 * DAY} where tenant_id = '${tenant}' and account_id = '${acc[4]}'`);
  });
  afterAll(async () => {
    await handle?.close();
    await t?.cleanup();
  });

  it('counts each arm from entry to asOf', async () => {
    const rows = await handle.store.experimentArmOutcomes(tenant, 'exp1', AS_OF);
    expect(rows).toEqual([
      {
        arm: 'A', accounts: 5, curedNow: 3, // R0, R1, R3 (plan)
        recovered: [{ currency: 'CNY', minor: 581_000 }], // 80,000 + 500,000 + 1,000 (R4's payment precedes entry)
        messages: 2, smsSegments: 3, calls: 1, thirdPartyContacts: 0, // blocked message not counted
        optOutAccounts: 1, complaintAccounts: 0, disputeAccounts: 1,
      },
      {
        arm: 'B', accounts: 5, curedNow: 4, // R5, R6, R7, R9
        recovered: [{ currency: 'CNY', minor: 460_000 }], // 80,000 + 300,000 + 80,000 (R8's comes after asOf)
        messages: 1, smsSegments: 1, calls: 1, thirdPartyContacts: 2, // R6's message precedes entry; inbound call not counted
        optOutAccounts: 0, complaintAccounts: 1, disputeAccounts: 0, // R5 twice = one account; R7's after asOf
      },
    ]);
  });

  it('the cure cells give the cure rate at 7 and 30 days among accounts exposed that long', async () => {
    const cells = await handle.store.experimentCureCells(tenant, 'exp1', AS_OF, 30);
    const rate = (arm: string, days: number) => {
      const eligible = cells.filter((c) => c.arm === arm && c.exposureDays >= days);
      return [eligible.filter((c) => c.cureDay !== null && c.cureDay < days).reduce((s, c) => s + c.accounts, 0), eligible.reduce((s, c) => s + c.accounts, 0)];
    };
    expect(rate('A', 7)).toEqual([2, 5]); // R0 day 3, R3 day 5
    expect(rate('A', 30)).toEqual([3, 5]); // + R1 day 10
    expect(rate('B', 7)).toEqual([2, 4]); // R5 day 1, R6 day 6; R9 has 5 days of exposure
    expect(rate('B', 30)).toEqual([3, 4]); // + R7 day 20
    expect(cells.find((c) => c.arm === 'B' && c.exposureDays === 5)).toEqual({ arm: 'B', cureDay: 1, exposureDays: 5, accounts: 1 });
    expect(cells.filter((c) => c.exposureDays === 30).reduce((s, c) => s + c.accounts, 0)).toBe(9); // capped at 30
  });

  it('guardrail looks count up; an arm stops once with an audit event; definitions round-trip', async () => {
    const s = handle.store;
    expect(await s.nextGuardrailLook(tenant, 'exp1')).toBe(1);
    expect(await s.nextGuardrailLook(tenant, 'exp1')).toBe(2);
    expect(await s.stopExperimentArm(tenant, 'exp1', 'B', { metric: 'complaints', z: 3.1 }, 'test')).toBe(true);
    expect(await s.stopExperimentArm(tenant, 'exp1', 'B', { metric: 'complaints', z: 9 }, 'test')).toBe(false);
    const e = (await s.getExperiment(tenant, 'exp1'))!;
    expect(e.guardrailLooks).toBe(2);
    expect(e.stoppedArms.map((x) => [x.arm, x.reason])).toEqual([['B', { metric: 'complaints', z: 3.1 }]]);
    expect(e.definition).toEqual({ control: 'A', population: {}, primaryMetric: 'cure_7d', guardrails: [{ metric: 'complaints', budget: 0.001, confidence: 0.9 }] });
    expect((await s.runningExperiment(tenant))?.stoppedArms.length).toBe(1);
    const audit = await t.raw.all(`select type, data from audit_events where tenant_id = '${tenant}' and type = 'experiment.arm_stopped'`);
    expect(audit.length).toBe(1);
    expect(JSON.parse(String(audit[0]!['data']))).toEqual({ arm: 'B', metric: 'complaints', z: 3.1 });
    expect(await s.recordedArms(tenant, 'exp1', [acc[0]!, acc[9]!, accountId('nope')])).toEqual(new Map([[acc[0]!, 'A'], [acc[9]!, 'B']]));
    const bad = await s.createExperiment(tenant, { id: 'exp2', name: 'x', arms: [
      { name: 'A', strategyId: 'ladder', strategyVersion: 1, weight: 1 }, { name: 'B', strategyId: 'ladder', strategyVersion: 2, weight: 1 },
    ], definition: { control: 'Z', population: {}, primaryMetric: 'cure_7d', guardrails: [] } }, 'test');
    expect(bad.ok ? 'created' : bad.error).toBe('bad_definition');
  });
};
