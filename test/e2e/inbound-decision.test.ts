// Replies and payments take effect before the next send: after receiveInbound /
// recordPayment, the decision-context loader (P) + the engine decide the next contact.
// SQLite always; PostgreSQL when available.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDecisionContexts } from '../../src/app/decision-context/load-decision-contexts.js';
import { receiveInbound, type InboundDeps } from '../../src/app/inbound/receive-inbound.js';
import { recordPayment } from '../../src/app/payments/record-payment.js';
import { policyRedecide } from '../../src/app/dispatch/policy-redecide.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { Purpose } from '../../src/core/model/decision-request.js';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { compilePolicy } from '../../src/core/policy/compile-policy.js';
import { decide } from '../../src/core/policy/decide.js';
import { tenantId, type AccountId, type PersonId } from '../../src/core/model/ids.js';
import { quietLogger } from '../support/dispatch-fixture.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';
import { testClock } from '../support/test-clock.js';
import { freshPhone, sampleRecord } from '../contract/store-fixture.js';

type Opener = (now: () => number) => Promise<{ handle: StoreHandle; cleanup: () => Promise<void> }>;

const sqlite: Opener = async (now) => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-inbound-decision-'));
  const handle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now });
  return { handle, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
};
const postgres: Opener = async (now) => {
  const db = await createTestDatabase('tact_inbound_decision');
  const handle = await openPostgresStore({ url: db.url, cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now, maxConnections: 2 });
  return { handle, cleanup: () => db.drop() };
};

const policy = compilePolicy('cn');
const scenario = (name: string, open: Opener, skip = false): void => {
  describe.skipIf(skip)(`inbound effects decide the next send (${name})`, () => {
    it('STOP → the next collection SMS is POLICY_OPTED_OUT, one confirmation allowed; a payment cures; N refuses the contact', async () => {
      if (!policy.ok) throw new Error('cn pack does not compile');
      const clock = testClock('2026-12-07T02:00:00Z'); // Monday 10:00 Asia/Shanghai
      const { handle, cleanup } = await open(clock.now);
      try {
        await handle.migrate();
        const store = handle.store;
        const tenant = tenantId(`id-${randomBytes(3).toString('hex')}`);
        await store.createTenant(tenant, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
        const borrowerPhone = freshPhone();
        const contactPhone = freshPhone();
        await store.upsertImportBatch(tenant, [sampleRecord('ACC-1', { borrowerPhone, contactPhone, dueDate: '2026-12-01' })], 'test');
        const account = (await store.getAccountByExternalId(tenant, 'ACC-1'))!.id;
        const people = await store.listAccountPeople(tenant, account);
        const borrower = people.find((p) => p.role === 'borrower')!.personId;
        const contact = people.find((p) => p.role !== 'borrower')!.personId;
        const deps: InboundDeps = {
          store, clock, codes: new CryptoCodeGenerator(), logger: quietLogger,
          messaging: { brand: '示例金融', locale: 'zh-CN', linkAllowList: ['portal.example.cn'], pricePerSegmentMinor: 5, currency: 'CNY' },
          vars: { hotline: '400-800-1234', portalUrl: 'portal.example.cn' },
        };
        const decideNow = async (personId: PersonId, purpose: Purpose, accountId: AccountId = account) => {
          const ctx = await loadDecisionContexts(store, tenant, [accountId], { pack: 'cn', now: clock.now() });
          const prepared = ctx.prepare({ accountId, personId, channel: 'sms', purpose, at: clock.now() });
          if (prepared === undefined) throw new Error('no prepared request');
          return { decision: decide(prepared, policy.value), ctx };
        };

        // Before any reply the borrower may be reminded (the test can fail both ways).
        expect((await decideNow(borrower, 'collection')).decision.allowed).toBe(true);

        // HELP queues one help reply; the dispatcher's re-decision sends it (a reply to
        // the inbound event, 6(b)(1)-2), which needs the reply to name that event.
        const help = await receiveInbound(deps, tenant, { kind: 'reply', from: borrowerPhone, to: '10690000', text: 'HELP', receivedAt: '' });
        expect(help).toMatchObject({ kind: 'reply', answer: { kind: 'queued' } });
        const helpId = help.kind === 'reply' && help.answer?.kind === 'queued' ? help.answer.messageId : undefined;
        const helpMessage = await store.getMessage(tenant, helpId!);
        clock.advance(60_000);
        const verdicts = await policyRedecide(store, tenant, [helpMessage!], clock.now());
        expect(verdicts.get(helpId!)).toMatchObject({ kind: 'send' });

        clock.advance(60_000);
        await receiveInbound(deps, tenant, { kind: 'reply', from: borrowerPhone, to: '10690000', text: '退订', receivedAt: '' });
        clock.advance(60_000);
        const after = await decideNow(borrower, 'collection');
        expect(after.decision.allowed).toBe(false);
        expect(after.decision.violations.map((v) => v.reason)).toContain('POLICY_OPTED_OUT');
        expect(after.ctx.suppression(account, borrower)).toBe('opt_out');
        // The engine allows exactly one confirmation after the opt-out…
        expect((await decideNow(borrower, 'opt_out_confirmation')).decision.allowed).toBe(true);
        // …and once it is in the ledger, no second one.
        await store.appendContactEvent(tenant, {
          at: clock.now(), channel: 'sms', direction: 'outbound', personId: borrower, party: 'borrower', accountIds: [account], result: 'sent', purpose: 'opt_out_confirmation',
        });
        clock.advance(60_000);
        expect((await decideNow(borrower, 'opt_out_confirmation')).decision.violations.map((v) => v.reason)).toContain('POLICY_OPTED_OUT');

        // A contact who answers N to the consent request: refused, suppressed for this account.
        await receiveInbound(deps, tenant, { kind: 'reply', from: contactPhone, to: '10690000', text: '不认识', receivedAt: '' });
        clock.advance(60_000);
        const refused = await decideNow(contact, 'location');
        expect(refused.decision.allowed).toBe(false);
        expect(refused.ctx.suppression(account, contact)).toBe('refused');

        // A payment of the overdue amount cures the account (the dispatcher cancels on closed status).
        const paid = await recordPayment(store, tenant, { externalId: 'P-1', accountExternalId: 'ACC-1', amountMinor: 80_000, currency: 'CNY', paidAt: clock.now() }, 'test', 'test');
        expect(paid).toMatchObject({ ok: true, value: { status: 'cured' } });
        const ctx = await loadDecisionContexts(store, tenant, [account], { pack: 'cn', now: clock.now() });
        expect(ctx.accounts.get(account)?.account.status).toBe('cured');
      } finally {
        await handle.close();
        await cleanup();
      }
    });
  });
};

scenario('SQLite', sqlite);
scenario('PostgreSQL', postgres, !(await pgAvailable()));
