// SQLite side of bench/plan.ts: seeding with prepared inserts (not timed) and the I/O
// floor with plain prepared statements (one set-based read per page, ids as JSON).
import type Database from 'better-sqlite3';
import type { SeedRow } from './_plan-pg.js';

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

export const sqliteFloor = (db: Database.Database, tenant: string, now: number, accounts: number, written: number, batchSize: number): { seconds: number; read: number } => {
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
  const body = 'x'.repeat(260);
  const insMsg = db.prepare(
    `insert into messages (tenant_id, message_id, account_id, account_ids, person_id, party, channel, purpose, template_id, to_enc, body_enc, state, decision, scheduled_at, verification_code, plan_key, attempts, state_at, created_at, updated_at)
     values ('floor', ?, 'A', '["A"]', 'P', 'borrower', 'sms', 'collection', 't', ?, ?, 'planned', '{"allowed":true}', ?, ?, ?, 0, ?, ?, ?)`,
  );
  let n = 0;
  const insertSome = db.transaction((k: number) => {
    for (let j = 0; j < k && n < written; j += 1, n += 1) insMsg.run(`M${n}`, body, body, now, `C${n}`, `K${n}`, now, now, now);
  });
  const start = performance.now();
  let after = '';
  let read = 0;
  for (;;) {
    const rows = page.all(tenant, after, batchSize) as { account_id: string }[];
    if (rows.length === 0) break;
    read += rows.length;
    const ids = rows.filter((a) => touched.has(a.account_id)).map((a) => a.account_id);
    if (ids.length > 0) {
      const links = people.all(tenant, JSON.stringify(ids)) as { person_id: string }[];
      ledger.all(tenant, JSON.stringify(links.map((l) => l.person_id)));
    }
    insertSome(Math.ceil((written * rows.length) / accounts));
    after = rows[rows.length - 1]!.account_id;
  }
  insertSome(written);
  return { seconds: (performance.now() - start) / 1000, read };
};
