// Diagnostic (not a bench target): bench/dispatch.ts's workload — same seed, SMSC child,
// ThreadedSmppTransport, 2,000-message bare warm-up — with CPU µs per message of each
// thread of this process (Linux /proc: main, the busiest other thread = the SMPP thread,
// the rest = V8's helper threads) and of the SMSC child; then a bare run of BARE (default:
// as many) messages with the bare client's process CPU and the SMSC's. Used for the
// per-thread figures in docs/dispatcher.md. PROFILE=1 writes a CPU profile of the main
// thread's dispatch run (PROFILE_OUT); THREADS=1 lists every thread on stderr.
// `node --import tsx bench/_dispatch-threads.ts [messages] [concurrency]`
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { bareSmppRun } from './support/bare-smpp.js';
import { Dispatcher } from '../src/app/dispatch/dispatcher.js';
import { policyRedecide } from '../src/app/dispatch/policy-redecide.js';
import { ThreadedSmppTransport } from '../src/adapters/sms/smpp/threaded-smpp-transport.js';
import { openSqliteStore } from '../src/adapters/storage/sqlite/open-sqlite-store.js';
import { createNodeCipher } from '../src/adapters/system/node-cipher.js';
import { quietLogger, seedDueMessages } from '../test/support/dispatch-fixture.js';

const messages = Number(process.argv[2] ?? 10_000);
const concurrency = Number(process.argv[3] ?? 100);
const text = 'Tact: your payment is overdue. Please repay. Reply STOP to opt out';
const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./_smsc-process.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
const lines = createInterface({ input: child.stdout });
const nextLine = (): Promise<string> => new Promise((r) => lines.once('line', r));
const { port } = JSON.parse(await nextLine()) as { port: number };
const smscCpu = async (): Promise<number> => { child.stdin.write('stats\n'); return (JSON.parse(await nextLine()) as { cpuMs: number }).cpuMs * 1000; };

const threads = (): Map<string, { name: string; us: number }> => {
  const out = new Map<string, { name: string; us: number }>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const s = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
      const f = s.slice(s.lastIndexOf(') ') + 2).split(' ');
      out.set(tid, { name, us: (Number(f[11]) + Number(f[12])) * 10_000 });
    } catch { /* gone */ }
  }
  return out;
};

const t0 = Date.parse('2026-01-05T02:00:00Z');
const realStart = Date.now();
const clock = { now: () => t0 + (Date.now() - realStart) };
const dir = mkdtempSync(join(tmpdir(), 'tact-bench-dt-'));
const handle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: clock.now });
await handle.migrate();
const seeded = await seedDueMessages(handle.store, { accounts: messages, perPerson: 1, at: clock.now() - 1000, borrowersOnly: true, body: text });
const transport = await ThreadedSmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${port}`, window: 50, responseTimeoutMs: 120_000 });
transport.onInbound(() => undefined);
await bareSmppRun({ port, text, to: (i) => `86138${String(i).padStart(8, '0')}` }, 2000, 50); // warm-up, as bench/dispatch.ts
const dispatcher = new Dispatcher(
  { store: handle.store, transport, clock, logger: quietLogger, redecide: policyRedecide },
  { tenant: seeded.tenant, worker: 'bench', concurrency, flushEvery: 500 },
);
const profile = process.env.PROFILE === '1';
if (profile) { const insp = await import('node:inspector/promises'); const s = new insp.Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.start'); (globalThis as any).__s = s; }
const a = threads();
const sm0 = await smscCpu();
const started = performance.now();
const counts = await dispatcher.run(true);
const seconds = (performance.now() - started) / 1000;
await new Promise((r) => setTimeout(r, 200));
const b = threads();
const sm1 = await smscCpu();
if (profile) { const s = (globalThis as any).__s; const { profile: p } = await s.post('Profiler.stop'); (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT ?? '/tmp/dispatch.cpuprofile', JSON.stringify(p)); }
const per = (us: number): number => Math.round(us / counts.sent);
const byName: Record<string, number> = {};
const others: number[] = [];
for (const [tid, x] of b) {
  const d = x.us - (a.get(tid)?.us ?? 0);
  if (tid === String(process.pid)) byName.main = d; else others.push(d);
  if (process.env.THREADS === '1' && d > 0) console.error(tid, x.name, Math.round(d / 1000), 'ms');
}
others.sort((x, y) => y - x);
byName.top = others[0] ?? 0; // the SMPP thread (the busiest other thread)
byName.rest = others.slice(1).reduce((s, x) => s + x, 0);
const total = Object.values(byName).reduce((s, x) => s + x, 0);
const out: Record<string, number> = {};
for (const [k, v] of Object.entries(byName)) if (v > 0) out[k] = per(v);
const bareN = Number(process.env.BARE ?? counts.sent);
const bc0 = process.cpuUsage();
const bs0 = await smscCpu();
const barePerSec = bareN === 0 ? 0 : await bareSmppRun({ port, text, to: (i) => `86138${String(i).padStart(8, '0')}` }, bareN, 50);
const bs1 = await smscCpu();
const bc = process.cpuUsage(bc0);
const bare = { perSec: Math.round(barePerSec), clientUs: Math.round((bc.user + bc.system) / bareN), smscUs: Math.round((bs1 - bs0) / bareN) };
console.log(JSON.stringify({ bare, sent: counts.sent, perSec: Math.round(counts.sent / seconds), load: readFileSync('/proc/loadavg', 'utf8').split(' ')[0], threadsUs: out, processUs: per(total), smscUs: per(sm1 - sm0) }));
await transport.close();
await handle.close();
child.stdin.end();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
