// PlanStore contract and the decision context loader, on a real database (run on
// SQLite and PostgreSQL by plan-store-sqlite.test.ts / plan-store-postgres.test.ts).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { NewMessage } from '../../src/app/ports/store-records.js';
import { loadDecisionContexts } from '../../src/app/decision-context/load-decision-contexts.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import type { DecisionRequest } from '../../src/core/model/decision-request.js';
import { accountId, tenantId, type AccountId, type PersonId, type TenantId } from '../../src/core/model/ids.js';
import { compilePolicy } from '../../src/core/policy/compile-policy.js';
import { decide } from '../../src/core/policy/decide.js';
import { decideRequest } from '../../src/core/policy/decide-request.js';
import { capturingLogger, sampleRecord, type StoreTarget } from './store-fixture.js';

const NOW = Date.parse('2026-12-07T01:00:00Z'); // Monday 09:00 Asia/Shanghai
const AT = Date.parse('2026-12-07T02:00:00Z'); // 10:00 local
const DAY = 86_400_000;
const policy = (() => {
  const p = compilePolicy('cn');
  if (!p.ok) throw new Error('cn pack');
  return p.value;
})();

export const planStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let target: StoreHandle;
  let t: StoreTarget;
  let tenant: TenantId;
  const ids: AccountId[] = [];

  beforeAll(async () => {
    t = await setup();
    target = await t.open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger });
    await target.migrate();
    tenant = tenantId(`p-${randomBytes(3).toString('hex')}`);
    const s = target.store;
    await s.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    await s.upsertImportBatch(
      tenant,
      ['A1', 'A2', 'A3', 'A4'].map((x, i) => sampleRecord(x, { status: i === 3 ? 'settled' : 'overdue', dueDate: '2026-10-20' })),
      'test',
    );
    for (const x of ['A1', 'A2', 'A3']) ids.push((await s.getAccountByExternalId(tenant, x))!.id);
  });
  afterAll(async () => {
    await target?.close();
    await t?.cleanup();
  });

  const people = async (a: AccountId) => target.store.listPlanPeople(tenant, [a]);

  it('lists overdue accounts only, in keyset pages', async () => {
    const first = await target.store.listOverdueAccounts(tenant, { limit: 2 });
    const rest = await target.store.listOverdueAccounts(tenant, { after: first[1]!.id, limit: 2 });
    expect([...first, ...rest].map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(first[0]!.balanceMinor).toBe(640_000);
    expect(first[0]!.dueDate).toBe('2026-10-20');
  });

  it('lists and counts only the accounts due on the given dates', async () => {
    expect(await target.store.countOverdueAccounts(tenant)).toBe(3);
    expect(await target.store.countOverdueAccounts(tenant, { dueDates: ['2026-10-20', '2026-10-27'] })).toBe(3);
    expect(await target.store.countOverdueAccounts(tenant, { dueDates: ['2026-10-21'] })).toBe(0);
    const due = await target.store.listOverdueAccounts(tenant, { limit: 2, dueDates: ['2026-10-19', '2026-10-20'] });
    const more = await target.store.listOverdueAccounts(tenant, { after: due[1]!.id, limit: 2, dueDates: ['2026-10-19', '2026-10-20'] });
    expect([...due, ...more].map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(await target.store.listOverdueAccounts(tenant, { limit: 10, dueDates: ['2026-10-21'] })).toEqual([]);
    expect(await target.store.listOverdueAccounts(tenant, { limit: 10, dueDates: [] })).toEqual([]);
  });

  it('lists and counts the accounts without an assignment in an experiment, alone or besides the due dates', async () => {
    const s = target.store;
    const sorted = [...ids].sort();
    await s.assignArms(tenant, 'exp-u', [{ accountId: sorted[1]!, arm: 'A' }], NOW);
    await s.assignArms(tenant, 'exp-other', [{ accountId: sorted[0]!, arm: 'A' }], NOW);
    const unassigned = [sorted[0]!, sorted[2]!];
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-u' } })).toBe(2);
    const first = await s.listOverdueAccounts(tenant, { limit: 1, unassigned: { experiment: 'exp-u' } });
    const rest = await s.listOverdueAccounts(tenant, { after: first[0]!.id, limit: 10, unassigned: { experiment: 'exp-u' } });
    expect([...first, ...rest].map((a) => a.id)).toEqual(unassigned);
    // Either condition: a due date that fires, or no assignment yet.
    expect(await s.countOverdueAccounts(tenant, { dueDates: ['2026-10-21'], unassigned: { experiment: 'exp-u' } })).toBe(2);
    expect((await s.listOverdueAccounts(tenant, { limit: 10, dueDates: ['2026-10-21'], unassigned: { experiment: 'exp-u' } })).map((a) => a.id)).toEqual(unassigned);
    expect(await s.countOverdueAccounts(tenant, { dueDates: ['2026-10-20'], unassigned: { experiment: 'exp-u' } })).toBe(3);
    expect((await s.listOverdueAccounts(tenant, { limit: 10, dueDates: ['2026-10-20'], unassigned: { experiment: 'exp-u' } })).map((a) => a.id)).toEqual(sorted);
    expect(await s.countOverdueAccounts(tenant, { dueDates: [], unassigned: { experiment: 'exp-u' } })).toBe(2);
    // Another experiment's assignments, or none at all, leave every account unassigned.
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-none' } })).toBe(3);
    // Narrowed by the population's column conditions (the unassigned side only).
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-u', products: ['cash-loan'], minBalanceMinor: 640_000, maxBalanceMinor: 640_000, dueFrom: '2026-10-20', dueTo: '2026-10-20' } })).toBe(2);
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-u', products: ['card'] } })).toBe(0);
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-u', minBalanceMinor: 640_001 } })).toBe(0);
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-u', maxBalanceMinor: 639_999 } })).toBe(0);
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-u', dueFrom: '2026-10-21' } })).toBe(0);
    expect(await s.countOverdueAccounts(tenant, { unassigned: { experiment: 'exp-u', dueTo: '2026-10-19' } })).toBe(0);
    expect(await s.listOverdueAccounts(tenant, { limit: 10, unassigned: { experiment: 'exp-u', dueTo: '2026-10-19' } })).toEqual([]);
    expect(await s.countOverdueAccounts(tenant, { dueDates: ['2026-10-20'], unassigned: { experiment: 'exp-u', products: ['card'] } })).toBe(3);
    await s.assignArms(tenant, 'exp-u', sorted.map((accountId) => ({ accountId, arm: 'B' })), NOW);
    expect(await s.listOverdueAccounts(tenant, { limit: 10, unassigned: { experiment: 'exp-u' } })).toEqual([]);
    expect(await s.countOverdueAccounts(tenant, { dueDates: ['2026-10-21'], unassigned: { experiment: 'exp-u' } })).toBe(0);
  });

  it('loads people of many accounts in one call, borrower first, numbers decrypted on demand', async () => {
    const rows = await target.store.listPlanPeople(tenant, ids);
    expect(rows).toHaveLength(6);
    const a1 = rows.filter((r) => r.accountId === ids[0]);
    expect(a1.map((r) => r.role)).toEqual(['borrower', 'emergency_contact']);
    expect(a1[0]!.phone()).toMatch(/^\+86137/);
    expect(a1[1]!.confirmation).toBe('unconfirmed');
  });

  it('splits the ledger into window rows and older aggregates', async () => {
    const [b] = await people(ids[0]!);
    const person = b!.personId;
    for (const days of [20, 19, 2]) {
      await target.store.appendContactEvent(tenant, { at: NOW - days * DAY, channel: 'sms', direction: 'outbound', personId: person, party: 'borrower', accountIds: [ids[0]!], result: 'delivered', purpose: 'collection' });
    }
    const since = NOW - 9 * DAY;
    const window = await target.store.listLedgerSince(tenant, [person], since);
    expect(window.map((r) => r.at)).toEqual([NOW - 2 * DAY]);
    const agg = await target.store.ledgerAggregatesBefore(tenant, [person], since);
    expect(agg).toHaveLength(1);
    expect(agg[0]!.count).toBe(2);
    expect(agg[0]!.lastAt).toBe(NOW - 19 * DAY);
  });

  it('prepares requests that decide exactly like the JSON contract', async () => {
    const ctx = await loadDecisionContexts(target.store, tenant, ids, { pack: 'cn', now: NOW });
    const [b] = await people(ids[0]!);
    const prepared = ctx.prepare({ accountId: ids[0]!, personId: b!.personId, channel: 'sms', purpose: 'collection', at: AT });
    expect(prepared).toBeDefined();
    const viaLoader = decide(prepared!, policy);
    const events = await target.store.listContactEvents(tenant, b!.personId);
    const req: DecisionRequest = {
      pack: 'cn',
      at: new Date(AT).toISOString(),
      contact: { channel: 'sms', to: b!.phone(), personId: b!.personId, party: 'borrower', accountIds: [ids[0]!], purpose: 'collection' },
      person: { id: b!.personId, timeZones: ['Asia/Shanghai'] },
      accounts: [{ id: ids[0]!, daysPastDue: 13 }],
      history: events.map((e) => ({ at: new Date(e.at).toISOString(), channel: e.channel, direction: e.direction, personId: b!.personId, party: e.party, to: b!.phone(), accountIds: [...e.accountIds], result: e.result, purpose: 'collection' })),
    };
    const viaJson = decideRequest(req);
    expect(viaJson.ok && viaJson.value).toEqual(viaLoader);
    expect(viaLoader.allowed).toBe(true);
    // At 23:00 local the same contact is blocked, and the earliest instant is 08:00 next day.
    const late = decide(ctx.prepare({ accountId: ids[0]!, personId: b!.personId, channel: 'sms', purpose: 'collection', at: Date.parse('2026-12-07T15:00:00Z') })!, policy);
    expect(late.allowed).toBe(false);
    expect(late.violations.map((v) => v.reason)).toContain('POLICY_QUIET_HOURS');
    expect(late.earliestAllowedAt).toBe('2026-12-08T00:00:00.000Z');
  });

  it('a contact is blocked while the borrower is reachable, and allowed once the ledger shows them unreachable', async () => {
    const [b, c] = await people(ids[1]!);
    let ctx = await loadDecisionContexts(target.store, tenant, [ids[1]!], { pack: 'cn', now: NOW });
    const ask = { accountId: ids[1]!, personId: c!.personId, channel: 'sms' as const, purpose: 'location' as const, at: AT };
    expect(decide(ctx.prepare(ask)!, policy).violations.map((v) => v.reason)).toEqual(expect.arrayContaining(['POLICY_BORROWER_REACHABLE', 'POLICY_CONTACT_UNCONFIRMED']));
    for (const h of [100, 90, 80]) {
      await target.store.appendContactEvent(tenant, { at: NOW - h * 3_600_000, channel: 'sms', direction: 'outbound', personId: b!.personId, party: 'borrower', accountIds: [ids[1]!], result: 'delivered', purpose: 'collection' });
    }
    await t.raw.run(`update account_people set confirmation = 'confirmed', confirmation_at = ${NOW - DAY} where tenant_id = '${tenant}' and account_id = '${ids[1]!}' and person_id = '${c!.personId}'`);
    ctx = await loadDecisionContexts(target.store, tenant, [ids[1]!], { pack: 'cn', now: NOW });
    expect(ctx.accounts.get(ids[1]!)!.borrowerStatus).toBe('unreachable');
    expect(decide(ctx.prepare(ask)!, policy).allowed).toBe(true);
    expect(ctx.everSent(b!.personId, 'collection')).toBe(true);
  });

  it('suppressions reach the engine: an opt-out blocks, scoped to the account when scoped', async () => {
    const [b] = await people(ids[2]!);
    await target.store.addSuppression(tenant, { phoneE164: b!.phone(), reason: 'opt_out' }, 'test');
    const ctx = await loadDecisionContexts(target.store, tenant, [ids[2]!], { pack: 'cn', now: NOW });
    expect(ctx.suppression(ids[2]!, b!.personId)).toBe('opt_out');
    const d = decide(ctx.prepare({ accountId: ids[2]!, personId: b!.personId, channel: 'sms', purpose: 'collection', at: AT })!, policy);
    expect(d.violations.map((v) => v.reason)).toContain('POLICY_OPTED_OUT');
    expect(ctx.prepare({ accountId: ids[0]!, personId: b!.personId as PersonId, channel: 'sms', purpose: 'collection', at: AT })).toBeUndefined();
  });

  it('planned messages are idempotent per plan key; used codes are reported', async () => {
    const [b] = await people(ids[0]!);
    const msg = (key: string, code: string): NewMessage => ({
      accountIds: [ids[0]!], personId: b!.personId, party: 'borrower', channel: 'sms', purpose: 'collection', to: b!.phone(), body: 'x',
      state: 'planned', decision: { allowed: true }, scheduledAt: AT, verificationCode: code, planKey: key,
    });
    const first = await target.store.insertPlannedMessages(tenant, [msg('k1', 'AAAA0001'), msg('k2', 'AAAA0002')], 'test');
    expect(first).toEqual({ inserted: 2, alreadyPlanned: 0 });
    const again = await target.store.transaction((s) => s.insertPlannedMessages(tenant, [msg('k1', 'AAAA0003'), msg('k3', 'AAAA0004')], 'test'));
    expect(again).toEqual({ inserted: 1, alreadyPlanned: 1 });
    expect([...(await target.store.usedVerificationCodes(tenant, ['AAAA0001', 'AAAA0003', 'ZZZZ9999']))]).toEqual(['AAAA0001']);
  });

  it('blocked messages of one call (empty bodies) and planned ones read back as written', async () => {
    const [b] = await people(ids[1]!);
    const msg = (key: string, code: string, body: string): NewMessage => ({
      accountIds: [ids[1]!], personId: b!.personId, party: 'borrower', channel: 'sms', purpose: 'collection', to: b!.phone(), body,
      state: body === '' ? 'blocked' : 'planned', decision: { allowed: body !== '' }, scheduledAt: AT, verificationCode: code, planKey: key,
    });
    await target.store.insertPlannedMessages(tenant, [msg('e1', 'BBBB0001', ''), msg('e2', 'BBBB0002', 'hello'), msg('e3', 'BBBB0003', '')], 'test');
    const back = (await target.store.listAccountMessages(tenant, ids[1]!)).filter((m) => m.planKey?.startsWith('e'));
    expect(back.map((m) => [m.planKey, m.state, m.body, m.to]).sort()).toEqual([
      ['e1', 'blocked', '', b!.phone()],
      ['e2', 'planned', 'hello', b!.phone()],
      ['e3', 'blocked', '', b!.phone()],
    ]);
  });

  it('writePlannedMessages commits each batch on its own (concurrent calls too), idempotent per plan key, the audit chain unbroken', async () => {
    const [b] = await people(ids[2]!);
    const msg = (key: string, code: string, body: string): NewMessage => ({
      accountIds: [ids[2]!], personId: b!.personId, party: 'borrower', channel: 'sms', purpose: 'collection', to: b!.phone(), body,
      state: body === '' ? 'blocked' : 'planned', decision: { allowed: body !== '' }, scheduledAt: AT, verificationCode: code, planKey: key,
    });
    expect(await target.store.writePlannedMessages(tenant, [msg('w1', 'CCCC0001', 'hi'), msg('w2', 'CCCC0002', '')], 'test')).toEqual({ inserted: 2, alreadyPlanned: 0 });
    const [again, other] = await Promise.all([
      target.store.writePlannedMessages(tenant, [msg('w1', 'CCCC0003', 'hi'), msg('w3', 'CCCC0004', 'yo')], 'test'),
      target.store.writePlannedMessages(tenant, [msg('w4', 'CCCC0005', '')], 'test'),
    ]);
    expect(again).toEqual({ inserted: 1, alreadyPlanned: 1 });
    expect(other).toEqual({ inserted: 1, alreadyPlanned: 0 });
    const back = (await target.store.listAccountMessages(tenant, ids[2]!)).filter((m) => m.planKey?.startsWith('w'));
    expect(back.map((m) => [m.planKey, m.state, m.body, m.to, m.verificationCode]).sort()).toEqual([
      ['w1', 'planned', 'hi', b!.phone(), 'CCCC0001'],
      ['w2', 'blocked', '', b!.phone(), 'CCCC0002'],
      ['w3', 'planned', 'yo', b!.phone(), 'CCCC0004'],
      ['w4', 'blocked', '', b!.phone(), 'CCCC0005'],
    ]);
    expect([...(await target.store.usedVerificationCodes(tenant, ['CCCC0003', 'CCCC0005']))]).toEqual(['CCCC0005']);
    let previous: { seq: number; hash: string } | undefined;
    for await (const e of target.store.iterateAudit(tenant)) {
      if (previous !== undefined) expect([e.seq, e.prevHash]).toEqual([previous.seq + 1, previous.hash]);
      previous = e;
    }
  });

  it('strategies: versions are kept, one active at a time', async () => {
    const s = target.store;
    expect(await s.saveStrategy(tenant, { strategyId: 'main', version: 1, body: { v: 1 }, status: 'active' }, 'test')).toBe('saved');
    expect(await s.saveStrategy(tenant, { strategyId: 'main', version: 1, body: { v: 9 }, status: 'active' }, 'test')).toBe('exists');
    await s.saveStrategy(tenant, { strategyId: 'main', version: 2, body: { v: 2 }, status: 'active' }, 'test');
    await s.saveStrategy(tenant, { strategyId: 'main', version: 3, body: { v: 3 }, status: 'draft' }, 'test');
    expect((await s.getActiveStrategy(tenant))?.body).toEqual({ v: 2 });
    expect((await s.listStrategies(tenant)).map((x) => `${x.version}:${x.status}`)).toEqual(['1:retired', '2:active', '3:draft']);
    expect(await s.getActiveStrategy(tenantId('nobody'))).toBeUndefined();
    expect(accountId('x')).toBe('x');
  });
};
