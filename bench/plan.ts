// `npm run bench -- plan [--accounts N] [--batch N]`
// Seeds N overdue accounts (default 1,000,000; cn pack, DPD 1–90 spread evenly), each
// with a borrower and 2 contacts (one unconfirmed, one confirmed), and 5 ledger events
// per account (5,000,000 at the default), in SQLite with direct prepared inserts — not
// timed. Then plans one business day through the real use case and store (timed), and
// measures an "I/O floor" in the same run: the same input rows read (every overdue
// account in keyset pages; people and ledger rows of the accounts the plan wrote to)
// and the same number of output rows inserted into `messages`, with plain prepared
// statements and no logic. Prints ONE JSON line. Goals (issue 5): ratio ≤ 2.0, peak RSS
// < 600 MB, < 30 s for 1,000,000 accounts. PostgreSQL seeding is not implemented yet.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { planDay } from '../src/app/plan-day.js';
import { openSqliteStore } from '../src/adapters/storage/sqlite/open-sqlite-store.js';
import { CryptoCodeGenerator } from '../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../src/adapters/system/node-cipher.js';
import { createPinoLogger } from '../src/adapters/system/pino-logger.js';
import { tenantId } from '../src/core/model/ids.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const accounts = Number(arg('--accounts') ?? 1_000_000);
const batchSize = Number(arg('--batch') ?? 1000);
if (arg('--db') !== undefined) {
  console.error('TACT_ERR_CLI_BAD_ARGUMENT: bench plan seeds SQLite only for now (PostgreSQL seeding not implemented)');
  process.exit(2);
}

const DATE = '2026-12-09'; // a Wednesday, an ordinary working day
const NOW = Date.parse('2026-12-09T00:30:00Z'); // 08:30 Asia/Shanghai
const DAY = 86_400_000;
const tenant = tenantId('bench');
const pad = (i: number): string => String(i).padStart(8, '0');
const dueFor = (i: number): string => new Date(Date.parse(`${DATE}T00:00:00Z`) - (1 + (i % 90)) * DAY).toISOString().slice(0, 10);

const dir = mkdtempSync(join(tmpdir(), 'tact-bench-plan-'));
const path = join(dir, 'bench.db');
const cipher = createNodeCipher(randomBytes(32));
const logger = createPinoLogger({ level: 'silent' });
try {
  // Schema and tenant through the store; rows by direct prepared inserts.
  const setup = openSqliteStore({ path, cipher, logger, now: () => NOW });
  await setup.migrate();
  await setup.store.createTenant(tenant, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'bench');
  await setup.close();

  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const phones = Array.from({ length: 1000 }, (_, k) => cipher.encrypt(`+86138${pad(k)}`, `${tenant}/people.phone`));
  const names = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强'].map((n) => cipher.encrypt(n, `${tenant}/account_people.name`));
  const insAccount = db.prepare(
    `insert into accounts (tenant_id, account_id, external_id, product, currency, principal_minor, balance_minor, overdue_minor, due_date, days_past_due, status, flags, created_at, updated_at)
     values (?, ?, ?, 'consumer_loan', 'CNY', ?, ?, ?, ?, ?, 'overdue', '[]', ?, ?)`,
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
  const seedStart = performance.now();
  let events = 0;
  const seed = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const a = `A${pad(i)}`;
      const dpd = 1 + (i % 90);
      insAccount.run(tenant, a, `L${pad(i)}`, 500_000, 400_000 + (i % 97) * 100, 80_000, dueFor(i), dpd, NOW, NOW);
      const roles = ['borrower', 'emergency_contact', 'emergency_contact'] as const;
      for (let k = 0; k < 3; k += 1) {
        const p = `P${pad(i)}${k}`;
        insPerson.run(tenant, p, phones[(i * 3 + k) % phones.length], `idx-${i}-${k}`, NOW, NOW);
        const confirmation = k === 0 ? 'not_required' : k === 1 ? 'unconfirmed' : 'confirmed';
        insLink.run(tenant, a, k, p, roles[k], names[(i + k) % names.length], confirmation, k === 2 ? NOW - 30 * DAY : null, NOW, NOW);
      }
      const acc = `["${a}"]`;
      // 3 texts to the borrower over the last 60 days, a reply from half the borrowers,
      // and one location request to the confirmed contact: 5 events per account.
      for (let k = 0; k < 3; k += 1) insEvent.run(tenant, `E${pad(i)}${k}`, NOW - (((i * 7 + k * 13) % 60) * DAY + k * 3_600_000), 'outbound', `P${pad(i)}0`, 'borrower', acc, 'delivered', 'collection', NOW);
      insEvent.run(tenant, `E${pad(i)}3`, NOW - ((i % 2 === 0 ? 1 : 20) * DAY), 'inbound', `P${pad(i)}0`, 'borrower', acc, 'delivered', null, NOW);
      insEvent.run(tenant, `E${pad(i)}4`, NOW - ((i * 11) % 60) * DAY, 'outbound', `P${pad(i)}2`, 'third_party', acc, 'delivered', 'location', NOW);
      events += 5;
    }
  });
  for (let i = 0; i < accounts; i += 10_000) seed(i, Math.min(accounts, i + 10_000));
  db.exec('analyze');
  const seedSeconds = (performance.now() - seedStart) / 1000;
  // Warm the page cache equally for both measurements.
  for (const t of ['accounts', 'people', 'account_people', 'contact_events', 'messages']) db.prepare(`select count(*) from ${t}`).get();

  // The plan, through the real store and use case.
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const store = openSqliteStore({ path, cipher, logger, now: () => NOW });
  const planStart = performance.now();
  const r = await planDay({ store: store.store, codes: new CryptoCodeGenerator(), clock: { now: () => NOW } }, tenant, DATE, { batchSize });
  const planSeconds = (performance.now() - planStart) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  await store.close();
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const s = r.value;
  const written = s.planned + s.blocked;

  // The I/O floor: the same reads and the same number of inserts, no logic.
  const touched = new Set((db.prepare(`select distinct account_id from messages where tenant_id = ?`).pluck().all(tenant) as string[]));
  const page = db.prepare(`select account_id, product, currency, balance_minor, overdue_minor, due_date, status, flags, debt_group, borrower_status, cease_received_at, disputed_at, verification_sent_at, attorney_known_at from accounts where tenant_id = ? and status = 'overdue' and account_id > ? order by account_id limit ?`);
  const people = db.prepare(`select l.person_id, l.role, l.time_zones, l.confirmation, l.name_enc, p.phone_enc from account_people l join people p on p.tenant_id = l.tenant_id and p.person_id = l.person_id where l.tenant_id = ? and l.account_id = ?`);
  const ledger = db.prepare(`select event_id, at, channel, direction, party, account_ids, result, purpose from contact_events where tenant_id = ? and person_id = ?`);
  const body = 'x'.repeat(260);
  const insMsg = db.prepare(
    `insert into messages (tenant_id, message_id, account_id, account_ids, person_id, party, channel, purpose, template_id, to_enc, body_enc, state, decision, scheduled_at, verification_code, plan_key, attempts, state_at, created_at, updated_at)
     values ('floor', ?, ?, ?, ?, 'borrower', 'sms', 'collection', 't', ?, ?, 'planned', '{"allowed":true}', ?, ?, ?, 0, ?, ?, ?)`,
  );
  let n = 0;
  const insertSome = db.transaction((k: number) => {
    for (let j = 0; j < k && n < written; j += 1, n += 1) insMsg.run(`M${n}`, 'A', '["A"]', 'P', body, body, NOW, `C${n}`, `K${n}`, NOW, NOW, NOW);
  });
  const floorStart = performance.now();
  let after = '';
  let read = 0;
  for (;;) {
    const rows = page.all(tenant, after, batchSize) as { account_id: string }[];
    if (rows.length === 0) break;
    for (const a of rows) {
      read += 1;
      if (!touched.has(a.account_id)) continue;
      for (const p of people.all(tenant, a.account_id) as { person_id: string }[]) ledger.all(tenant, p.person_id);
    }
    insertSome(Math.ceil((written * rows.length) / accounts));
    after = rows[rows.length - 1]!.account_id;
  }
  insertSome(written);
  const floorSeconds = (performance.now() - floorStart) / 1000;
  db.close();

  console.log(
    JSON.stringify({
      bench: 'plan',
      db: 'sqlite',
      accounts,
      events,
      batchSize,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      seconds: Number(planSeconds.toFixed(2)),
      accountsPerSecond: Math.round(accounts / planSeconds),
      peakRssMb: Math.round(peakRss / 1_048_576),
      maxRssMbProcess: Math.round(process.resourceUsage().maxRSS / 1024),
      planned: s.planned,
      blocked: s.blocked,
      candidates: s.candidates,
      floorSeconds: Number(floorSeconds.toFixed(2)),
      floorAccountsRead: read,
      ratioToIoFloor: Number((planSeconds / floorSeconds).toFixed(2)),
      byReason: s.byReason,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
