// Users, sessions, sign-in attempts and the dashboard aggregates on a real database
// (runners: console-store-sqlite.test.ts, console-store-postgres.test.ts).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { loadDashboard } from '../../src/app/dashboard/load-dashboard.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { personId, tenantId, type PersonId, type TenantId } from '../../src/core/model/ids.js';
import { capturingLogger, sampleRecord, type StoreTarget } from './store-fixture.js';

export const consoleStoreContract = (setup: () => Promise<StoreTarget>): void => {
  let target: StoreTarget;
  let handle: StoreHandle;
  let now = Date.parse('2026-12-07T04:00:00Z'); // 12:00 in Asia/Shanghai
  let count = 0;
  const newTenant = async (): Promise<TenantId> => {
    count += 1;
    const id = tenantId(`con${count}-${randomBytes(3).toString('hex')}`);
    await handle.store.createTenant(id, { name: `Lender ${count}`, pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test:setup');
    return id;
  };
  const auditTypes = async (t: TenantId): Promise<string[]> => {
    const out: string[] = [];
    for await (const e of handle.store.iterateAudit(t)) out.push(e.type);
    return out;
  };

  beforeAll(async () => {
    target = await setup();
    handle = await target.open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger, now: () => now });
    await handle.migrate();
  });
  afterAll(async () => {
    await handle.close();
    await target.cleanup();
  });

  describe('users', () => {
    it('creates, finds, lists, changes role, disables; one login per tenant; audited', async () => {
      const t = await newTenant();
      const u = await handle.store.createUser(t, { login: 'alice', role: 'agent', passwordHash: '$argon2id$fake', name: '王小明', email: 'a@example.test' }, 'test');
      if (u === 'taken') throw new Error('taken');
      expect(u).toMatchObject({ login: 'alice', role: 'agent', name: '王小明', email: 'a@example.test' });
      expect(await handle.store.createUser(t, { login: 'alice', role: 'admin', passwordHash: 'x' }, 'test')).toBe('taken');
      const other = await newTenant();
      expect(await handle.store.createUser(other, { login: 'alice', role: 'admin', passwordHash: 'x' }, 'test')).not.toBe('taken');
      expect((await handle.store.findUserByLogin(t, 'alice'))?.passwordHash).toBe('$argon2id$fake');
      expect(await handle.store.findUserByLogin(t, 'nobody')).toBeUndefined();
      expect(await handle.store.setUserRole(t, u.id, 'compliance', 'test')).toBe(true);
      expect(await handle.store.setUserRole(t, 'missing', 'compliance', 'test')).toBe(false);
      expect((await handle.store.listUsers(t)).map((x) => [x.login, x.role])).toEqual([['alice', 'compliance']]);
      expect(await handle.store.getUser(other, u.id)).toBeUndefined();
      expect(await handle.store.disableUser(t, u.id, 'test')).toBe(true);
      expect((await handle.store.getUser(t, u.id))?.disabledAt).toBe(now);
      expect((await auditTypes(t)).filter((x) => x.startsWith('user.'))).toEqual(['user.created', 'user.role_set', 'user.disabled']);
    });

    it('keeps names and e-mails sealed in the database', async () => {
      const t = await newTenant();
      await handle.store.createUser(t, { login: 'sealed', role: 'agent', passwordHash: 'h', name: '保密姓名', email: 'secret@example.test' }, 'test');
      const rows = await target.raw.all(`select name_enc, email_enc from users where tenant_id = '${t}'`).catch(() => undefined);
      if (rows === undefined) return; // runner without raw SQL
      expect(JSON.stringify(rows)).not.toContain('保密姓名');
      expect(JSON.stringify(rows)).not.toContain('secret@example.test');
    });
  });

  describe('sessions and sign-in attempts', () => {
    it('finds a session with its user, touches and deletes it; disabling or a new password ends it', async () => {
      const t = await newTenant();
      const u = await handle.store.createUser(t, { login: 'bob', role: 'admin', passwordHash: 'h' }, 'test');
      if (u === 'taken') throw new Error('taken');
      const s = { sessionHash: 'a'.repeat(64), userId: u.id, csrfToken: 'csrf', createdAt: now, expiresAt: now + 1000 };
      await handle.store.createSession(t, s, `user:${u.id}`);
      expect(await handle.store.findSession(t, s.sessionHash)).toMatchObject({ ...s, lastSeenAt: now, login: 'bob', role: 'admin' });
      expect(await handle.store.findSession(await newTenant(), s.sessionHash)).toBeUndefined();
      await handle.store.touchSession(t, s.sessionHash, now + 500);
      expect((await handle.store.findSession(t, s.sessionHash))?.lastSeenAt).toBe(now + 500);
      await handle.store.setUserPassword(t, u.id, 'h2', 'test');
      expect(await handle.store.findSession(t, s.sessionHash)).toBeUndefined();
      await handle.store.createSession(t, { ...s, sessionHash: 'b'.repeat(64) }, 'test');
      await handle.store.deleteSession(t, 'b'.repeat(64), 'test');
      expect(await handle.store.findSession(t, 'b'.repeat(64))).toBeUndefined();
      await handle.store.createSession(t, { ...s, sessionHash: 'c'.repeat(64) }, 'test');
      await handle.store.disableUser(t, u.id, 'test');
      expect(await handle.store.findSession(t, 'c'.repeat(64))).toBeUndefined();
      const types = await auditTypes(t);
      expect(types.filter((x) => x === 'session.created')).toHaveLength(3);
      expect(types).toContain('session.ended');
      expect(types).toContain('user.password_set');
    });

    it('records, overwrites and clears failed attempts per (tenant, login)', async () => {
      const t = await newTenant();
      expect(await handle.store.signInAttempts(t, 'x')).toBeUndefined();
      await handle.store.recordSignInFailure(t, 'x', { failures: 1, lastFailedAt: now });
      await handle.store.recordSignInFailure(t, 'x', { failures: 5, lastFailedAt: now + 1, lockedUntil: now + 60_001 });
      expect(await handle.store.signInAttempts(t, 'x')).toEqual({ failures: 5, lastFailedAt: now + 1, lockedUntil: now + 60_001 });
      await handle.store.clearSignInAttempts(t, 'x');
      expect(await handle.store.signInAttempts(t, 'x')).toBeUndefined();
    });
  });

  describe('dashboard aggregates', () => {
    it('counts seeded contacts, blocks, complaints and opt-outs exactly', async () => {
      const t = await newTenant();
      const records = Array.from({ length: 4 }, (_, i) => sampleRecord(`D-${i}`));
      await handle.store.upsertImportBatch(t, records, 'test');
      const accounts = await handle.store.listAccounts(t, { limit: 10 });
      const a0 = accounts[0]!.id;
      const people = await handle.store.listAccountPeople(t, a0);
      const borrower = people.find((p) => p.role === 'borrower')!.personId;
      const c1 = people.find((p) => p.role !== 'borrower')!.personId;
      const c2 = (await handle.store.listAccountPeople(t, accounts[1]!.id)).find((p) => p.role !== 'borrower')!.personId;
      const ev = (at: string, p: PersonId, party: 'borrower' | 'third_party', channel: 'sms' | 'call', direction: 'outbound' | 'inbound' = 'outbound') =>
        handle.store.appendContactEvent(t, { at: Date.parse(at), channel, direction, personId: p, party, accountIds: [a0], result: channel === 'sms' ? 'sent' : 'answered' });
      await ev('2026-12-06T01:00:00Z', borrower, 'borrower', 'sms');
      await ev('2026-12-06T02:00:00Z', borrower, 'borrower', 'sms');
      await ev('2026-12-06T16:30:00Z', borrower, 'borrower', 'call'); // 00:30 on 12-07 local
      for (const h of ['01', '02', '03']) await ev(`2026-12-05T${h}:00:00Z`, c1, 'third_party', 'sms');
      await ev('2026-12-05T04:00:00Z', c2, 'third_party', 'call');
      await ev('2026-12-06T03:00:00Z', borrower, 'borrower', 'sms', 'inbound'); // a reply: not outbound
      await ev('2026-11-20T03:00:00Z', borrower, 'borrower', 'sms'); // before the window

      const blocked = (reasons: string[]) => ({
        accountIds: [a0], personId: personId(borrower), party: 'borrower' as const, channel: 'sms' as const, purpose: 'collection',
        to: '+8613700000000', body: 'x', state: 'blocked' as const, scheduledAt: now,
        decision: { allowed: false, violations: reasons.map((r) => ({ rule: r.toLowerCase(), reason: r, level: 'statutory', message: '', citation: '' })), earliestAllowedAt: null },
        verificationCode: randomBytes(4).toString('hex').toUpperCase(),
      });
      await handle.store.insertMessages(t, [blocked(['POLICY_QUIET_HOURS']), blocked(['POLICY_QUIET_HOURS']), blocked(['POLICY_QUIET_HOURS', 'POLICY_DAILY_CAP'])], 'test');
      await handle.store.addSuppression(t, { phoneE164: '+8613711112222', reason: 'opt_out' }, 'test');
      await handle.store.addSuppression(t, { phoneE164: '+8613711113333', reason: 'wrong_number' }, 'test');
      await target.raw.run(
        `insert into complaints (tenant_id, complaint_id, account_id, person_id, person_hash, channel, category, details_enc, status, received_at, resolved_at, created_at, updated_at)
         values ('${t}', 'c1', '${a0}', null, null, 'phone', 'harassment', null, 'open', ${now - 86_400_000}, null, ${now}, ${now})`,
      );

      const d = await loadDashboard(handle.store, t, 'Asia/Shanghai', now, 7);
      expect(d.perDay).toEqual([
        { day: '2026-12-05', audience: 'third_party', channel: 'call', count: 1 },
        { day: '2026-12-05', audience: 'third_party', channel: 'sms', count: 3 },
        { day: '2026-12-06', audience: 'borrower', channel: 'sms', count: 2 },
        { day: '2026-12-07', audience: 'borrower', channel: 'call', count: 1 },
      ]);
      expect(d.blockedByReason).toEqual([{ reason: 'POLICY_QUIET_HOURS', count: 3 }, { reason: 'POLICY_DAILY_CAP', count: 1 }]);
      expect({ complaints: d.complaints, optOuts: d.optOuts, accounts: d.accounts }).toEqual({ complaints: 1, optOuts: 1, accounts: 4 });
      expect(d.complaintsPerThousand).toBe(250);
      expect(d.optOutsPerThousand).toBe(250);
      expect(d.thirdParty).toEqual({ people: 2, max: 3, distribution: [{ contacts: 1, people: 1 }, { contacts: 3, people: 1 }] });
      // Another tenant sees none of it.
      const empty = await loadDashboard(handle.store, await newTenant(), 'Asia/Shanghai', now, 7);
      expect(empty.perDay).toEqual([]);
      expect(empty.thirdParty.max).toBe(0);
    });
  });
};
