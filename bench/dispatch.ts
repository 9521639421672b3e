// `npm run bench -- dispatch [messages] [concurrency]`: end-to-end sends per second from
// `planned` to `sent` — claim, policy re-decision over fresh context, ledger row, SMPP
// submit through the bundled SMSC (own process), recorded result — on SQLite, with the
// SMPP transport on its own thread as `tact dispatch` runs it; and in the same run the
// bare SMPP rate: a bare `smpp` client with the same window blasting the same number of
// submit_sm at the same SMSC. Also CPU per message: the dispatcher's main thread, its
// whole process, the bare client's. Prints one JSON line. Goal: ratio ≥ 0.6.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

const messages = Number(process.argv[2] ?? 20_000);
const concurrency = Number(process.argv[3] ?? 100);
const window = 50;
// GSM 7-bit, one segment, for both sides.
const text = 'Tact: your payment is overdue. Please repay. Reply STOP to opt out';

const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./_smsc-process.ts', import.meta.url))], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: child.stdout });
const { port } = JSON.parse(await new Promise<string>((r) => lines.once('line', r))) as { port: number };

const bareRun = (count: number, w: number): Promise<number> =>
  bareSmppRun({ port, text, to: (i) => `86138${String(i).padStart(8, '0')}` }, count, w);

// Monday 10:00 in Asia/Shanghai (inside cn's hours), moving with real time.
const t0 = Date.parse('2026-01-05T02:00:00Z');
const realStart = Date.now();
const clock = { now: () => t0 + (Date.now() - realStart) };
const dir = mkdtempSync(join(tmpdir(), 'tact-bench-dispatch-'));
const handle = openSqliteStore({ path: join(dir, 'tact.db'), cipher: createNodeCipher(randomBytes(32)), logger: quietLogger, now: clock.now });
await handle.migrate();
// One borrower message per account: each is allowed once by cn's caps.
const seeded = await seedDueMessages(handle.store, { accounts: messages, perPerson: 1, at: clock.now() - 1000, borrowersOnly: true, body: text });
const transport = await ThreadedSmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${port}`, window, responseTimeoutMs: 120_000 });
transport.onInbound(() => undefined);

await bareRun(2000, window); // warm-up
const dispatcher = new Dispatcher(
  { store: handle.store, transport, clock, logger: quietLogger, redecide: policyRedecide },
  { tenant: seeded.tenant, worker: 'bench', concurrency, flushEvery: 500 },
);
/** CPU µs of this process, and of its main thread (Linux /proc; undefined elsewhere). */
const cpuUs = (): number => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const mainThreadUs = (): number | undefined => {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[11]) + Number(f[12])) * 10_000; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
};
const perMessage = (us: number | undefined, n: number): number | undefined => (us === undefined ? undefined : Math.round(us / n));
const cpu0 = cpuUs();
const main0 = mainThreadUs();
const started = performance.now();
const counts = await dispatcher.run(true);
const seconds = (performance.now() - started) / 1000;
const dispatchCpu = cpuUs() - cpu0;
const main1 = mainThreadUs();
const dispatchPerSec = counts.sent / seconds;
const bareCpu0 = cpuUs();
const barePerSec = await bareRun(messages, window);
const bareCpu = cpuUs() - bareCpu0;
await transport.close();
await handle.close();
child.stdin.end();
rmSync(dir, { recursive: true, force: true });
if (counts.sent !== seeded.messages) console.error(`note: ${counts.sent} of ${seeded.messages} were sent: ${JSON.stringify(counts)}`);
console.log(JSON.stringify({
  bench: 'dispatch', store: 'sqlite', messages: seeded.messages, sent: counts.sent, concurrency, window,
  dispatchPerSec: Math.round(dispatchPerSec), barePerSec: Math.round(barePerSec),
  ratio: Number((dispatchPerSec / barePerSec).toFixed(3)), goalRatio: 0.6,
  cpuUsPerMessage: {
    dispatchMainThread: perMessage(main0 === undefined || main1 === undefined ? undefined : main1 - main0, counts.sent),
    dispatchProcess: perMessage(dispatchCpu, counts.sent),
    bare: perMessage(bareCpu, messages),
  },
}));
process.exit(0);
