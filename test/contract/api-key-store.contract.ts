// ApiKeyStore and ApiStore on a real database (run on SQLite and PostgreSQL by
// api-key-store-{sqlite,postgres}.test.ts): keys stored as hash + prefix only, resolved
// across tenants by secret, revocation, last-use throttling, audit events; account
// edits, message filters, suppression listing and lifting rules.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { newApiKeySecret } from '../../src/app/api-keys/new-api-key-secret.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId, type TenantId } from '../../src/core/model/ids.js';
import { testClock } from '../support/test-clock.js';
import { capturingLogger, freshPhone, sampleRecord, type StoreTarget } from './store-fixture.js';

export const apiKeyStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let t: StoreTarget;
  let handle: StoreHandle;
  let a: TenantId;
  let b: TenantId;
  const clock = testClock('2026-12-07T02:00:00Z');

  beforeAll(async () => {
    t = await setup();
    handle = await t.open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger, now: () => clock.now() });
    await handle.migrate();
    const suffix = randomBytes(3).toString('hex');
    a = tenantId(`ka-${suffix}`);
    b = tenantId(`kb-${suffix}`);
    for (const id of [a, b]) await handle.store.createTenant(id, { name: 'Keys', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
  });
  afterAll(async () => {
    await handle.close();
    await t.cleanup();
  });

  it('stores only the hash and a prefix, and resolves the secret to its tenant and role', async () => {
    const s = handle.store;
    const secretA = newApiKeySecret();
    const secretB = newApiKeySecret();
    const keyA = await s.createApiKey(a, { role: 'agent', secret: secretA, label: 'crm' }, 'test');
    const keyB = await s.createApiKey(b, { role: 'admin', secret: secretB }, 'test');
    expect(keyA).toMatchObject({ tenantId: a, role: 'agent', prefix: secretA.slice(0, 12), label: 'crm' });
    const rows = await t.raw.all(`select * from api_keys where key_id = '${keyA.id}'`);
    expect(JSON.stringify(rows)).not.toContain(secretA.slice(12));
    expect((await s.resolveApiKey(secretA))?.tenantId).toBe(a);
    expect((await s.resolveApiKey(secretB))).toMatchObject({ id: keyB.id, tenantId: b, role: 'admin' });
    expect(await s.resolveApiKey(newApiKeySecret())).toBeUndefined();
    expect((await s.listApiKeys(a)).map((k) => k.id)).toEqual([keyA.id]);
  });

  it('records last use at most once a minute', async () => {
    const s = handle.store;
    const secret = newApiKeySecret();
    const key = await s.createApiKey(a, { role: 'auditor', secret }, 'test');
    expect(key.lastUsedAt).toBeUndefined();
    const first = clock.now();
    await s.resolveApiKey(secret);
    clock.advance(30_000);
    await s.resolveApiKey(secret);
    expect((await s.listApiKeys(a)).find((k) => k.id === key.id)?.lastUsedAt).toBe(first);
    clock.advance(31_000);
    await s.resolveApiKey(secret);
    expect((await s.listApiKeys(a)).find((k) => k.id === key.id)?.lastUsedAt).toBe(clock.now());
  });

  it('revokes within the tenant only, once, with audit events', async () => {
    const s = handle.store;
    const secret = newApiKeySecret();
    const key = await s.createApiKey(a, { role: 'strategist', secret }, 'test');
    expect(await s.revokeApiKey(b, key.id, 'test')).toBe(false);
    expect(await s.resolveApiKey(secret)).toBeDefined();
    expect(await s.revokeApiKey(a, key.id, 'test')).toBe(true);
    expect(await s.revokeApiKey(a, key.id, 'test')).toBe(false);
    expect(await s.resolveApiKey(secret)).toBeUndefined();
    const events = [];
    for await (const e of s.iterateAudit(a)) if (e.subject === `api_key:${key.id}`) events.push(e.type);
    expect(events).toEqual(['api_key.created', 'api_key.revoked']);
  });

  it('updates an account with an audit event naming the changes, and closes it', async () => {
    const s = handle.store;
    await s.upsertImportBatch(a, [sampleRecord('acc-1')], 'test');
    const acc = (await s.getAccountByExternalId(a, 'acc-1'))!;
    expect(await s.updateAccount(b, acc.id, { status: 'paused' }, 'test')).toBeUndefined();
    const same = await s.updateAccount(a, acc.id, { status: acc.status }, 'test');
    expect(same?.updatedAt).toBe(acc.updatedAt);
    const paused = await s.updateAccount(a, acc.id, { status: 'paused', flags: ['vip'] }, 'test');
    expect(paused).toMatchObject({ status: 'paused', flags: ['vip'] });
    let last: { type: string; data: unknown } | undefined;
    for await (const e of s.iterateAudit(a)) last = e;
    expect(last).toMatchObject({ type: 'account.updated', data: { fields: ['status', 'flags'] } });
    expect((await s.updateAccount(a, acc.id, { status: 'closed' }, 'test'))?.status).toBe('closed');
  });

  it('filters messages by state, account and time, with keyset paging', async () => {
    const s = handle.store;
    await s.upsertImportBatch(a, [sampleRecord('acc-m1'), sampleRecord('acc-m2')], 'test');
    const m1 = (await s.getAccountByExternalId(a, 'acc-m1'))!;
    const m2 = (await s.getAccountByExternalId(a, 'acc-m2'))!;
    const p1 = (await s.listAccountPeople(a, m1.id))[0]!;
    const at = Date.parse('2026-12-08T00:00:00Z');
    const msg = (acc: typeof m1, state: 'planned' | 'sent', offset: number, code: string) => ({
      accountIds: [acc.id], personId: p1.personId, party: 'borrower' as const, channel: 'sms' as const, purpose: 'collection',
      to: '+8613700000000', body: 'x', state, decision: null, scheduledAt: at + offset, verificationCode: code,
    });
    await s.insertMessages(a, [msg(m1, 'planned', 0, 'AAAA1111'), msg(m1, 'sent', 3_600_000, 'AAAA2222'), msg(m2, 'planned', 7_200_000, 'AAAA3333')], 'test');
    expect((await s.listMessages(a, { accountId: m1.id, limit: 50 })).map((m) => m.verificationCode).sort()).toEqual(['AAAA1111', 'AAAA2222']);
    expect((await s.listMessages(a, { state: 'sent', limit: 50 })).map((m) => m.verificationCode)).toEqual(['AAAA2222']);
    expect((await s.listMessages(a, { from: at + 1, to: at + 7_200_000, limit: 50 })).map((m) => m.verificationCode)).toEqual(['AAAA2222']);
    expect(await s.listMessages(b, { limit: 50 })).toEqual([]);
    const page1 = await s.listMessages(a, { limit: 2 });
    const page2 = await s.listMessages(a, { limit: 2, after: page1[1]!.id });
    expect(new Set([...page1, ...page2].map((m) => m.id)).size).toBe(3);
  });

  it('lists suppressions by hash only and lifts only manual ones', async () => {
    const s = handle.store;
    const manual = freshPhone();
    const optOut = freshPhone();
    await s.addSuppression(a, { phoneE164: manual, reason: 'manual' }, 'test');
    await s.addSuppression(a, { phoneE164: optOut, reason: 'opt_out' }, 'test');
    const list = await s.listSuppressions(a, { limit: 100 });
    expect(list.map((x) => x.reason).sort()).toEqual(['manual', 'opt_out']);
    expect(JSON.stringify(list)).not.toContain(manual.slice(-6));
    const page = await s.listSuppressions(a, { limit: 1 });
    const rest = await s.listSuppressions(a, { limit: 10, after: `${page[0]!.hash}:` });
    expect(rest.map((x) => x.hash)).not.toContain(page[0]!.hash);
    expect(await s.liftSuppression(a, optOut, undefined, 'test')).toBe('protected');
    expect(await s.liftSuppression(b, manual, undefined, 'test')).toBe('not_found');
    expect(await s.liftSuppression(a, manual, undefined, 'test')).toBe('lifted');
    expect(await s.isSuppressed(a, manual)).toBe(false);
    expect(await s.isSuppressed(a, optOut)).toBe(true);
  });
};
