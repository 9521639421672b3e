// The one Store contract suite. Every adapter runs it against a real database
// (store-sqlite.test.ts, store-postgres.test.ts); no mocks of the database.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/app/ports/logger.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { TactError } from '../../src/core/errors.js';
import { accountId, tenantId, type TenantId } from '../../src/core/model/ids.js';
import { auditCases } from './store-audit.cases.js';
import { capturingLogger, freshPhone, sampleRecord, type StoreTarget } from './store-fixture.js';
import { privacyCases } from './store-privacy.cases.js';

export interface ContractContext {
  readonly target: () => StoreTarget;
  readonly handle: () => StoreHandle;
  readonly masterKey: Buffer;
  readonly newTenant: () => Promise<TenantId>;
  readonly logs: () => string;
  readonly logger: Logger;
}

export const storeContract = (setup: () => Promise<StoreTarget>): void => {
  let target: StoreTarget;
  let handle: StoreHandle;
  const masterKey = randomBytes(32);
  const cipher = createNodeCipher(masterKey);
  const captured = capturingLogger();
  let tenants = 0;

  beforeAll(async () => {
    target = await setup();
    handle = await target.open({ cipher, logger: captured.logger });
  });
  afterAll(async () => {
    await handle?.close();
    await target?.cleanup();
  });

  const ctx: ContractContext = {
    target: () => target,
    handle: () => handle,
    masterKey,
    logs: captured.output,
    logger: captured.logger,
    newTenant: async () => {
      tenants += 1;
      const id = tenantId(`t${tenants}-${randomBytes(3).toString('hex')}`);
      await handle.store.createTenant(
        id,
        { name: `Lender ${tenants}`, pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' },
        'test:setup',
      );
      return id;
    },
  };

  describe('migrations', () => {
    it('an empty database is reported as not migrated, with the code and the hint', async () => {
      const e = await handle.assertMigrated().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TactError);
      expect((e as TactError).code).toBe('TACT_ERR_STORE_NOT_MIGRATED');
      expect((e as TactError).message).toContain('tact migrate');
    });

    it('migrate applies every migration once, and again applies nothing', async () => {
      const first = await handle.migrate();
      expect(first[0]).toBe('0001-tenants-and-audit');
      expect(await handle.migrate()).toEqual([]);
      await expect(handle.assertMigrated()).resolves.toBeUndefined();
      const recorded = await target.raw.all('select name from schema_migrations order by name');
      expect(recorded.map((r) => r['name'])).toEqual(first);
    });

    it('every table carries tenant_id (schema_migrations aside)', async () => {
      const cols = await target.raw.textColumns();
      const tables = new Set(cols.map((c) => c.table));
      tables.delete('schema_migrations');
      for (const t of tables) expect(cols.some((c) => c.table === t && c.column === 'tenant_id'), t).toBe(true);
      expect(tables.size).toBeGreaterThanOrEqual(16);
    });
  });

  describe('tenants and import', () => {
    it('creates a tenant once; a second create is refused', async () => {
      const t = await ctx.newTenant();
      expect((await handle.store.getTenant(t))?.pack).toBe('cn');
      const again = handle.store.createTenant(t, { name: 'x', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'en' }, 'test');
      await expect(again).rejects.toMatchObject({ code: 'TACT_ERR_STORE_TENANT_EXISTS' });
      expect(await handle.store.listTenantIds()).toContain(t);
    });

    it('imports, then re-importing the same records changes nothing and writes no audit event', async () => {
      const t = await ctx.newTenant();
      const recs = [sampleRecord('A-1'), sampleRecord('A-2'), sampleRecord('A-3')];
      expect(await handle.store.upsertImportBatch(t, recs, 'test:import')).toEqual({ created: 3, updated: 0, unchanged: 0, suppressed: [] });
      const head = await handle.store.auditHead(t);
      expect(await handle.store.upsertImportBatch(t, recs, 'test:import')).toEqual({ created: 0, updated: 0, unchanged: 3, suppressed: [] });
      expect(await handle.store.auditHead(t)).toEqual(head);
      const page = await handle.store.listAccounts(t, { limit: 2 });
      const rest = await handle.store.listAccounts(t, { limit: 10, after: page[1]?.id ?? accountId('') });
      expect([...page, ...rest].map((a) => a.externalId).sort()).toEqual(['A-1', 'A-2', 'A-3']);
      const a1 = await handle.store.getAccountByExternalId(t, 'A-1');
      expect(a1).toMatchObject({ balanceMinor: 640_000, currency: 'CNY', status: 'overdue', daysPastDue: 12 });
      const people = await handle.store.listAccountPeople(t, a1?.id ?? accountId(''));
      expect(people.map((p) => [p.role, p.confirmation, p.name])).toEqual([
        ['borrower', 'not_required', '测试借款人'],
        ['emergency_contact', 'unconfirmed', '测试联系人'],
      ]);
    });

    it('a number already known from an earlier batch links a new account to the same person', async () => {
      const t = await ctx.newTenant();
      const shared = freshPhone();
      await handle.store.upsertImportBatch(t, [sampleRecord('S-1', { borrowerPhone: shared })], 'test:import');
      // A batch of only new accounts; one reuses the number as a contact, one as borrower.
      const second = [sampleRecord('S-2', { contactPhone: shared }), sampleRecord('S-3', { borrowerPhone: shared })];
      expect(await handle.store.upsertImportBatch(t, second, 'test:import')).toMatchObject({ created: 2, updated: 0 });
      const person = await handle.store.findPersonByPhone(t, shared);
      expect(person).toBeDefined();
      const linked = [];
      for (const [ext, position] of [['S-1', 0], ['S-2', 1], ['S-3', 0]] as const) {
        const a = await handle.store.getAccountByExternalId(t, ext);
        linked.push((await handle.store.listAccountPeople(t, a?.id ?? accountId(''))).find((p) => p.position === position));
      }
      expect(linked.map((p) => [p?.role, p?.personId])).toEqual([
        ['borrower', person?.id],
        ['emergency_contact', person?.id],
        ['borrower', person?.id],
      ]);
    });

    it('a changed record updates the account and records which fields changed, without personal values', async () => {
      const t = await ctx.newTenant();
      const rec = sampleRecord('B-1');
      await handle.store.upsertImportBatch(t, [rec], 'test:import');
      const changed = { ...rec, balanceMinor: 1234, status: 'settled' as const, borrower: { ...rec.borrower, name: '改名' } };
      expect(await handle.store.upsertImportBatch(t, [changed], 'test:import')).toMatchObject({ created: 0, updated: 1 });
      const acct = await handle.store.getAccountByExternalId(t, 'B-1');
      expect(acct).toMatchObject({ balanceMinor: 1234, status: 'settled' });
      const events = [];
      for await (const e of handle.store.iterateAudit(t)) events.push(e);
      const upd = events.find((e) => e.type === 'account.updated');
      expect(upd?.subject).toBe(`account:${acct?.id}`);
      expect(upd?.data).toEqual({
        changes: [{ field: 'balanceMinor' }, { field: 'status', from: 'overdue', to: 'settled' }, { field: 'borrower.name' }],
      });
      expect(JSON.stringify(events)).not.toContain('改名');
      expect(JSON.stringify(events)).not.toContain('1234');
    });

    it('keeps a contact\'s confirmation and the account\'s dispute and cease state when re-imported with changes', async () => {
      const t = await ctx.newTenant();
      const rec = sampleRecord('C-1');
      await handle.store.upsertImportBatch(t, [rec], 'test:import');
      const acct = await handle.store.getAccountByExternalId(t, 'C-1');
      const target0 = ctx.target();
      await target0.raw.run(
        `update account_people set confirmation = 'confirmed', confirmation_at = 5 where tenant_id = '${t}' and account_id = '${acct?.id}' and position = 1`,
      );
      await target0.raw.run(`update accounts set disputed_at = 7, cease_received_at = 8 where tenant_id = '${t}' and account_id = '${acct?.id}'`);
      await handle.store.upsertImportBatch(t, [{ ...rec, daysPastDue: 13 }], 'test:import');
      const people = await handle.store.listAccountPeople(t, acct?.id ?? accountId(''));
      expect(people[1]).toMatchObject({ confirmation: 'confirmed', confirmationAt: 5 });
      const state = await target0.raw.all(`select disputed_at, cease_received_at, days_past_due from accounts where tenant_id = '${t}'`);
      expect(state.map((r) => [Number(r['disputed_at']), Number(r['cease_received_at']), Number(r['days_past_due'])])).toEqual([[7, 8, 13]]);
    });

    it('a suppressed number is stored suppressed, reported, and stays suppressed on every re-import', async () => {
      const t = await ctx.newTenant();
      const blocked = freshPhone();
      await handle.store.addSuppression(t, { phoneE164: blocked, reason: 'refused' }, 'test');
      const rec = { ...sampleRecord('D-1', { contactPhone: blocked }), line: 7 };
      const first = await handle.store.upsertImportBatch(t, [rec], 'test:import');
      expect(first.suppressed).toEqual([{ line: 7, role: 'emergency_contact' }]);
      expect((await handle.store.findPersonByPhone(t, blocked))?.suppressedAt).toBeTypeOf('number');
      const again = await handle.store.upsertImportBatch(t, [{ ...rec, daysPastDue: 20 }], 'test:import');
      expect(again).toMatchObject({ updated: 1, suppressed: [{ line: 7, role: 'emergency_contact' }] });
      expect((await handle.store.findPersonByPhone(t, blocked))?.suppressedAt).toBeTypeOf('number');
      expect(await handle.store.isSuppressed(t, blocked)).toBe(true);
    });

    it('a batch is one transaction: a failure writes nothing', async () => {
      const t = await ctx.newTenant();
      const bad = [sampleRecord('E-1'), sampleRecord('E-1')];
      await expect(handle.store.upsertImportBatch(t, bad, 'test:import')).rejects.toThrow();
      const store = handle.store;
      await expect(
        store.transaction(async (tx) => {
          await tx.upsertImportBatch(t, [sampleRecord('E-2')], 'test:import');
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await store.listAccounts(t, { limit: 10 })).toEqual([]);
      await expect(store.upsertImportBatch(tenantId('no-such-tenant'), [sampleRecord('E-3')], 'x')).rejects.toMatchObject({
        code: 'TACT_ERR_STORE_UNKNOWN_TENANT',
      });
    });
  });

  privacyCases(ctx);
  auditCases(ctx, cipher);
};
