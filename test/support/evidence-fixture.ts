// A seeded history for evidence, rights and retention tests: one account with a borrower
// and a contact, 100 messages each (200), dispatched through the real dispatcher with a
// per-person cap (some sent, the rest blocked), a delivery receipt, an inbound "TD" reply
// from the contact that suppressed the number, and one complaint row.
import { randomBytes } from 'node:crypto';
import { Dispatcher } from '../../src/app/dispatch/dispatcher.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { InProcessSmsTransport } from '../../src/adapters/sms/simulator/in-process-transport.js';
import { createNodeCipher } from '../../src/adapters/system/node-cipher.js';
import type { AccountId, TenantId } from '../../src/core/model/ids.js';
import type { StoreTarget } from '../contract/store-fixture.js';
import { capRedecide, quietLogger, seedDueMessages } from './dispatch-fixture.js';
import { testClock, type TestClock } from './test-clock.js';

export const BORROWER = '+8613800000000';
export const CONTACT = '+8613800000001';
export const CAP = 30;

export interface EvidenceHistory {
  readonly handle: StoreHandle;
  readonly clock: TestClock;
  readonly key: Buffer;
  readonly tenant: TenantId;
  readonly account: AccountId;
  readonly messages: number;
}

export const seedEvidenceHistory = async (target: StoreTarget, perPerson = 100): Promise<EvidenceHistory> => {
  const clock = testClock('2026-12-07T02:00:00Z');
  const key = randomBytes(32);
  const handle = await target.open({ cipher: createNodeCipher(key), logger: quietLogger, now: () => clock.now() });
  await handle.migrate();
  const store = handle.store;
  const s = await seedDueMessages(store, { accounts: 1, perPerson, at: clock.now() - 1, tenant: 'ev-tenant' });
  const transport = new InProcessSmsTransport();
  await new Dispatcher({ store, transport, clock, logger: quietLogger, redecide: capRedecide(CAP), sleep: async () => undefined },
    { tenant: s.tenant, worker: 'w1', concurrency: 4, batchSize: 50, flushEvery: 25 }).run(true);
  const account = (await store.getAccountByExternalId(s.tenant, 'acc-0'))!.id;
  const people = await store.listAccountPeople(s.tenant, account);
  const contact = people.find((p) => p.role !== 'borrower')!;
  const borrower = people.find((p) => p.role === 'borrower')!;
  const sent = (await store.listContactEvents(s.tenant, borrower.personId)).find((e) => e.providerId !== undefined)!;
  clock.advance(60_000);
  await store.recordReceipt(s.tenant, { providerId: sent.providerId!, status: 'delivered', at: clock.now() }, 'test');
  clock.advance(3_600_000);
  await store.appendInboundReply(s.tenant, {
    at: clock.now(), channel: 'sms', personId: contact.personId, phoneE164: CONTACT, party: 'third_party', accountIds: [account], text: 'TD 不要再发了', result: 'delivered',
  });
  await store.addSuppression(s.tenant, { phoneE164: CONTACT, reason: 'opt_out' }, 'inbound');
  await target.raw.run(
    `insert into complaints (tenant_id, complaint_id, account_id, person_id, person_hash, channel, category, details_enc, status, received_at, resolved_at, created_at, updated_at)
     values ('${s.tenant}', 'cmp-1', '${account}', '${contact.personId}', null, 'portal', 'third_party_contact', null, 'resolved', ${clock.now()}, ${clock.now() + 86_400_000}, ${clock.now()}, ${clock.now()})`,
  );
  return { handle, clock, key, tenant: s.tenant, account, messages: s.messages };
};

/** Every (table, column) of text type on either database, for "is it anywhere?" checks. */
export const textColumns = async (target: StoreTarget): Promise<{ table: string; column: string }[]> => {
  if (target.name === 'sqlite') {
    const tables = await target.raw.all("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'");
    const out: { table: string; column: string }[] = [];
    for (const t of tables) {
      const cols = await target.raw.all(`pragma table_info("${String(t.name)}")`);
      for (const c of cols) if (/text|blob|char|clob/i.test(String(c.type))) out.push({ table: String(t.name), column: String(c.name) });
    }
    return out;
  }
  const rows = await target.raw.all(`select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type in ('text', 'bytea', 'character varying', 'json', 'jsonb')`);
  return rows.map((r) => ({ table: String(r.table_name), column: String(r.column_name) }));
};

/** The tables and columns where any needle occurs (clear text or a copied sealed value). */
export const findAnywhere = async (target: StoreTarget, needles: readonly string[]): Promise<string[]> => {
  const hits = new Set<string>();
  for (const { table, column } of await textColumns(target)) {
    const rows = await target.raw.all(`select "${column}" as v from "${table}" where "${column}" is not null`);
    for (const r of rows) {
      const v = r.v;
      const text = Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
      for (const n of needles) if (text.includes(n)) hits.add(`${table}.${column}`);
    }
  }
  return [...hits];
};
