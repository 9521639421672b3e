// The planner end to end on a real database (SQLite; PostgreSQL when available): a small
// cn tenant seeded through the import path, one business day planned, then re-planned.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDay } from '../../src/app/plan-day.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import type { PlanSummary } from '../../src/app/plan/plan-summary.js';
import { openPostgresStore } from '../../src/adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { tenantId, type AccountId } from '../../src/core/model/ids.js';
import { capturingLogger, sampleRecord } from '../contract/store-fixture.js';
import { createTestDatabase, pgAvailable } from '../support/postgres.js';
import { testClock } from '../support/test-clock.js';

const DATE = '2026-12-07'; // a Monday, an ordinary working day in China
const clock = testClock('2026-12-07T00:30:00Z'); // 08:30 Asia/Shanghai
const tenant = tenantId('plan-e2e');

type Opened = { handle: StoreHandle; raw: (sql: string) => Promise<void>; cleanup: () => Promise<void> };
type Opener = (now: () => number) => Promise<Opened>;

const scenario = (name: string, open: Opener, skip = false): void => {
  describe.skipIf(skip)(`planDay on ${name}`, () => {
    let handle: StoreHandle;
    let cleanup: () => Promise<void>;
    let raw: (sql: string) => Promise<void>;
    const id: Record<string, AccountId> = {};
    let first: PlanSummary;

    beforeAll(async () => {
      ({ handle, cleanup, raw } = await open(() => clock.now()));
      await handle.migrate();
      const s = handle.store;
      await s.createTenant(tenant, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
      const records = [
        sampleRecord('DPD1', { borrowerName: '张伟', contactName: '李娜', dueDate: '2026-12-06' }),
        sampleRecord('OPTOUT', { borrowerName: '张伟', contactName: '李娜', dueDate: '2026-12-04' }),
        sampleRecord('SETTLED', { borrowerName: '张伟', contactName: '李娜', dueDate: '2026-12-06', status: 'settled' }),
        sampleRecord('DPD15', { borrowerName: '张伟', contactName: '李娜', dueDate: '2026-11-22' }),
        sampleRecord('TWOZONES', { borrowerName: '张伟', contactName: '李娜', dueDate: '2026-11-30' }),
        sampleRecord('DPD2', { borrowerName: '张伟', contactName: '李娜', dueDate: '2026-12-05' }),
      ];
      const twoZones = { ...records[4]!, borrower: { ...records[4]!.borrower, timeZones: ['Asia/Shanghai', 'Europe/London'] } };
      const dpd15 = records[3]!;
      await s.upsertImportBatch(tenant, [records[0]!, records[1]!, records[2]!, dpd15, twoZones, records[5]!], 'test');
      for (const r of records) id[r.externalId] = (await s.getAccountByExternalId(tenant, r.externalId))!.id;
      await s.addSuppression(tenant, { phoneE164: records[1]!.borrower.phoneE164, reason: 'opt_out' }, 'test');
      // The DPD-15 account's contact has confirmed; its borrower answered yesterday (reachable).
      const contact = (await s.listAccountPeople(tenant, id['DPD15']!))[1]!;
      const borrower = (await s.listAccountPeople(tenant, id['DPD15']!))[0]!;
      await s.appendContactEvent(tenant, { at: clock.now() - 86_400_000, channel: 'sms', direction: 'inbound', personId: borrower.personId, party: 'borrower', accountIds: [id['DPD15']!], result: 'delivered' });
      await raw(`update account_people set confirmation = 'confirmed', confirmation_at = ${clock.now()} where tenant_id = '${tenant}' and account_id = '${id['DPD15']!}' and person_id = '${contact.personId}'`);
      // The tenant's own settings and its own DPD-1 wording replace the shipped ones.
      await s.setMessaging(tenant, { brand: '示例金融', hotline: '400-123-4567', portalUrl: 'https://pay.shili.cn', linkAllowList: ['pay.shili.cn'], pricePerSegmentMinor: 4, currency: 'CNY' }, 'test');
      await s.saveTemplate(tenant, { key: 'reminder.dpd1', audience: 'borrower', channel: 'sms', locale: 'zh-CN', body: '{borrowerName}您好，{dueDate}到期的{amountOverdue}尚未收到。本行自有模板：请登录{portalUrl}或致电{hotline}。' }, 'test');
      const r = await planDay({ store: s, codes: new CryptoCodeGenerator(), clock }, tenant, DATE);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      first = r.value;
    });
    afterAll(async () => {
      await handle?.close();
      await cleanup?.();
    });

    const messagesOf = async (account: AccountId) => {
      const rows = await handle.store.listAccountMessages(tenant, account);
      return rows as readonly (Omit<(typeof rows)[number], 'decision'> & { decision: { violations: { reason: string }[] } })[];
    };

    it('plans the DPD-1 reminder to the borrower at 10:00 local, rendered with its code', async () => {
      const msgs = await messagesOf(id['DPD1']!);
      const m = msgs.find((x) => x.party === 'borrower');
      // The unconfirmed contact's consent request is written too, blocked while the borrower is reachable.
      expect(msgs.find((x) => x.purpose === 'consent_request')?.decision.violations.map((v) => v.reason)).toContain('POLICY_BORROWER_REACHABLE');
      expect(m!.state).toBe('planned');
      expect(m!.party).toBe('borrower');
      expect(new Date(m!.scheduledAt).toISOString()).toBe('2026-12-07T02:00:00.000Z');
      expect(m!.body).toContain(m!.verificationCode.slice(0, 4));
      // Rendered from the tenant's stored template and messaging settings.
      expect(m!.body).toContain('本行自有模板');
      expect(m!.body).toContain('400-123-4567');
      expect(m!.body).toContain('【示例金融】');
    });

    it('writes an opted-out borrower\'s reminder as blocked, with the violation', async () => {
      const [m] = await messagesOf(id['OPTOUT']!);
      expect(m!.state).toBe('blocked');
      expect(m!.decision.violations.map((v) => v.reason)).toContain('POLICY_OPTED_OUT');
      expect(first.byReason['POLICY_OPTED_OUT']).toBe(1);
      // Blocked for the whole day: not rendered; the template id says what it would have been.
      expect(m!.body).toBe('');
      expect(m!.templateId).toBe('zh-CN/sms/borrower/reminder.dpd3');
    });

    it('plans nothing for a settled account, and nothing on a day no step fires', async () => {
      expect(await messagesOf(id['SETTLED']!)).toEqual([]);
      expect(await messagesOf(id['DPD2']!)).toEqual([]);
    });

    it('quiet hours in a second zone: scheduled at the first instant allowed in both zones', async () => {
      const [m] = await messagesOf(id['TWOZONES']!);
      expect(m!.state).toBe('planned');
      // 08:00 in London (UTC+0 in December) = 16:00 in Shanghai.
      expect(new Date(m!.scheduledAt).toISOString()).toBe('2026-12-07T08:00:00.000Z');
    });

    it('cn: a confirmed contact is not asked for the borrower while the borrower is reachable', async () => {
      const msgs = await messagesOf(id['DPD15']!);
      const location = msgs.find((m) => m.purpose === 'location');
      expect(location?.state).toBe('blocked');
      expect(location?.decision.violations.map((v) => v.reason)).toContain('POLICY_BORROWER_REACHABLE');
      expect(msgs.find((m) => m.party === 'borrower')?.state).toBe('planned');
    });

    it('summarises by audience, channel, state and reason', () => {
      expect(first.accounts).toBe(5);
      expect(first.planned + first.blocked).toBe(first.candidates);
      expect(first.byAudience['third_party']).toBe(2); // DPD-1 consent request, DPD-15 location request
      expect(first.notRendered).toBe(0);
      expect(first.byChannel['sms']).toBe(first.candidates);
      expect(first.byState['blocked']).toBe(3); // opt-out, and both contact messages (borrower reachable)
    });

    it('is idempotent: planning the same day again writes nothing', async () => {
      const again = await planDay({ store: handle.store, codes: new CryptoCodeGenerator(), clock }, tenant, DATE);
      expect(again.ok && again.value.planned + again.value.blocked).toBe(0);
      expect(again.ok && again.value.alreadyPlanned).toBe(first.candidates);
    });
  });
};

scenario('SQLite', async (now) => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-plan-e2e-'));
  const path = join(dir, 'tact.db');
  const handle = openSqliteStore({ path, cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger, now });
  const raw = async (text: string): Promise<void> => {
    const db = new Database(path);
    db.prepare(text).run();
    db.close();
  };
  return { handle, raw, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

scenario(
  'PostgreSQL',
  async (now) => {
    const db = await createTestDatabase('tact_plan_e2e');
    const handle = await openPostgresStore({ url: db.url, cipher: createNodeCipher(randomBytes(32)), logger: capturingLogger().logger, now });
    const raw = async (text: string): Promise<void> => {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      await c.query(text);
      await c.end();
    };
    return { handle, raw, cleanup: db.drop };
  },
  !(await pgAvailable()),
);
