// The portal's store methods against a real database (runners: portal-store-sqlite.test.ts,
// portal-store-postgres.test.ts): cross-tenant code lookup and borrower tenants, one-time
// codes (hash only, throttle, attempts, expiry, newest wins), sessions, settings, plans,
// account states, payments history and designated inconvenient times (with audit).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cipher } from '../../src/app/ports/cipher.js';
import type { Logger } from '../../src/app/ports/logger.js';
import type { Store, StoreHandle } from '../../src/app/ports/store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId, type AccountId, type PersonId, type TenantId } from '../../src/core/model/ids.js';
import { testClock } from '../support/test-clock.js';
import { capturingLogger, freshPhone, sampleRecord, type RawSql } from './store-fixture.js';

export interface PortalTarget {
  readonly open: (o: { readonly cipher: Cipher; readonly logger: Logger; readonly now: () => number }) => Promise<StoreHandle>;
  readonly raw: RawSql;
  readonly cleanup: () => Promise<void>;
}

export const portalContract = (setup: () => Promise<PortalTarget>): void => {
  let target: PortalTarget;
  let handle: StoreHandle;
  let store: Store;
  const clock = testClock('2026-03-02T03:00:00Z');
  let n = 0;

  // Counts decryptions, to see when the code lookup opens a number and when it reuses one.
  const inner = createNodeCipher(randomBytes(32));
  let decrypted = 0;
  const cipher: Cipher = { ...inner, decrypt: (sealed, context) => { decrypted += 1; return inner.decrypt(sealed, context); } };

  beforeAll(async () => {
    target = await setup();
    handle = await target.open({ cipher, logger: capturingLogger().logger, now: clock.now });
    await handle.migrate();
    store = handle.store;
  });
  afterAll(async () => {
    await handle?.close();
    await target?.cleanup();
  });

  const seed = async (borrowerPhone = freshPhone()): Promise<{ tenant: TenantId; account: AccountId; borrower: PersonId; borrowerPhone: string }> => {
    n += 1;
    const tenant = tenantId(`tp${n}-${randomBytes(3).toString('hex')}`);
    await store.createTenant(tenant, { name: 'L', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    await store.upsertImportBatch(tenant, [sampleRecord(`P-${n}`, { borrowerPhone, contactPhone: freshPhone() })], 'test');
    const account = (await store.getAccountByExternalId(tenant, `P-${n}`))!.id;
    const borrower = (await store.listAccountPeople(tenant, account)).find((p) => p.role === 'borrower')!.personId;
    return { tenant, account, borrower, borrowerPhone };
  };
  const auditTypes = async (tenant: TenantId): Promise<string[]> => {
    const out: string[] = [];
    for await (const e of store.iterateAudit(tenant)) out.push(e.type);
    return out;
  };

  it('finds a code in any tenant, with its number, and reports a code two tenants share as two rows', async () => {
    const a = await seed();
    const b = await seed();
    const code = `C${randomBytes(4).toString('hex').toUpperCase().slice(0, 7)}`;
    const msg = (s: typeof a, c: string) => ({
      accountIds: [s.account], personId: s.borrower, party: 'borrower' as const, channel: 'sms' as const, purpose: 'collection',
      to: s.borrowerPhone, body: 'x', state: 'sent' as const, decision: {}, scheduledAt: clock.now(), verificationCode: c,
    });
    await store.insertMessages(a.tenant, [msg(a, code)], 'test');
    const found = await store.findMessagesByCode(code, 2);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ tenant: a.tenant, to: a.borrowerPhone, party: 'borrower', state: 'sent', scheduledAt: clock.now() });
    await store.insertMessages(b.tenant, [msg(b, code)], 'test');
    expect(await store.findMessagesByCode(code, 2)).toHaveLength(2);
    expect(await store.findMessagesByCode('NOSUCHCD', 2)).toHaveLength(0);
  });

  it('reuses an opened number until an opt-out or an erasure in this process, and never shows an erased one', async () => {
    const a = await seed();
    const code = `E${randomBytes(4).toString('hex').toUpperCase().slice(0, 7)}`;
    await store.insertMessages(a.tenant, [{
      accountIds: [a.account], personId: a.borrower, party: 'borrower', channel: 'sms', purpose: 'collection',
      to: a.borrowerPhone, body: 'x', state: 'sent', decision: {}, scheduledAt: clock.now(), verificationCode: code,
    }], 'test');
    const opened = async (): Promise<{ to: string | undefined; decryptions: number }> => {
      const before = decrypted;
      const [m] = await store.findMessagesByCode(code, 2);
      return { to: m?.to, decryptions: decrypted - before };
    };
    expect(await opened()).toEqual({ to: a.borrowerPhone, decryptions: 1 });
    expect(await opened()).toEqual({ to: a.borrowerPhone, decryptions: 0 });
    await store.addSuppression(a.tenant, { phoneE164: a.borrowerPhone, reason: 'opt_out' }, 'test');
    expect(await opened()).toEqual({ to: a.borrowerPhone, decryptions: 1 });
    expect((await store.erasePerson(a.tenant, a.borrower, 'test')).ok).toBe(true);
    expect(await opened()).toEqual({ to: undefined, decryptions: 0 });
  });

  it('returns a shared code newest first, cut to the limit', async () => {
    const seeds = [await seed(), await seed(), await seed()];
    const code = `D${randomBytes(4).toString('hex').toUpperCase().slice(0, 7)}`;
    const ages = [2000, 0, 1000];
    for (const [i, s] of seeds.entries()) {
      await store.insertMessages(s.tenant, [{
        accountIds: [s.account], personId: s.borrower, party: 'borrower', channel: 'sms', purpose: 'collection',
        to: s.borrowerPhone, body: 'x', state: 'sent', decision: {}, scheduledAt: clock.now() - ages[i]!, verificationCode: code,
      }], 'test');
    }
    expect((await store.findMessagesByCode(code, 2)).map((m) => m.tenant)).toEqual([seeds[1]!.tenant, seeds[2]!.tenant]);
    expect((await store.findMessagesByCode(code, 1)).map((m) => m.scheduledAt)).toEqual([clock.now()]);
    expect(await store.findMessagesByCode(code, 5)).toHaveLength(3);
  });

  it('lists the tenants where a number is a borrower', async () => {
    const phone = freshPhone();
    const a = await seed(phone);
    const b = await seed(phone);
    expect(await store.borrowerTenants(phone)).toEqual([a.tenant, b.tenant].sort());
    expect(await store.borrowerTenants(freshPhone())).toEqual([]);
  });

  it('keeps one-time codes hashed, throttles resends, counts attempts, expires, and lets only the newest work', async () => {
    const phone = freshPhone();
    const base = { purpose: 'sign_in' as const, phoneE164: phone, scope: '', ttlMs: 300_000, resendAfterMs: 60_000 };
    expect(await store.issueOtp({ ...base, code: '123456', now: clock.now() })).toBe('issued');
    expect(await store.issueOtp({ ...base, code: '654321', now: clock.now() + 59_000 })).toBe('throttled');
    const rows = await target.raw.all('select * from portal_otps');
    expect(JSON.stringify(rows)).not.toContain('123456');
    expect(JSON.stringify(rows)).not.toContain(phone.slice(1));
    const check = { purpose: 'sign_in' as const, phoneE164: phone, scope: '', maxAttempts: 3 };
    expect(await store.checkOtp({ ...check, code: '000000', now: clock.now() })).toBe('wrong');
    expect(await store.checkOtp({ ...check, scope: 'other', code: '123456', now: clock.now() })).toBe('none');
    expect(await store.checkOtp({ ...check, code: '123456', now: clock.now() })).toBe('ok');
    expect(await store.checkOtp({ ...check, code: '123456', now: clock.now() })).toBe('none');
    // Newest wins; an older code stops working.
    expect(await store.issueOtp({ ...base, code: '111111', now: clock.now() + 61_000 })).toBe('issued');
    expect(await store.issueOtp({ ...base, code: '222222', now: clock.now() + 122_000 })).toBe('issued');
    expect(await store.checkOtp({ ...check, code: '111111', now: clock.now() + 123_000 })).toBe('wrong');
    expect(await store.checkOtp({ ...check, code: '000000', now: clock.now() + 123_000 })).toBe('wrong');
    expect(await store.checkOtp({ ...check, code: '000000', now: clock.now() + 123_000 })).toBe('locked');
    expect(await store.checkOtp({ ...check, code: '222222', now: clock.now() + 123_000 })).toBe('locked');
    expect(await store.issueOtp({ ...base, code: '333333', now: clock.now() + 200_000 })).toBe('issued');
    expect(await store.checkOtp({ ...check, code: '333333', now: clock.now() + 200_000 + 300_000 })).toBe('expired');
  });

  it('keeps sessions by token hash with the number sealed, until expiry or sign-out', async () => {
    const phone = freshPhone();
    const hash = randomBytes(32).toString('hex');
    await store.createPortalSession(hash, phone, clock.now(), clock.now() + 1000);
    expect(await store.getPortalSession(hash, clock.now())).toEqual({ phoneE164: phone, expiresAt: clock.now() + 1000 });
    expect(JSON.stringify(await target.raw.all('select * from portal_sessions'))).not.toContain(phone.slice(1));
    expect(await store.getPortalSession(hash, clock.now() + 1000)).toBeUndefined();
    const other = randomBytes(32).toString('hex');
    await store.createPortalSession(other, phone, clock.now(), clock.now() + 1000);
    await store.endPortalSession(other, clock.now());
    expect(await store.getPortalSession(other, clock.now())).toBeUndefined();
  });

  it('saves settings, plans, plan and dispute states, with audit events', async () => {
    const s = await seed();
    expect(await store.getPortalSettings(s.tenant)).toBeUndefined();
    const settings = { planRules: { maxInstalments: 4, minFirstPaymentPct: 15, maxTermDays: 120 }, repayment: { links: [{ label: 'Pay', url: 'https://pay.example.com' }], linkDomains: ['example.com'] } };
    await store.setPortalSettings(s.tenant, settings, 'test');
    await store.setPortalSettings(s.tenant, settings, 'test');
    expect(await store.getPortalSettings(s.tenant)).toEqual(settings);
    const plan = await store.insertPlan(s.tenant, s.account, { totalMinor: 9000, instalments: 3, firstPaymentMinor: 3000, termDays: 60, status: 'accepted', currency: 'CNY' }, 'test');
    expect(await store.listPlans(s.tenant, s.account)).toEqual([plan]);
    await store.setAccountOnPlan(s.tenant, s.account, 'test');
    const [acc] = await store.getPlanAccounts(s.tenant, [s.account]);
    expect(acc!.status).toBe('paused');
    expect(acc!.flags).toContain('repayment_plan');
    expect(await store.markDisputed(s.tenant, s.account, clock.now(), 'test')).toBe(true);
    expect(await store.markDisputed(s.tenant, s.account, clock.now() + 5, 'test')).toBe(false);
    expect((await store.getPlanAccounts(s.tenant, [s.account]))[0]!.disputedAt).toBe(clock.now());
    const types = await auditTypes(s.tenant);
    for (const t of ['portal.settings_saved', 'plan.accepted', 'account.on_plan', 'account.disputed']) expect(types).toContain(t);
    expect(types.filter((t) => t === 'account.disputed')).toHaveLength(1);
  });

  it('lists an account’s payments and keeps designated inconvenient times per person', async () => {
    const s = await seed();
    await store.transaction(async (tx) => {
      await tx.insertPayment(s.tenant, { externalId: `pay-${n}`, accountId: s.account, amountMinor: 500, currency: 'CNY', paidAt: clock.now(), source: 'test' }, 'test');
    });
    expect((await store.listAccountPayments(s.tenant, s.account)).map((p) => p.amountMinor)).toEqual([500]);
    const times = [{ days: ['mon' as const], from: '09:00', to: '12:00', channel: 'sms' as const }];
    await store.setInconvenientTimes(s.tenant, s.borrower, times, 'test');
    expect((await store.getInconvenientTimes(s.tenant, [s.borrower])).get(s.borrower)).toEqual(times);
    await store.setInconvenientTimes(s.tenant, s.borrower, [], 'test');
    expect((await store.getInconvenientTimes(s.tenant, [s.borrower])).size).toBe(0);
    expect((await auditTypes(s.tenant)).filter((t) => t === 'person.inconvenient_set')).toHaveLength(2);
  });
};
