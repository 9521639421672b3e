// Inbound replies, receipts and payments against a real database (SQLite and
// PostgreSQL runners: inbound-store-sqlite.test.ts, inbound-store-postgres.test.ts).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveInbound, type InboundDeps } from '../../src/app/inbound/receive-inbound.js';
import { applyPendingReceipts } from '../../src/app/inbound/apply-pending-receipts.js';
import { recordPayment, recordPayments } from '../../src/app/payments/record-payment.js';
import type { Cipher } from '../../src/app/ports/cipher.js';
import type { Logger } from '../../src/app/ports/logger.js';
import type { Store, StoreHandle } from '../../src/app/ports/store.js';
import type { MessageState } from '../../src/app/ports/store-records.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { tenantId, type AccountId, type PersonId, type TenantId } from '../../src/core/model/ids.js';
import { testClock } from '../support/test-clock.js';
import { capturingLogger, freshPhone, sampleRecord, type RawSql } from './store-fixture.js';

export interface InboundTarget {
  readonly open: (o: { readonly cipher: Cipher; readonly logger: Logger; readonly now: () => number }) => Promise<StoreHandle>;
  readonly raw: RawSql;
  readonly cleanup: () => Promise<void>;
}

export interface Seeded {
  readonly tenant: TenantId;
  readonly account: AccountId;
  readonly borrower: PersonId;
  readonly contact: PersonId;
  readonly borrowerPhone: string;
  readonly contactPhone: string;
  readonly externalId: string;
}

export const inboundContract = (setup: () => Promise<InboundTarget>): void => {
  let target: InboundTarget;
  let handle: StoreHandle;
  let store: Store;
  const clock = testClock('2026-03-02T03:00:00Z'); // 11:00 Asia/Shanghai
  const captured = capturingLogger();
  let n = 0;

  beforeAll(async () => {
    target = await setup();
    handle = await target.open({ cipher: createNodeCipher(randomBytes(32)), logger: captured.logger, now: clock.now });
    await handle.migrate();
    store = handle.store;
  });
  afterAll(async () => {
    await handle?.close();
    await target?.cleanup();
  });

  const deps = (): InboundDeps => ({
    store,
    clock,
    codes: new CryptoCodeGenerator(),
    logger: captured.logger,
    messaging: { brand: '测试金融', locale: 'zh-CN', linkAllowList: ['pay.example.com'], pricePerSegmentMinor: 5, currency: 'CNY' },
    vars: { hotline: '4008001234', portalUrl: 'https://pay.example.com' },
  });

  const seed = async (): Promise<Seeded> => {
    n += 1;
    const tenant = tenantId(`ti${n}-${randomBytes(3).toString('hex')}`);
    await store.createTenant(tenant, { name: 'L', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    const borrowerPhone = freshPhone();
    const contactPhone = freshPhone();
    const externalId = `A-${n}`;
    await store.upsertImportBatch(tenant, [sampleRecord(externalId, { borrowerPhone, contactPhone })], 'test');
    const account = await store.getAccountByExternalId(tenant, externalId);
    const people = await store.listAccountPeople(tenant, account!.id);
    return {
      tenant,
      account: account!.id,
      borrower: people.find((p) => p.role === 'borrower')!.personId,
      contact: people.find((p) => p.role !== 'borrower')!.personId,
      borrowerPhone,
      contactPhone,
      externalId,
    };
  };

  const reply = (s: Seeded, from: string, text: string) =>
    receiveInbound(deps(), s.tenant, { kind: 'reply', from, to: '10690000', text, receivedAt: new Date(clock.now()).toISOString() });

  const messagesOf = async (s: Seeded, purpose?: string) =>
    target.raw.all(
      `select message_id, state, purpose, plan_key, party from messages where tenant_id = '${s.tenant}'` +
        (purpose === undefined ? '' : ` and purpose = '${purpose}'`),
    );

  const auditTypes = async (s: Seeded): Promise<string[]> => {
    const out: string[] = [];
    for await (const e of store.iterateAudit(s.tenant)) out.push(e.type);
    return out;
  };

  // A message "sent" to a person: inserted, then moved by raw SQL as the dispatcher would.
  const sentMessage = async (s: Seeded, person: PersonId, to: string, purpose: string, state: MessageState = 'sent', providerId?: string) => {
    const [m] = await store.insertMessages(
      s.tenant,
      [
        {
          accountIds: [s.account],
          personId: person,
          party: person === s.borrower ? 'borrower' : 'third_party',
          channel: 'sms',
          purpose,
          to,
          body: 'x',
          state: 'planned',
          decision: {},
          scheduledAt: clock.now(),
          verificationCode: new CryptoCodeGenerator().next(),
        },
      ],
      'test',
    );
    await target.raw.run(
      `update messages set state = '${state}', state_at = ${clock.now()}` +
        (providerId === undefined ? '' : `, provider_id = '${providerId}'`) +
        ` where tenant_id = '${s.tenant}' and message_id = '${m!.id}'`,
    );
    return m!.id;
  };

  describe('opt-out', () => {
    it('STOP suppresses the number tenant-wide, stores the reply sealed, queues exactly one confirmation', async () => {
      const s = await seed();
      const out = await reply(s, s.borrowerPhone, '  stop!! ');
      expect(out).toMatchObject({ kind: 'reply', effect: 'opt_out', knownNumber: true, answer: { kind: 'queued' } });
      expect(await store.isSuppressed(s.tenant, s.borrowerPhone)).toBe(true);
      const events = await store.listContactEvents(s.tenant, s.borrower);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ direction: 'inbound', body: '  stop!! ', result: 'delivered', accountIds: [s.account] });
      const raw = await target.raw.all(`select body_enc from contact_events where tenant_id = '${s.tenant}'`);
      expect(String(raw[0]?.['body_enc'])).not.toContain('stop');
      const confirmations = await messagesOf(s, 'opt_out_confirmation');
      expect(confirmations).toHaveLength(1);
      expect(confirmations[0]).toMatchObject({ state: 'planned', plan_key: `optout:${s.tenant}:${s.borrower}:1`, party: 'borrower' });
      const body = (await store.getMessage(s.tenant, confirmations[0]!['message_id'] as never))?.body ?? '';
      expect(body).toContain('退订成功');
      expect(await auditTypes(s)).toEqual(expect.arrayContaining(['inbound.reply', 'suppression.added', 'messages.created']));

      // A second STOP (and a 退订) while opted out: recorded, nothing more sent.
      const again = await reply(s, s.borrowerPhone, '退订');
      expect(again).toMatchObject({ effect: 'opt_out' });
      expect(again).not.toHaveProperty('answer');
      expect(await messagesOf(s, 'opt_out_confirmation')).toHaveLength(1);
      expect(await store.listContactEvents(s.tenant, s.borrower)).toHaveLength(2);
    });

    it.each(['STOP', 'End', 'cancel.', 'UNSUBSCRIBE', 'quit', '退订', 'TD', 't', ' T! '])('"%s" opts out', async (text) => {
      const s = await seed();
      const out = await reply(s, s.contactPhone, text);
      expect(out).toMatchObject({ effect: 'opt_out' });
      expect(await store.isSuppressed(s.tenant, s.contactPhone)).toBe(true);
    });

    it('a STOP from a number the tenant does not hold suppresses its hash; nothing is queued', async () => {
      const s = await seed();
      const stranger = freshPhone();
      const out = await reply(s, stranger.slice(1), 'STOP'); // SMPP gives bare digits
      expect(out).toMatchObject({ effect: 'opt_out', knownNumber: false, answer: { kind: 'not_possible', reason: 'unknown_number' } });
      expect(await store.isSuppressed(s.tenant, stranger)).toBe(true);
      expect(await messagesOf(s)).toHaveLength(0);
      const rows = await target.raw.all(`select person_id, person_hash from contact_events where tenant_id = '${s.tenant}'`);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.['person_id']).toBeNull();
      expect(rows[0]?.['person_hash']).toBeTruthy();
    });
  });

  describe('help', () => {
    it('HELP queues the help text once per number per local day', async () => {
      const s = await seed();
      expect(await reply(s, s.borrowerPhone, 'HELP')).toMatchObject({ effect: 'send_help', answer: { kind: 'queued' } });
      expect(await reply(s, s.borrowerPhone, 'info')).toMatchObject({ effect: 'send_help', answer: { kind: 'already_queued' } });
      clock.advance(24 * 3600_000);
      expect(await reply(s, s.borrowerPhone, 'help')).toMatchObject({ answer: { kind: 'queued' } });
      const helps = await messagesOf(s, 'reply');
      expect(helps).toHaveLength(2);
      expect(await store.isSuppressed(s.tenant, s.borrowerPhone)).toBe(false);
    });
  });

  describe('consent', () => {
    it('Y to an open consent request confirms the contact for that account, with time and audit', async () => {
      const s = await seed();
      await sentMessage(s, s.contact, s.contactPhone, 'consent_request');
      expect(await reply(s, s.contactPhone, 'Y')).toMatchObject({ effect: 'confirm_contact', reply: { kind: 'confirm' } });
      const link = (await store.listAccountPeople(s.tenant, s.account)).find((p) => p.personId === s.contact);
      expect(link).toMatchObject({ confirmation: 'confirmed', confirmationAt: clock.now() });
      expect(await auditTypes(s)).toContain('contact.confirmed');
    });

    it('是 without an open consent request changes nothing and is kept for an agent', async () => {
      const s = await seed();
      expect(await reply(s, s.contactPhone, '是')).toMatchObject({ effect: 'keep_for_agent' });
      const link = (await store.listAccountPeople(s.tenant, s.account)).find((p) => p.personId === s.contact);
      expect(link?.confirmation).toBe('unconfirmed');
      expect((await store.openReviews(s.tenant)).map((r) => r.reason)).toEqual(['not_understood']);
    });

    it('N refuses: link refused, number suppressed for THAT account only', async () => {
      const s = await seed();
      await sentMessage(s, s.contact, s.contactPhone, 'consent_request');
      expect(await reply(s, s.contactPhone, '不认识')).toMatchObject({ effect: 'refuse_contact' });
      const link = (await store.listAccountPeople(s.tenant, s.account)).find((p) => p.personId === s.contact);
      expect(link?.confirmation).toBe('refused');
      expect(await store.isSuppressed(s.tenant, s.contactPhone, s.account)).toBe(true);
      expect(await store.isSuppressed(s.tenant, s.contactPhone)).toBe(false);
      const sup = await target.raw.all(`select reason, scope from suppressions where tenant_id = '${s.tenant}'`);
      expect(sup).toEqual([{ reason: 'refused', scope: s.account }]);
      expect(await auditTypes(s)).toEqual(expect.arrayContaining(['contact.refused', 'suppression.added']));
    });

    it('WRONG marks a wrong number for the account and is recorded as wrong_party', async () => {
      const s = await seed();
      await sentMessage(s, s.borrower, s.borrowerPhone, 'collection');
      expect(await reply(s, s.borrowerPhone, 'wrong number')).toMatchObject({ effect: 'mark_wrong_number' });
      expect(await store.isSuppressed(s.tenant, s.borrowerPhone, s.account)).toBe(true);
      const sup = await target.raw.all(`select reason from suppressions where tenant_id = '${s.tenant}'`);
      expect(sup).toEqual([{ reason: 'wrong_number' }]);
      expect((await store.listContactEvents(s.tenant, s.borrower)).map((e) => e.result)).toEqual(['wrong_party']);
      expect((await store.openReviews(s.tenant)).map((r) => r.reason)).toEqual(['wrong_number_review']);
    });
  });

  describe('unknown replies', () => {
    it('are stored, flagged for an agent, and change nothing', async () => {
      const s = await seed();
      const out = await reply(s, s.borrowerPhone, '我下周发工资后还');
      expect(out).toMatchObject({ effect: 'keep_for_agent' });
      expect(await store.isSuppressed(s.tenant, s.borrowerPhone, s.account)).toBe(false);
      expect(await messagesOf(s)).toHaveLength(0);
      expect((await store.openReviews(s.tenant)).map((r) => r.eventId)).toEqual([out.kind === 'reply' ? out.eventId : '']);
    });
  });

  describe('receipts', () => {
    it('move the message by provider id; unknown status keeps the state; audit', async () => {
      const s = await seed();
      const id = await sentMessage(s, s.borrower, s.borrowerPhone, 'collection', 'sent', `p-${s.tenant}`);
      const at = new Date(clock.now()).toISOString();
      const unknown = await receiveInbound(deps(), s.tenant, { kind: 'receipt', providerId: `p-${s.tenant}`, status: 'unknown', at });
      expect(unknown).toEqual({ kind: 'receipt', outcome: { kind: 'recorded', messageId: id } });
      const out = await receiveInbound(deps(), s.tenant, { kind: 'receipt', providerId: `p-${s.tenant}`, status: 'delivered', at });
      expect(out).toEqual({ kind: 'receipt', outcome: { kind: 'applied', messageId: id, from: 'sent', to: 'delivered' } });
      expect((await store.getMessage(s.tenant, id))?.state).toBe('delivered');
      expect(await auditTypes(s)).toContain('message.receipt');
    });

    it.each([
      ['failed', 'failed'],
      ['expired', 'failed'],
      ['undeliverable', 'undeliverable'],
    ] as const)('%s → %s', async (status, state) => {
      const s = await seed();
      const id = await sentMessage(s, s.borrower, s.borrowerPhone, 'collection', 'sent', `q-${s.tenant}`);
      await receiveInbound(deps(), s.tenant, { kind: 'receipt', providerId: `q-${s.tenant}`, status, at: '2026-03-02T03:00:00Z' });
      expect((await store.getMessage(s.tenant, id))?.state).toBe(state);
    });

    it('a receipt for an unknown id is kept (not fatal) and applied once the id is stored', async () => {
      const s = await seed();
      const early = await receiveInbound(deps(), s.tenant, { kind: 'receipt', providerId: `o-${s.tenant}`, status: 'delivered', at: '2026-03-02T03:00:00Z' });
      expect(early).toEqual({ kind: 'receipt', outcome: { kind: 'orphan' } });
      const kept = await target.raw.all(`select message_id from delivery_receipts where tenant_id = '${s.tenant}'`);
      expect(kept).toEqual([{ message_id: null }]);
      const id = await sentMessage(s, s.borrower, s.borrowerPhone, 'collection', 'sent', `o-${s.tenant}`);
      expect(await store.transaction((tx) => applyPendingReceipts(tx, s.tenant, `o-${s.tenant}`))).toBe(1);
      expect((await store.getMessage(s.tenant, id))?.state).toBe('delivered');
      expect(await applyPendingReceipts(store, s.tenant, `o-${s.tenant}`)).toBe(0);
      expect(captured.output()).toContain('unknown provider id kept');
    });
  });

  describe('payments', () => {
    const pay = (s: Seeded, externalId: string, amountMinor: number, currency = 'CNY') =>
      recordPayment(store, s.tenant, { externalId, accountExternalId: s.externalId, amountMinor, currency, paidAt: clock.now() }, 'cli', 'test');

    it('a partial payment lowers the figures; the overdue paid cures; pending collection messages are cancelled', async () => {
      const s = await seed(); // balance 6,400.00, overdue 800.00
      const planned = await sentMessage(s, s.borrower, s.borrowerPhone, 'collection', 'planned');
      const confirmation = await sentMessage(s, s.borrower, s.borrowerPhone, 'opt_out_confirmation', 'planned');
      const sent = await sentMessage(s, s.borrower, s.borrowerPhone, 'collection', 'sent');
      const first = await pay(s, 'P1', 30_000);
      expect(first).toEqual({ ok: true, value: expect.objectContaining({ kind: 'recorded', status: 'overdue', overdueMinor: 50_000, balanceMinor: 610_000, cancelledMessages: 1 }) });
      expect((await store.getMessage(s.tenant, planned))?.state).toBe('cancelled');
      expect((await store.getMessage(s.tenant, confirmation))?.state).toBe('planned');
      expect((await store.getMessage(s.tenant, sent))?.state).toBe('sent');
      const cured = await pay(s, 'P2', 50_000);
      expect(cured).toMatchObject({ ok: true, value: { status: 'cured', overdueMinor: 0, balanceMinor: 560_000 } });
      expect(await store.getAccount(s.tenant, s.account)).toMatchObject({ status: 'cured', daysPastDue: 0 });
      const settled = await pay(s, 'P3', 600_000);
      expect(settled).toMatchObject({ ok: true, value: { status: 'settled', balanceMinor: 0 } });
      expect(await auditTypes(s)).toEqual(expect.arrayContaining(['payment.recorded', 'account.payment_applied', 'messages.cancelled']));
    });

    it('is idempotent by payment id; other figures under the same id are refused', async () => {
      const s = await seed();
      expect(await pay(s, 'X1', 10_000)).toMatchObject({ ok: true, value: { kind: 'recorded' } });
      expect(await pay(s, 'X1', 10_000)).toMatchObject({ ok: true, value: { kind: 'duplicate' } });
      expect(await pay(s, 'X1', 20_000)).toEqual({ ok: false, error: 'id_conflict' });
      expect((await store.getAccount(s.tenant, s.account))?.overdueMinor).toBe(70_000);
      const rows = await target.raw.all(`select count(*) as n from payments where tenant_id = '${s.tenant}'`);
      expect(Number(rows[0]?.['n'])).toBe(1);
    });

    it('refuses an unknown account, another currency and a zero amount; nothing is written', async () => {
      const s = await seed();
      expect(await recordPayment(store, s.tenant, { externalId: 'Z', accountExternalId: 'nope', amountMinor: 1, currency: 'CNY', paidAt: 0 }, 'cli', 't')).toEqual({
        ok: false,
        error: 'unknown_account',
      });
      expect(await pay(s, 'Z2', 100, 'USD')).toEqual({ ok: false, error: 'currency_mismatch' });
      expect(await pay(s, 'Z3', 0)).toEqual({ ok: false, error: 'bad_amount' });
      const rows = await target.raw.all(`select count(*) as n from payments where tenant_id = '${s.tenant}'`);
      expect(Number(rows[0]?.['n'])).toBe(0);
    });

    it('recordPayments: many in one transaction, in order, each as recordPayment would; a refused one writes nothing', async () => {
      const a = await seed();
      // A second account of the same tenant.
      const bExternal = `${a.externalId}-b`;
      await store.upsertImportBatch(a.tenant, [sampleRecord(bExternal, { borrowerPhone: freshPhone(), contactPhone: freshPhone() })], 'test');
      const bAccount = (await store.getAccountByExternalId(a.tenant, bExternal))!.id;
      const bBorrower = (await store.listAccountPeople(a.tenant, bAccount)).find((p) => p.role === 'borrower')!.personId;
      const b: Seeded = { ...a, account: bAccount, externalId: bExternal, borrower: bBorrower };
      const plannedA = await sentMessage(a, a.borrower, a.borrowerPhone, 'collection', 'planned');
      const plannedB = await sentMessage(b, b.borrower, b.borrowerPhone, 'collection', 'queued');
      const at = clock.now();
      const row = (s: Seeded, externalId: string, amountMinor: number, currency = 'CNY') => ({ externalId, accountExternalId: s.externalId, amountMinor, currency, paidAt: at });
      const r = await recordPayments(store, a.tenant, [
        row(a, 'B1', 80_000), row(a, 'B1', 80_000), row(a, 'B1', 1), { ...row(a, 'B2', 5), accountExternalId: 'nope' },
        row(b, 'B3', 100, 'USD'), row(b, 'B4', 0), row(b, 'B5', 640_000),
      ], 'cli', 'test');
      expect(r.map((x) => (x.ok ? x.value.kind : x.error))).toEqual(['recorded', 'duplicate', 'id_conflict', 'unknown_account', 'currency_mismatch', 'bad_amount', 'recorded']);
      expect(r[0]).toMatchObject({ ok: true, value: { status: 'cured', overdueMinor: 0, cancelledMessages: 1 } });
      expect(r[6]).toMatchObject({ ok: true, value: { status: 'settled', balanceMinor: 0, cancelledMessages: 1 } });
      expect((await store.getMessage(a.tenant, plannedA))?.state).toBe('cancelled');
      expect((await store.getMessage(b.tenant, plannedB))?.state).toBe('cancelled');
      const rows = await target.raw.all(`select external_id from payments where tenant_id = '${a.tenant}' order by external_id`);
      expect(rows.map((x) => x['external_id'])).toEqual(['B1', 'B5']);
      expect(await recordPayments(store, a.tenant, [], 'cli', 'test')).toEqual([]);
    });
  });
};
