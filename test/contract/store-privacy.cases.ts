// Tenant isolation, encryption at rest, blind-index lookup, access, erasure and logs.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { accountId, messageId, personId, type AccountId, type PersonId, type TenantId } from '../../src/core/model/ids.js';
import type { ContractContext } from './store.contract.js';
import { capturingLogger, findInDatabase, freshPhone, sampleRecord } from './store-fixture.js';

const seedLedger = async (ctx: ContractContext, t: TenantId, person: PersonId, account: AccountId, to: string) => {
  const store = ctx.handle().store;
  const [msg] = await store.insertMessages(
    t,
    [
      {
        accountIds: [account],
        personId: person,
        party: 'third_party',
        channel: 'sms',
        purpose: 'consent_request',
        to,
        body: '【测试】您好，测试借款人将您列为紧急联系人，回Y确认，回N拒绝。验证码 7K3M9QXA 回T退订',
        state: 'sent',
        decision: { allowed: true, violations: [], earliestAllowedAt: null },
        scheduledAt: 1_790_000_000_000,
        verificationCode: `C${randomBytes(5).toString('hex')}`,
      },
    ],
    'test:planner',
  );
  const out = await store.appendContactEvent(t, {
    at: 1_790_000_000_000,
    channel: 'sms',
    direction: 'outbound',
    personId: person,
    party: 'third_party',
    accountIds: [account],
    result: 'sent',
    to,
    messageId: msg?.id ?? messageId(''),
  });
  const reply = await store.appendContactEvent(t, {
    at: 1_790_000_060_000,
    channel: 'sms',
    direction: 'inbound',
    personId: person,
    party: 'third_party',
    accountIds: [account],
    result: 'delivered',
    to,
    body: `我不认识测试借款人 ${to}`,
  });
  return { msg, out, reply };
};

export const privacyCases = (ctx: ContractContext): void => {
  describe('personal data', () => {
    it('stores no name, number or e-mail address in clear, and finds people through the blind index', async () => {
      const t = await ctx.newTenant();
      const phone = freshPhone();
      await ctx.handle().store.upsertImportBatch(t, [sampleRecord('P-1', { borrowerName: '明文检查甲', borrowerPhone: phone })], 'test');
      expect(await findInDatabase(ctx.target().raw, [phone, phone.slice(1), '明文检查甲', 'borrower@example.test'])).toEqual([]);
      const found = await ctx.handle().store.findPersonByPhone(t, phone);
      expect(found?.phoneE164).toBe(phone);
      expect(await ctx.handle().store.getPerson(t, found?.id ?? personId(''))).toEqual(found);
      expect(await ctx.handle().store.findPersonByPhone(t, freshPhone())).toBeUndefined();
    });

    it('tenant B never sees tenant A\'s rows through any method', async () => {
      const a = await ctx.newTenant();
      const b = await ctx.newTenant();
      const store = ctx.handle().store;
      const phone = freshPhone();
      await store.upsertImportBatch(a, [sampleRecord('ISO-1', { borrowerPhone: phone })], 'test');
      const acct = await store.getAccountByExternalId(a, 'ISO-1');
      const person = await store.findPersonByPhone(a, phone);
      const { msg, out } = await seedLedger(ctx, a, person?.id ?? personId(''), acct?.id ?? accountId(''), phone);
      await store.addSuppression(a, { phoneE164: phone, reason: 'opt_out' }, 'test');

      expect(await store.getAccount(b, acct?.id ?? accountId(''))).toBeUndefined();
      expect(await store.getAccountByExternalId(b, 'ISO-1')).toBeUndefined();
      expect(await store.listAccounts(b, { limit: 1000 })).toEqual([]);
      expect(await store.listAccountPeople(b, acct?.id ?? accountId(''))).toEqual([]);
      expect(await store.getPerson(b, person?.id ?? personId(''))).toBeUndefined();
      expect(await store.findPersonByPhone(b, phone)).toBeUndefined();
      expect(await store.getMessage(b, msg?.id ?? messageId(''))).toBeUndefined();
      expect(await store.listContactEvents(b, person?.id ?? personId(''))).toEqual([]);
      expect(await store.isSuppressed(b, phone)).toBe(false);
      expect(await store.accessByPhone(b, phone)).toBeUndefined();
      expect(await store.erasePerson(b, person?.id ?? personId(''), 'test')).toEqual({ ok: false, error: 'not_found' });
      const bTypes: string[] = [];
      for await (const e of store.iterateAudit(b)) bTypes.push(e.type);
      expect(bTypes).toEqual(['tenant.created']);
      // B importing the same external id and number gets its own rows.
      expect((await store.upsertImportBatch(b, [sampleRecord('ISO-1', { borrowerPhone: phone })], 'test')).created).toBe(1);
      expect((await store.getAccountByExternalId(b, 'ISO-1'))?.id).not.toBe(acct?.id);
      expect(await store.isSuppressed(b, phone)).toBe(false);
      expect((await store.getMessage(a, msg?.id ?? messageId('')))?.body).toContain('验证码');
      expect((await store.listContactEvents(a, person?.id ?? personId(''))).map((e) => e.id)).toContain(out.id);
    });

    it('a suppression for one account does not suppress the number for others', async () => {
      const t = await ctx.newTenant();
      const store = ctx.handle().store;
      const phone = freshPhone();
      await store.upsertImportBatch(t, [sampleRecord('S-1', { contactPhone: phone })], 'test');
      const acct = await store.getAccountByExternalId(t, 'S-1');
      await store.addSuppression(t, { phoneE164: phone, reason: 'wrong_number', accountId: acct?.id ?? accountId('') }, 'test');
      await store.addSuppression(t, { phoneE164: phone, reason: 'wrong_number', accountId: acct?.id ?? accountId('') }, 'test');
      expect(await store.isSuppressed(t, phone, acct?.id)).toBe(true);
      expect(await store.isSuppressed(t, phone)).toBe(false);
      expect(await store.isSuppressed(t, phone, accountId('other'))).toBe(false);
    });

    it('access: everything about one number as JSON', async () => {
      const t = await ctx.newTenant();
      const store = ctx.handle().store;
      const phone = freshPhone();
      await store.upsertImportBatch(t, [sampleRecord('X-1', { contactPhone: phone, contactName: '查询人' })], 'test');
      const acct = await store.getAccountByExternalId(t, 'X-1');
      const person = await store.findPersonByPhone(t, phone);
      await seedLedger(ctx, t, person?.id ?? personId(''), acct?.id ?? accountId(''), phone);
      const exported = await store.accessByPhone(t, phone);
      const json = JSON.parse(JSON.stringify(exported)) as typeof exported;
      expect(json?.person?.links).toEqual([
        expect.objectContaining({ accountExternalId: 'X-1', role: 'emergency_contact', name: '查询人', relationship: '同事' }),
      ]);
      expect(json?.person?.messages).toHaveLength(1);
      expect(json?.person?.messages[0]?.body).toContain('紧急联系人');
      expect(json?.person?.contactEvents.map((e) => e.direction)).toEqual(['outbound', 'inbound']);
      expect(JSON.stringify(json)).not.toContain('640000'); // a contact is not told the debt
      expect(await store.accessByPhone(t, freshPhone())).toBeUndefined();
    });

    it('erasure removes the person everywhere, keeps the ledger under the hash, and suppresses the number', async () => {
      const t = await ctx.newTenant();
      const store = ctx.handle().store;
      const raw = ctx.target().raw;
      const phone = freshPhone();
      const name = '将被删除者';
      const rec = sampleRecord('Z-1', { contactPhone: phone, contactName: name });
      await store.upsertImportBatch(t, [rec], 'test');
      const acct = await store.getAccountByExternalId(t, 'Z-1');
      const person = await store.findPersonByPhone(t, phone);
      const pid = person?.id ?? personId('');
      await seedLedger(ctx, t, pid, acct?.id ?? accountId(''), phone);
      const sealed = await raw.all(
        `select phone_enc as v from people where person_id = '${pid}'
         union all select name_enc from account_people where person_id = '${pid}'
         union all select to_enc from messages where person_id = '${pid}'
         union all select body_enc from messages where person_id = '${pid}'
         union all select to_enc from contact_events where person_id = '${pid}'
         union all select body_enc from contact_events where person_id = '${pid}' and body_enc is not null`,
      );
      const index = await raw.all(`select phone_index as v from people where person_id = '${pid}'`);
      const needles = [phone, phone.slice(1), name, ...[...sealed, ...index].map((r) => String(r['v']))];
      expect(needles.length).toBeGreaterThanOrEqual(8);
      expect((await findInDatabase(raw, needles)).length).toBeGreaterThan(0);

      const result = await store.erasePerson(t, pid, 'test:compliance');
      expect(result).toMatchObject({ ok: true, value: { contactEventsKept: 2, messagesKept: 1, linksDeleted: 1 } });
      expect(await findInDatabase(raw, needles)).toEqual([]);
      const hash = result.ok ? result.value.personHash : '';
      const kept = await raw.all(`select person_id, person_hash from contact_events where tenant_id = '${t}'`);
      expect(kept).toHaveLength(2);
      for (const r of kept) expect(r).toEqual({ person_id: null, person_hash: hash });
      expect(await store.findPersonByPhone(t, phone)).toBeUndefined();
      expect(await store.isSuppressed(t, phone)).toBe(true);
      expect((await store.accessByPhone(t, phone))?.erasedContactEvents).toHaveLength(2);
      // Re-importing the same file: the number comes back suppressed, never contactable.
      const again = await store.upsertImportBatch(t, [rec], 'test');
      expect(again.suppressed).toEqual([{ line: 2, role: 'emergency_contact' }]);
      expect((await store.findPersonByPhone(t, phone))?.suppressedAt).toBeTypeOf('number');
      expect(await store.erasePerson(t, pid, 'test')).toEqual({ ok: false, error: 'not_found' });
    });

    it('a different master key cannot read the data', async () => {
      const t = await ctx.newTenant();
      const phone = freshPhone();
      await ctx.handle().store.upsertImportBatch(t, [sampleRecord('K-1', { borrowerPhone: phone })], 'test');
      const acct = await ctx.handle().store.getAccountByExternalId(t, 'K-1');
      const other = await ctx.target().open({ cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger });
      try {
        await expect(other.store.listAccountPeople(t, acct?.id ?? accountId(''))).rejects.toMatchObject({
          code: 'TACT_ERR_STORE_DECRYPT_FAILED',
        });
        expect(await other.store.findPersonByPhone(t, phone)).toBeUndefined();
      } finally {
        await other.close();
      }
    });

    it('logs carry no seeded number or name', async () => {
      const t = await ctx.newTenant();
      const phone = freshPhone();
      const store = ctx.handle().store;
      await store.upsertImportBatch(t, [sampleRecord('L-1', { borrowerPhone: phone, borrowerName: '日志检查乙' })], 'test');
      const person = await store.findPersonByPhone(t, phone);
      await store.erasePerson(t, person?.id ?? personId(''), 'test');
      // A careless caller: personal data under usual keys, an odd key and in the message.
      ctx.logger.warn({ to: phone, person: { name: '日志检查乙', phoneE164: phone }, note: `dialled ${phone}` }, `sending to ${phone}`);
      ctx.logger.child({ e164: phone }).error({ err: new Error(`bad number ${phone}`) }, 'send failed');
      const logs = ctx.logs();
      expect(logs).toContain('import batch written');
      expect(logs).toContain('person erased');
      expect(logs).toContain('send failed');
      for (const needle of [phone, phone.slice(1), phone.slice(3), '日志检查乙', '测试联系人', 'borrower@example.test']) {
        expect(logs).not.toContain(needle);
      }
    });
  });
};
