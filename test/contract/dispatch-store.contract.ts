// DispatchStore reads of a claim, on a real database (run on SQLite and PostgreSQL by
// dispatch-store-sqlite.test.ts / dispatch-store-postgres.test.ts): claimDue returns
// what the re-decision, the ledger row and the send need, decrypted; dispatchAccounts
// returns exactly what PlanStore's getPlanAccounts and listPlanPeople return.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { PlanPersonRow } from '../../src/app/ports/plan-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId, type AccountId, type TenantId } from '../../src/core/model/ids.js';
import { capturingLogger, sampleRecord, type StoreTarget } from './store-fixture.js';

const NOW = Date.parse('2026-12-07T02:00:00Z');

const plain = (p: PlanPersonRow) => {
  const { phone, name, ...rest } = p;
  return { ...rest, phone: phone(), name: name() };
};

export const dispatchStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let target: StoreHandle;
  let t: StoreTarget;
  let tenant: TenantId;
  const ids: AccountId[] = [];

  beforeAll(async () => {
    t = await setup();
    target = await t.open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger, now: () => NOW });
    await target.migrate();
    tenant = tenantId(`d-${randomBytes(3).toString('hex')}`);
    const s = target.store;
    await s.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    await s.upsertImportBatch(tenant, [
      sampleRecord('D1', { status: 'overdue', flags: ['vip'], borrowerPhone: '+8613900000001' }),
      sampleRecord('D2', { status: 'settled', borrowerPhone: '+8613900000002' }),
    ], 'test');
    for (const x of ['D1', 'D2']) ids.push((await s.getAccountByExternalId(tenant, x))!.id);
  });
  afterAll(async () => {
    await target?.close();
    await t?.cleanup();
  });

  it('reads the claim\'s accounts and their people in one call, as the PlanStore reads do', async () => {
    const s = target.store;
    const got = await s.dispatchAccounts(tenant, [...ids, 'no-such-account' as AccountId]);
    const accounts = await s.getPlanAccounts(tenant, ids);
    const people = await s.listPlanPeople(tenant, ids);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...got.accounts].sort(byId)).toEqual([...accounts].sort(byId));
    expect(got.people.length).toBe(people.length);
    expect(got.people.map(plain)).toEqual(people.map(plain));
    expect(await s.dispatchAccounts(tenant, [])).toEqual({ accounts: [], people: [] });
  });

  it('claims due messages oldest first with what a send needs, decrypted, and moves them to sending', async () => {
    const s = target.store;
    const [p1] = await s.listPlanPeople(tenant, [ids[0]!]);
    const base = { accountIds: [ids[0]!], personId: p1!.personId, party: 'borrower' as const, channel: 'sms' as const, purpose: 'collection', state: 'planned' as const };
    await s.insertMessages(tenant, [
      { ...base, to: '+8613900000001', body: '第二条', decision: { replyTo: 'ev-1' }, scheduledAt: NOW - 1000, verificationCode: 'CODE000002' },
      { ...base, to: '+8613900000001', body: 'first', decision: null, scheduledAt: NOW - 2000, verificationCode: 'CODE000001' },
      { ...base, to: '+8613900000001', body: 'later', decision: null, scheduledAt: NOW + 60_000, verificationCode: 'CODE000003' },
    ], 'test');
    const claimed = await s.transaction(async (tx) => {
      const due = await tx.claimDue(tenant, { now: NOW, limit: 10 });
      await tx.startSending(tenant, due.map((m) => ({ message: m, attempt: m.attempts + 1 })), 'w1', NOW);
      return due;
    });
    expect(claimed.map((m) => m.body)).toEqual(['first', '第二条']);
    expect(claimed[1]).toMatchObject({ accountIds: [ids[0]], personId: p1!.personId, party: 'borrower', channel: 'sms', purpose: 'collection', to: '+8613900000001', decision: { replyTo: 'ev-1' }, attempts: 0 });
    const states = await Promise.all(claimed.map(async (m) => (await s.getMessage(tenant, m.id))?.state));
    expect(states).toEqual(['sending', 'sending']);
    const ledger = (await s.listContactEvents(tenant, p1!.personId)).filter((e) => e.direction === 'outbound');
    expect(ledger.map((e) => e.messageId).sort()).toEqual(claimed.map((m) => m.id).sort());
    expect(ledger.every((e) => e.to === '+8613900000001' && e.result === 'sent')).toBe(true);
    expect(await s.transaction((tx) => tx.claimDue(tenant, { now: NOW, limit: 10 }))).toEqual([]);
  });
};
