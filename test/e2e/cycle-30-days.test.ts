// The daily cycle end to end on a simulated clock (issue 5, "Proof"): a cn tenant's
// accounts through 30 days of P's planner and D's dispatcher, over SMPP to the bundled
// SMSC, with receipts, STOP / Y / N replies injected at the SMSC and payments recorded
// on the way; then independent SQL over the ledger (cycle-30-days-checks.ts).
// Default 300 accounts (npm test); TACT_FULL=1 runs the 2,000.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/app/dispatch/dispatcher.js';
import { policyRedecide } from '../../src/app/dispatch/policy-redecide.js';
import { applyPendingReceipts } from '../../src/app/inbound/apply-pending-receipts.js';
import { receiveInbound, type InboundDeps } from '../../src/app/inbound/receive-inbound.js';
import { recordPayment } from '../../src/app/payments/record-payment.js';
import { planDay } from '../../src/app/plan-day.js';
import { defaultPlanMessaging } from '../../src/app/plan/plan-messaging.js';
import type { InboundEvent } from '../../src/app/ports/sms-transport.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import { SmppTransport } from '../../src/adapters/sms/smpp/smpp-transport.js';
import { openSqliteStore } from '../../src/adapters/storage/sqlite/open-sqlite-store.js';
import { CryptoCodeGenerator } from '../../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import type { ImportRecord } from '../../src/core/model/import-record.js';
import { tenantId, type AccountId, type PersonId } from '../../src/core/model/ids.js';
import { quietLogger } from '../support/dispatch-fixture.js';
import { testClock } from '../support/test-clock.js';
import { cycleViolations } from './cycle-30-days-checks.js';

const FULL = process.env['TACT_FULL'] === '1';
const ACCOUNTS = FULL ? 2000 : 300;
const DAYS = 30;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Day 0 = Monday 2026-12-07; local midnight in Asia/Shanghai (UTC+8) is 16:00Z the day before.
const day0 = Date.parse('2026-12-06T16:00:00Z');
const isoDate = (d: number): string => new Date(day0 + d * DAY + 8 * HOUR).toISOString().slice(0, 10);
const tenant = tenantId('cycle-e2e');
const borrowerPhone = (i: number): string => `+86139${String(2 * i).padStart(8, '0')}`;
const contactPhone = (i: number): string => `+86139${String(2 * i + 1).padStart(8, '0')}`;

// Due dates spread over 45 days before day 0, so every DPD step of the ladder falls due.
const record = (i: number): ImportRecord => ({
  line: i + 2, externalId: `acc-${i}`, product: 'cash-loan', currency: 'CNY', principalMinor: 1_000_000,
  balanceMinor: 640_000, overdueMinor: 80_000, dueDate: isoDate(-(i % 45) - 1), daysPastDue: (i % 45) + 1, status: 'overdue', flags: [],
  borrower: { name: '借款人', phoneE164: borrowerPhone(i), timeZones: ['Asia/Shanghai'], locale: 'zh-CN' },
  contacts: [{ role: 'emergency_contact', relationship: '同事', name: '联系人', phoneE164: contactPhone(i), timeZones: ['Asia/Shanghai'], locale: 'zh-CN' }],
});

// Local times (hours after local midnight) at which the dispatcher runs each day: the
// working day in half hours, plus runs in the quiet hours that must send nothing.
const dispatchHours = [7, ...Array.from({ length: 28 }, (_, k) => 8 + k / 2), 22.25, 23.5];

describe(`the daily cycle: ${ACCOUNTS} accounts × ${DAYS} days (cn, SQLite, SMPP to the bundled SMSC)`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-cycle-'));
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every cn rule, stops contacting paid accounts, honours every STOP', { timeout: FULL ? 1_800_000 : 240_000 }, async () => {
    const started = Date.now();
    const clock = testClock(day0);
    const h: StoreHandle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: clock.now });
    cleanups.push(() => h.close());
    await h.migrate();
    const store = h.store;
    const t = await store.createTenant(tenant, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
    const records = Array.from({ length: ACCOUNTS }, (_, i) => record(i));
    for (let i = 0; i < records.length; i += 500) await store.upsertImportBatch(tenant, records.slice(i, i + 500), 'test');
    const accountOf: AccountId[] = [];
    const personOf = new Map<string, PersonId>();
    for (let i = 0; i < ACCOUNTS; i += 1) {
      const a = (await store.getAccountByExternalId(tenant, `acc-${i}`))!;
      accountOf.push(a.id);
      for (const p of await store.listAccountPeople(tenant, a.id)) personOf.set(p.role === 'borrower' ? borrowerPhone(i) : contactPhone(i), p.personId);
    }

    const smsc = await startSmsc({ port: 0, logFile: join(dir, 'smsc.jsonl'), keepMessages: 200_000 });
    cleanups.push(() => smsc.close());
    const transport = await SmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${smsc.port}`, window: 50 });
    cleanups.push(() => transport.close());

    const messaging = defaultPlanMessaging(t, 'zh-CN');
    const inboundDeps: InboundDeps = {
      store, clock, codes: new CryptoCodeGenerator(), logger: quietLogger,
      messaging: messaging.tenant, vars: { hotline: messaging.hotline, portalUrl: messaging.portalUrl },
    };
    let inboundDone = 0;
    const inboundFailures: unknown[] = [];
    transport.onInbound(async (e: InboundEvent) => {
      try {
        await receiveInbound(inboundDeps, tenant, e);
      } catch (x) {
        inboundFailures.push(x);
      }
      inboundDone += 1;
    });
    // Everything the SMSC sent back has taken effect: one receipt event per complete
    // message (the transport folds a long message's segment receipts into one) and
    // every injected reply.
    let injected = 0;
    const settleInbound = async (): Promise<void> => {
      const deadline = Date.now() + 20_000;
      while (inboundDone < smsc.messages().length + injected || smsc.stats().waitingDeliveries > 0) {
        if (Date.now() > deadline) throw new Error(`inbound not settled: ${inboundDone} of ${smsc.messages().length + injected}`);
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const dispatch = async (): Promise<void> => {
      const d = new Dispatcher(
        {
          store, transport, clock, logger: quietLogger, redecide: policyRedecide, sleep: async () => undefined,
          afterAccepted: async (tx, tn, ids) => {
            for (const id of ids) await applyPendingReceipts(tx, tn, id);
          },
        },
        { tenant, worker: 'e2e', concurrency: 32, batchSize: 200 },
      );
      await d.run(true);
      await settleInbound();
    };
    const reply = async (phone: string, text: string): Promise<void> => {
      injected += 1;
      await smsc.injectReply({ from: phone, to: '10690000', text });
      await settleInbound();
    };
    const sentTo = (): Map<string, number> => {
      const m = new Map<string, number>();
      for (const x of smsc.messages()) m.set(x.to, (m.get(x.to) ?? 0) + 1);
      return m;
    };

    const stopped: string[] = [];
    const confirmedContacts: string[] = [];
    const refusedContacts: string[] = [];
    const paid: number[] = [];
    let planned = 0;
    for (let d = 0; d < DAYS; d += 1) {
      const midnight = day0 + d * DAY;
      clock.set(midnight + 6 * HOUR);
      const plan = await planDay({ store, codes: new CryptoCodeGenerator(), clock }, tenant, isoDate(d));
      expect(plan.ok).toBe(true);
      if (plan.ok) planned += plan.value.planned;
      for (const hours of dispatchHours) {
        clock.set(midnight + hours * HOUR);
        await dispatch();
        // 13:00: replies and payments arrive during the working day.
        if (hours === 13) {
          const reached = sentTo();
          if (d % 4 === 2) {
            // Two borrowers who have had messages send STOP in one of its spellings.
            const candidates = [...Array(ACCOUNTS).keys()].filter((i) => reached.has(borrowerPhone(i)) && !stopped.includes(borrowerPhone(i)) && !paid.includes(i));
            for (const i of candidates.slice(0, 2)) {
              stopped.push(borrowerPhone(i));
              await reply(borrowerPhone(i), ['STOP', ' 退订 ', 'td', 'Stop.'][stopped.length % 4]!);
            }
          }
          if (d % 5 === 1) {
            // Contacts asked for consent: one agrees, one refuses.
            const asked = [...Array(ACCOUNTS).keys()].filter(
              (i) => reached.has(contactPhone(i)) && !confirmedContacts.includes(contactPhone(i)) && !refusedContacts.includes(contactPhone(i)),
            );
            if (asked[0] !== undefined) confirmedContacts.push(contactPhone(asked[0]));
            if (asked[1] !== undefined) refusedContacts.push(contactPhone(asked[1]));
            if (asked[0] !== undefined) await reply(contactPhone(asked[0]), 'Y');
            if (asked[1] !== undefined) await reply(contactPhone(asked[1]), '不认识');
          }
          if (d % 3 === 0) {
            // A few accounts pay: every third in full (settled), the others their overdue amount (cured).
            const payers = [...Array(ACCOUNTS).keys()].filter((i) => i % 97 === d % 97 && !paid.includes(i));
            for (const i of payers) {
              paid.push(i);
              const amount = paid.length % 3 === 0 ? 640_000 : 80_000;
              const r = await recordPayment(store, tenant, { externalId: `pay-${i}`, accountExternalId: `acc-${i}`, amountMinor: amount, currency: 'CNY', paidAt: clock.now() }, 'test', 'test');
              expect(r).toMatchObject({ ok: true, value: { kind: 'recorded', status: amount === 640_000 ? 'settled' : 'cured' } });
            }
          }
        }
        // A STOP in the quiet hours: its confirmation must wait for the morning.
        if (hours === 23.5 && d % 7 === 3) {
          const i = [...Array(ACCOUNTS).keys()].find((k) => sentTo().has(borrowerPhone(k)) && !stopped.includes(borrowerPhone(k)));
          if (i !== undefined) {
            stopped.push(borrowerPhone(i));
            await reply(borrowerPhone(i), 'T');
          }
        }
      }
    }
    clock.set(day0 + DAYS * DAY + 10 * HOUR);
    await dispatch();
    expect(inboundFailures).toEqual([]);

    // Independent checks: plain SQL over the ledger.
    const db = new Database(join(dir, 'tact.db'), { readonly: false });
    cleanups.push(async () => {
      db.close();
    });
    db.exec(`create temp table injected_stop (person_id text primary key)`);
    const ins = db.prepare(`insert into injected_stop values (?)`);
    for (const p of stopped) ins.run(personOf.get(p));
    db.exec(`create temp view stops as select person_id, min(at) as at from contact_events
               where direction = 'inbound' and person_id in (select person_id from injected_stop) group by person_id`);
    const v = cycleViolations(db, tenant);
    const q = (sql: string): number => Number((db.prepare(sql).get() as { n: number }).n);
    const sent = q(`select count(*) as n from contact_events where direction = 'outbound' and result <> 'failed'`);
    const thirdParty = q(`select count(*) as n from contact_events where direction = 'outbound' and party = 'third_party'`);
    const stopsSeen = q(`select count(*) as n from stops`);
    const confirmationsQueued = q(`select count(*) as n from messages where purpose = 'opt_out_confirmation'`);
    const confirmationsSent = q(`select count(*) as n from contact_events where direction = 'outbound' and purpose = 'opt_out_confirmation'`);
    const delivered = q(`select count(*) as n from messages where state = 'delivered'`);
    const orphans = q(`select count(*) as n from delivery_receipts where message_id is null`);
    const byState = db.prepare(`select state, count(*) as n from messages group by state order by state`).all();
    const blockedBy = db
      .prepare(`select purpose, party, json_extract(decision, '$.violations[0].reason') as reason, count(*) as n from messages
                where state = 'blocked' group by 1, 2, 3 order by n desc`)
      .all();
    console.log(
      `[cycle-30-days] ${JSON.stringify({
        accounts: ACCOUNTS, days: DAYS, seconds: Math.round((Date.now() - started) / 100) / 10, planned, sentLedger: sent, thirdParty,
        smscMessages: smsc.messages().length, delivered, orphanReceiptsLeft: orphans, stops: stopped.length, confirmationsQueued,
        confirmationsSent, paid: paid.length, confirmed: confirmedContacts.length, refused: refusedContacts.length, byState, blockedBy, violations: v,
      })}`,
    );

    // The simulation did something worth checking.
    expect(sent).toBeGreaterThan(ACCOUNTS);
    expect(smsc.messages().length).toBe(sent);
    expect(paid.length).toBeGreaterThan(0);
    expect(stopped.length).toBeGreaterThanOrEqual(8);
    expect(stopsSeen).toBe(stopped.length);
    // Every rule held, by SQL.
    expect(v).toEqual({ quietHours: 0, dailyCap: 0, weeklyCap: 0, unconfirmedThirdParty: 0, afterStop: 0, secondConfirmation: 0, afterPayment: 0, afterRefusal: 0 });
    // Every STOP: the number suppressed tenant-wide and exactly one confirmation queued …
    for (const p of stopped) expect(await store.isSuppressed(tenant, p)).toBe(true);
    expect(confirmationsQueued).toBe(stopped.length);
    // … and that one confirmation actually sent (12 CFR 1006.14(h); issue 4), the
    // quiet-hours STOP's in the morning (the quietHours check above covers the wait).
    expect(confirmationsSent).toBe(stopped.length);
    // Every receipt found its message (the ones that came before the id was stored included).
    expect(orphans).toBe(0);
    expect(delivered).toBe(sent);
    // Paid accounts are closed and have nothing pending.
    const pending = q(`select count(*) as n from messages m join payments p on p.account_id = m.account_id
                        where m.state in ('planned', 'queued') and m.purpose not in ('opt_out_confirmation', 'reply')`);
    expect(pending).toBe(0);
  });
});
