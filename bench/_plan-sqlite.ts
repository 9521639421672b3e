// SQLite side of bench/plan.ts: seeding with prepared inserts (not timed) and the I/O
// floor with plain prepared statements (one set-based read per page, ids as JSON).
import type Database from 'better-sqlite3';
import { floorClock, type Floor, type SeedRow } from './_plan-pg.js';

export const sqliteSeeder = (db: Database.Database, tenant: string, now: number): ((rows: readonly SeedRow[]) => void) => {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insAccount = db.prepare(
    `insert into accounts (tenant_id, account_id, external_id, product, currency, principal_minor, balance_minor, overdue_minor, due_date, days_past_due, status, flags, created_at, updated_at)
     values (?, ?, ?, 'consumer_loan', 'CNY', 500000, ?, 80000, ?, ?, 'overdue', '[]', ?, ?)`,
  );
  const insPerson = db.prepare(`insert into people (tenant_id, person_id, phone_enc, phone_index, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`);
  const insLink = db.prepare(
    `insert into account_people (tenant_id, account_id, position, person_id, role, name_enc, time_zones, locale, confirmation, confirmation_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, '["Asia/Shanghai"]', 'zh-CN', ?, ?, ?, ?)`,
  );
  const insEvent = db.prepare(
    `insert into contact_events (tenant_id, event_id, at, channel, direction, person_id, party, account_ids, result, purpose, created_at)
     values (?, ?, ?, 'sms', ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction((rows: readonly SeedRow[]) => {
    for (const r of rows) {
      insAccount.run(tenant, r.account, r.external, r.balance, r.due, r.dpd, now, now);
      r.people.forEach((p, k) => {
        insPerson.run(tenant, p.id, p.phone, p.index, now, now);
        insLink.run(tenant, r.account, k, p.id, p.role, p.name, p.confirmation, p.confirmationAt, now, now);
      });
      for (const e of r.events) insEvent.run(tenant, e.id, e.at, e.direction, e.person, e.party, e.accounts, e.result, e.purpose, now);
    }
  });
};

/** Pragmas of the store's own connection (open-sqlite-store.ts), so the floor writes under the same durability and cache. */
const storePragmas = ['synchronous = NORMAL', 'cache_size = -131072', 'temp_store = MEMORY', 'wal_autocheckpoint = 10000'];

/**
 * The floor on SQLite: the same account pages, people and ledger rows of the accounts
 * the plan wrote to, and the plan's own output rows inserted again (tenant "floor"), one
 * transaction per page, with plain prepared statements. Only those reads and inserts are
 * timed (wall and CPU); fetching the rows to copy is not.
 */
export const sqliteFloor = (db: Database.Database, tenant: string, batchSize: number): Floor => {
  for (const p of storePragmas) db.pragma(p);
  const touched = new Set(db.prepare(`select distinct account_id from messages where tenant_id = ?`).pluck().all(tenant) as string[]);
  const page = db.prepare(
    `select account_id, product, currency, balance_minor, overdue_minor, due_date, status, flags, debt_group, borrower_status, cease_received_at, disputed_at, verification_sent_at, attorney_known_at
     from accounts where tenant_id = ? and status = 'overdue' and account_id > ? order by account_id limit ?`,
  );
  const people = db.prepare(
    `select l.account_id, l.person_id, l.role, l.position, l.time_zones, l.locale, l.confirmation, l.confirmation_at, l.suppressed_at, l.name_enc, p.phone_enc, p.suppressed_at as ps
     from account_people l join people p on p.tenant_id = l.tenant_id and p.person_id = l.person_id
     where l.tenant_id = ? and l.account_id in (select value from json_each(?))`,
  );
  const ledger = db.prepare(
    `select event_id, at, channel, direction, person_id, party, account_ids, result, purpose from contact_events where tenant_id = ? and person_id in (select value from json_each(?))`,
  );
  const output = db.prepare(`select * from messages where tenant_id = ? and account_id in (select value from json_each(?))`);
  const columns = Object.keys(db.prepare(`select * from messages limit 1`).get() as object);
  const insert = db.prepare(`insert into messages (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
  const insertAll = db.transaction((rows: readonly Record<string, unknown>[]) => {
    for (const r of rows) insert.run(columns.map((c) => (c === 'tenant_id' ? 'floor' : r[c])));
  });
  const clock = floorClock();
  // One write transaction per `batchSize` accounts written to, as the planner commits.
  let pending: string[] = [];
  const flush = (): void => {
    const out = output.all(tenant, JSON.stringify(pending)) as Record<string, unknown>[];
    pending = [];
    clock.start();
    insertAll(out);
    clock.stop();
  };
  let after = '';
  let read = 0;
  let pages = 0;
  for (;;) {
    clock.start();
    const p0 = performance.now();
    const rows = page.all(tenant, after, batchSize) as { account_id: string }[];
    pages += performance.now() - p0;
    read += rows.length;
    const ids = rows.filter((a) => touched.has(a.account_id)).map((a) => a.account_id);
    if (ids.length > 0) {
      const links = people.all(tenant, JSON.stringify(ids)) as { person_id: string }[];
      ledger.all(tenant, JSON.stringify(links.map((l) => l.person_id)));
    }
    clock.stop();
    if (rows.length === 0) break;
    pending.push(...ids);
    if (pending.length >= batchSize) flush();
    after = rows[rows.length - 1]!.account_id;
  }
  if (pending.length > 0) flush();
  return { ...clock.total(), pagesSeconds: pages / 1000, read };
};
