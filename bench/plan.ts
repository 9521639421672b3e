// `npm run bench -- plan [--accounts N] [--batch N] [--db postgres://…]`
// Seeds N overdue accounts (default 1,000,000; cn pack, DPD 1–90 spread evenly), each
// with a borrower and 2 contacts (one unconfirmed, one confirmed), and 5 ledger events
// per account (5,000,000 at the default) — SQLite in a temp directory with direct
// prepared inserts, or a throwaway PostgreSQL database with unnest() inserts; not timed.
// Then plans one business day through the real use case and store (timed), and measures
// an "I/O floor" in the same run with plain prepared statements and no logic:
//  - reads: every overdue account in keyset pages of --batch (as issue 5 names it — the
//    planner itself now reads only the accounts due on a date at which a step fires,
//    about a fifth of them; `floorPagesSeconds` is the part of the floor spent paging),
//    and the people and ledger rows of the accounts the plan wrote to;
//  - writes: the plan's own output rows, copied (tenant "floor") with the same values,
//    sizes and random verification codes, one transaction per --batch accounts written
//    to (as the planner commits), on a connection with the store's pragmas. Until
//    2026-11-28 the floor wrote constant 260-byte rows with sequential codes under
//    synchronous=OFF: cheaper index and WAL work than the rows the plan must write.
// Copying the rows is not timed. Wall and CPU seconds (this process; PostgreSQL's own
// work shows in wall time only) are printed for both, with their ratios. ONE JSON line.
// Goals (issue 5): ratio ≤ 2.0, peak RSS < 600 MB, < 30 s for 1,000,000 accounts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { planDay } from '../src/app/plan-day.js';
import type { StoreHandle } from '../src/app/ports/store.js';
import { openPostgresStore } from '../src/adapters/storage/postgres/open-postgres-store.js';
import { openSqliteStore } from '../src/adapters/storage/sqlite/open-sqlite-store.js';
import { CryptoCodeGenerator } from '../src/adapters/system/crypto-code-generator.js';
import { createNodeCipher } from '../src/adapters/system/node-cipher.js';
import { createPinoLogger } from '../src/adapters/system/pino-logger.js';
import { tenantId } from '../src/core/model/ids.js';
import { pgFloor, pgSeed, type SeedRow } from './_plan-pg.js';
import { sqliteFloor, sqliteSeeder } from './_plan-sqlite.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const accounts = Number(arg('--accounts') ?? 1_000_000);
const batchSize = Number(arg('--batch') ?? 1000);
const pgUrl = arg('--db');

const DATE = '2026-12-09'; // a Wednesday, an ordinary working day
const NOW = Date.parse('2026-12-09T00:30:00Z'); // 08:30 Asia/Shanghai
const DAY = 86_400_000;
const tenant = tenantId('bench');
const pad = (i: number): string => String(i).padStart(8, '0');
const dueFor = (i: number): string => new Date(Date.parse(`${DATE}T00:00:00Z`) - (1 + (i % 90)) * DAY).toISOString().slice(0, 10);

const cipher = createNodeCipher(randomBytes(32));
const logger = createPinoLogger({ level: 'silent' });
// Sealed values are reused across rows (the bench measures planning, not seeding).
const phones = Array.from({ length: 1000 }, (_, k) => cipher.encrypt(`+86138${pad(k)}`, `${tenant}/people.phone`));
const names = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强'].map((n) => cipher.encrypt(n, `${tenant}/account_people.name`));
const roles = ['borrower', 'emergency_contact', 'emergency_contact'] as const;

/** Account i: a borrower, an unconfirmed and a confirmed contact; 3 texts to the borrower
 * over 60 days, a reply from half the borrowers, one location request to the contact. */
const seedRow = (i: number): SeedRow => {
  const a = `A${pad(i)}`;
  const p = (k: number): string => `P${pad(i)}${k}`;
  const acc = `["${a}"]`;
  return {
    account: a,
    external: `L${pad(i)}`,
    balance: 400_000 + (i % 97) * 100,
    due: dueFor(i),
    dpd: 1 + (i % 90),
    people: [0, 1, 2].map((k) => ({
      id: p(k),
      phone: phones[(i * 3 + k) % phones.length]!,
      index: `idx-${i}-${k}`,
      role: roles[k]!,
      name: names[(i + k) % names.length]!,
      confirmation: k === 0 ? 'not_required' : k === 1 ? 'unconfirmed' : 'confirmed',
      confirmationAt: k === 2 ? NOW - 30 * DAY : null,
    })),
    events: [
      ...[0, 1, 2].map((k) => ({ id: `E${pad(i)}${k}`, at: NOW - (((i * 7 + k * 13) % 60) * DAY + k * 3_600_000), direction: 'outbound', person: p(0), party: 'borrower', accounts: acc, result: 'delivered', purpose: 'collection' })),
      { id: `E${pad(i)}3`, at: NOW - (i % 2 === 0 ? 1 : 20) * DAY, direction: 'inbound', person: p(0), party: 'borrower', accounts: acc, result: 'delivered', purpose: null },
      { id: `E${pad(i)}4`, at: NOW - ((i * 11) % 60) * DAY, direction: 'outbound', person: p(2), party: 'third_party', accounts: acc, result: 'delivered', purpose: 'location' },
    ],
  };
};

const dir = mkdtempSync(join(tmpdir(), 'tact-bench-plan-'));
const path = join(dir, 'bench.db');
let dropPg: (() => Promise<void>) | undefined;
let pgDbUrl = '';
const admin = async <T>(fn: (c: pg.Client) => Promise<T>, url = pgUrl!): Promise<T> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
};
const open = async (): Promise<StoreHandle> =>
  pgUrl === undefined ? openSqliteStore({ path, cipher, logger, now: () => NOW }) : openPostgresStore({ url: pgDbUrl, cipher, logger, now: () => NOW });

try {
  if (pgUrl !== undefined) {
    const name = `tact_bench_plan_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await admin((c) => c.query(`create database "${name}"`));
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    pgDbUrl = u.toString();
    dropPg = () => admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined);
  }
  // Schema and tenant through the store; rows by direct inserts.
  const setup = await open();
  await setup.migrate();
  await setup.store.createTenant(tenant, { name: '示例金融', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'bench');
  await setup.close();

  const seedStart = performance.now();
  const db = pgUrl === undefined ? new Database(path) : undefined;
  if (db !== undefined) {
    const seed = sqliteSeeder(db, tenant, NOW);
    for (let i = 0; i < accounts; i += 10_000) seed(Array.from({ length: Math.min(accounts, i + 10_000) - i }, (_, k) => seedRow(i + k)));
    db.exec('analyze');
    for (const t of ['accounts', 'people', 'account_people', 'contact_events', 'messages']) db.prepare(`select count(*) from ${t}`).get();
  } else {
    await admin(async (c) => {
      for (let i = 0; i < accounts; i += 5_000) await pgSeed(c, tenant, NOW, Array.from({ length: Math.min(accounts, i + 5_000) - i }, (_, k) => seedRow(i + k)));
      await c.query('analyze');
    }, pgDbUrl);
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;

  // The plan, through the real store and use case.
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  const store = await open();
  const planStart = performance.now();
  const planCpu0 = process.cpuUsage();
  const r = await planDay({ store: store.store, codes: new CryptoCodeGenerator(), clock: { now: () => NOW } }, tenant, DATE, { batchSize });
  const planCpu = process.cpuUsage(planCpu0);
  const planSeconds = (performance.now() - planStart) / 1000;
  const planCpuSeconds = (planCpu.user + planCpu.system) / 1e6;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  await store.close();
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const s = r.value;

  // The I/O floor: the same reads and the same output rows, no logic.
  const floor = db !== undefined ? sqliteFloor(db, tenant, batchSize) : await admin((c) => pgFloor(c, tenant, batchSize), pgDbUrl);
  db?.close();

  console.log(
    JSON.stringify({
      bench: 'plan',
      db: pgUrl === undefined ? 'sqlite' : 'postgres',
      accounts,
      events: accounts * 5,
      batchSize,
      seedSeconds: Number(seedSeconds.toFixed(1)),
      seconds: Number(planSeconds.toFixed(2)),
      accountsPerSecond: Math.round(accounts / planSeconds),
      peakRssMb: Math.round(peakRss / 1_048_576),
      maxRssMbProcess: Math.round(process.resourceUsage().maxRSS / 1024),
      planned: s.planned,
      blocked: s.blocked,
      candidates: s.candidates,
      floorSeconds: Number(floor.seconds.toFixed(2)),
      floorPagesSeconds: Number(floor.pagesSeconds.toFixed(2)),
      floorAccountsRead: floor.read,
      ratioToIoFloor: Number((planSeconds / floor.seconds).toFixed(2)),
      cpuSeconds: Number(planCpuSeconds.toFixed(2)),
      floorCpuSeconds: Number(floor.cpuSeconds.toFixed(2)),
      cpuRatioToIoFloor: Number((planCpuSeconds / floor.cpuSeconds).toFixed(2)),
      loadAverage: Number(loadavg()[0]!.toFixed(1)),
      byReason: s.byReason,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
  await dropPg?.();
}
