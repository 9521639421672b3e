// `npm run bench -- import [--rows N] [--db postgres://…] [--batch N]`
// Generates a CSV of N rows (default 1,000,000; a borrower and 2 contacts each) in a
// temporary directory — not timed — then imports it into a fresh database through the
// real use case, spool and store: SQLite in the temp directory by default, or a
// throwaway database created on the given PostgreSQL server (dropped afterwards).
// Prints ONE JSON line: rows/s, seconds (and the validate/write split), peak RSS, and
// the floors of the writing pass (bench/_import-floor.ts; `--no-floor` skips them).
// Goal (issue 3): 1,000,000 rows in under 60 s and under 500 MB.
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { importAccounts } from '../src/app/import-accounts.js';
import { fileRecordSpool } from '../src/cli/file-record-spool.js';
import { tenantId } from '../src/core/model/ids.js';
import { openStoreWith } from '../src/main/open-store.js';
import { writeImportCsv } from './_import-data.js';
import { importFloor, type ImportFloor } from './_import-floor.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const rows = Number(arg('--rows') ?? 1_000_000);
const batchSize = Number(arg('--batch') ?? 1000);
const pgUrl = arg('--db');
const withFloor = !process.argv.includes('--no-floor');

/** Clock ticks → seconds of CPU used by a process (utime + stime from /proc/PID/stat). */
const cpuOfStat = (stat: string): number => {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};

/**
 * CPU seconds of the PostgreSQL backends serving database `name`, when the server runs on
 * this host (Linux /proc; their titles read "postgres: USER DB …"), else undefined.
 */
const pgBackendCpu = (name: string): number | undefined => {
  let total: number | undefined;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.startsWith('postgres: ') || !cmd.split(' ').includes(name)) continue;
      total = (total ?? 0) + cpuOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
};

const withPgAdmin = async <T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
};

const dir = mkdtempSync(join(tmpdir(), 'tact-bench-import-'));
let dropPg: (() => Promise<void>) | undefined;
let pgName: string | undefined;
try {
  const csv = join(dir, 'accounts.csv');
  const bytes = await writeImportCsv(csv, rows);

  let dbArg = `sqlite:${join(dir, 'bench.db')}`;
  if (pgUrl !== undefined) {
    const name = `tact_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    pgName = name;
    await withPgAdmin(pgUrl, (c) => c.query(`create database "${name}"`));
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    dbArg = u.toString();
    dropPg = () => withPgAdmin(pgUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined);
  }
  const masterKey = randomBytes(32);
  const env = { TACT_MASTER_KEY: masterKey.toString('hex'), TACT_LOG_LEVEL: 'silent' };
  const opened = await openStoreWith({ args: ['--db', dbArg], env, cwd: dir, warn: () => undefined });
  if (!opened.ok) throw new Error(opened.error.message);
  const handle = opened.value;
  await handle.migrate();
  const tenant = tenantId('bench');
  await handle.store.createTenant(tenant, { name: 'Bench', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'bench');

  (globalThis as { gc?: () => void }).gc?.();
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const cpu0 = process.cpuUsage();
  const spool = fileRecordSpool(dir);
  const started = performance.now();
  let validated = started;
  let validatedCpu = cpu0;
  const summary = await importAccounts(handle.store, {
    tenant,
    actor: 'bench:import',
    format: 'csv',
    context: { defaultRegion: 'CN', defaultTimeZone: 'Asia/Shanghai', today: '2026-11-28' },
    skipInvalid: false,
    source: createReadStream(csv, { highWaterMark: 1 << 16 }),
    // The write pass starts when the use case replays the spool: that splits the times.
    spool: { ...spool, replay: () => ((validated = performance.now()), (validatedCpu = process.cpuUsage()), spool.replay()) },
    batchSize,
    onProgress: sample,
  });
  const ended = performance.now();
  const seconds = (ended - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // Backends end when the store closes: read their CPU first (it includes the migration).
  const serverCpu = pgName === undefined ? undefined : pgBackendCpu(pgName);
  clearInterval(timer);
  sample();
  await handle.close();
  if (!summary.written || summary.created !== rows) {
    throw new Error(`bench import did not create every row: ${JSON.stringify({ ...summary, failures: summary.failures.slice(0, 3) })}`);
  }
  const peakRssMb = Math.round(peakRss / 1048576);

  // The floors (bench/_import-floor.ts), after the import and untimed by it: a fresh
  // SQLite file with the same migrations and the store's pragmas (copied from a store
  // opened on it), the same rows sealed beforehand, plain prepared statements. On
  // PostgreSQL only the crypto floor is meaningful; the insert floor still runs on SQLite.
  let floor: ImportFloor | undefined;
  if (withFloor) {
    const floorPath = join(dir, 'floor.db');
    const o = await openStoreWith({ args: ['--db', `sqlite:${floorPath}`], env, cwd: dir, warn: () => undefined });
    if (!o.ok) throw new Error(o.error.message);
    await o.value.migrate();
    await o.value.store.createTenant(tenant, { name: 'Bench', pack: 'cn', defaultRegion: 'CN', timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, 'bench');
    await o.value.close();
    const fdb = new Database(floorPath);
    // The store's connection settings (open-sqlite-store.ts).
    for (const p of ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON', 'cache_size = -131072', 'temp_store = MEMORY', 'wal_autocheckpoint = 40000', 'secure_delete = ON']) {
      fdb.pragma(p);
    }
    floor = importFloor(fdb, tenant, masterKey, rows, batchSize);
    fdb.close();
  }
  console.log(
    JSON.stringify({
      bench: 'import',
      db: pgUrl === undefined ? 'sqlite' : 'postgres',
      rows,
      contactsPerRow: 2,
      fileMb: Math.round(bytes / 1048576),
      batchSize,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(rows / seconds),
      validateSeconds: Number(((validated - started) / 1000).toFixed(2)),
      writeSeconds: Number(((ended - validated) / 1000).toFixed(2)),
      // CPU seconds of this process (all threads): the figure to trust when other
      // processes share the machine and wall time stretches.
      cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
      ...(serverCpu === undefined ? {} : { pgBackendCpuSeconds: Number(serverCpu.toFixed(2)) }),
      validateCpuSeconds: Number(((validatedCpu.user + validatedCpu.system - cpu0.user - cpu0.system) / 1e6).toFixed(2)),
      ...(floor === undefined
        ? {}
        : {
            // CPU seconds the writing pass cannot go below (docs/import.md "Speed"):
            floorInsertCpuSeconds: Number(floor.insertCpuSeconds.toFixed(2)),
            floorCommitCpuSeconds: Number(floor.commitCpuSeconds.toFixed(2)),
            floorCryptoCpuSeconds: Number(floor.cryptoCpuSeconds.toFixed(2)),
            floorSealCpuSeconds: Number(floor.cryptoSealCpuSeconds.toFixed(2)),
            floorHmacCpuSeconds: Number(floor.cryptoHmacCpuSeconds.toFixed(2)),
          }),
      peakRssMb,
      baseRssMb: Math.round(baseRss / 1048576),
      peakHeapMb: Math.round(peakHeap / 1048576),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      goal: { seconds: 60, peakRssMb: 500, rows: 1_000_000 },
      met: rows >= 1_000_000 ? seconds < 60 && peakRssMb < 500 : null,
    }),
  );
} finally {
  await dropPg?.();
  rmSync(dir, { recursive: true, force: true });
}
