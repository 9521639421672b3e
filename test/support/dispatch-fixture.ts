// Seeding and checks for the dispatcher tests (test/e2e/dispatch*, workers*, crash*).
// Messages are seeded straight into the outbox as the planner would write them; the
// test re-decision `capRedecide` is a per-person cap read from the ledger inside the
// claim transaction — the same place and order as the policy engine's re-decision.
import { randomBytes } from 'node:crypto';
import type { Redecide, Verdict } from '../../src/app/dispatch/redecide.js';
import type { Logger } from '../../src/app/ports/logger.js';
import type { Store } from '../../src/app/ports/store.js';
import type { NewMessage } from '../../src/app/ports/store-records.js';
import type { ImportRecord } from '../../src/core/model/import-record.js';
import { tenantId, type PersonId, type TenantId } from '../../src/core/model/ids.js';

export const quietLogger: Logger = {
  debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined,
  child: () => quietLogger,
};

const phone = (n: number): string => `+86138${String(n).padStart(8, '0')}`;

export const seedRecord = (i: number): ImportRecord => ({
  line: i + 2, externalId: `acc-${i}`, product: 'cash-loan', currency: 'CNY', principalMinor: 1_000_000,
  balanceMinor: 640_000, overdueMinor: 80_000, dueDate: '2026-10-01', daysPastDue: 12, status: 'overdue', flags: [],
  borrower: { name: '借款人', phoneE164: phone(2 * i), timeZones: ['Asia/Shanghai'], locale: 'zh-CN' },
  contacts: [{ role: 'emergency_contact', relationship: '同事', name: '联系人', phoneE164: phone(2 * i + 1), timeZones: ['Asia/Shanghai'], locale: 'zh-CN' }],
});

export interface Seeded {
  readonly tenant: TenantId;
  readonly messages: number;
  readonly people: number;
}

/**
 * `accounts` accounts, each with a borrower and a third-party contact, and
 * `perPerson` due messages to each person (scheduled `at`). The body carries the
 * message's plan key, so the SMSC log names the message.
 */
export const seedDueMessages = async (
  store: Store,
  o: { readonly accounts: number; readonly perPerson: number; readonly at: number; readonly tenant?: string; readonly borrowersOnly?: boolean; readonly body?: string },
): Promise<Seeded> => {
  const tenant = tenantId(o.tenant ?? `t-${randomBytes(3).toString('hex')}`);
  await store.createTenant(tenant, { name: 'Lender', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'test');
  const records = Array.from({ length: o.accounts }, (_, i) => seedRecord(i));
  for (let i = 0; i < records.length; i += 500) await store.upsertImportBatch(tenant, records.slice(i, i + 500), 'test');
  const messages: NewMessage[] = [];
  let n = 0;
  for (let i = 0; i < o.accounts; i += 1) {
    const acc = await store.getAccountByExternalId(tenant, `acc-${i}`);
    if (acc === undefined) throw new Error('seed: account missing');
    for (const p of await store.listAccountPeople(tenant, acc.id)) {
      if (o.borrowersOnly === true && p.role !== 'borrower') continue;
      const party = p.role === 'borrower' ? 'borrower' : 'third_party';
      const to = phone(p.role === 'borrower' ? 2 * i : 2 * i + 1);
      for (let k = 0; k < o.perPerson; k += 1) {
        n += 1;
        const key = `${acc.id}:s${k}:2026-01-05:${p.personId}`;
        messages.push({
          accountIds: [acc.id], personId: p.personId, party, channel: 'sms', purpose: 'collection',
          to, body: o.body ?? `[${key}] 您有一笔逾期款项，请及时还款。回复TD退订`, state: 'planned', decision: { allowed: true, violations: [] },
          scheduledAt: o.at, verificationCode: `C${String(n).padStart(9, '0')}${randomBytes(2).toString('hex')}`, planKey: key,
        });
      }
    }
  }
  for (let i = 0; i < messages.length; i += 1000) await store.insertMessages(tenant, messages.slice(i, i + 1000), 'test');
  return { tenant, messages: messages.length, people: 2 * o.accounts };
};

/** Allows a message while its person has fewer than `cap` counting outbound ledger rows. */
export const capRedecide = (cap: number): Redecide => async (tx, tenant, messages) => {
  const counts = new Map<string, number>();
  const out = new Map<string, Verdict>();
  for (const m of messages) {
    const person = m.personId as PersonId;
    let c = counts.get(person);
    if (c === undefined) {
      const events = await tx.listContactEvents(tenant, person);
      c = events.filter((e) => e.direction === 'outbound' && e.result === 'sent').length;
    }
    if (c < cap) {
      out.set(m.id, { kind: 'send' });
      c += 1;
    } else {
      out.set(m.id, { kind: 'block', decision: { allowed: false, violations: [{ rule: 'test-cap', reason: 'CAP' }], earliestAllowedAt: null } });
    }
    counts.set(person, c);
  }
  return out;
};

/** `plan_key` printed in a body by seedDueMessages. */
export const keyInText = (text: string): string | undefined => /^\[([^\]]+)\]/.exec(text)?.[1];

export type { Store };
