// `npm run bench -- smpp [messages] [window]`: SmppTransport against the bundled SMSC on
// 127.0.0.1 (in its own process), and in the same run a bare `smpp` client blasting the
// same number of submit_sm with the same window at the same SMSC. Both request receipts
// and answer them. Also measures the SMSC's own ceiling: several bare clients with a
// large window at once. Prints one JSON line. Goal: tactPerSec ≥ 0.8 × barePerSec.
// Rounds alternate Tact and bare (5 × messages/5 each) so load drift hits both alike.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { bareSmppRun } from './support/bare-smpp.js';
import { SmppTransport } from '../src/adapters/sms/smpp/smpp-transport.js';

const messages = Number(process.argv[2] ?? 100_000);
const window = Number(process.argv[3] ?? 50);
const text = 'Tact: your code is 7KQ2M9XA. Payment due 2026-12-01. Reply STOP to opt out';
const to = (i: number): string => `+1555${String(i % 10_000_000).padStart(7, '0')}`;

const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./_smsc-process.ts', import.meta.url))], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const lines = createInterface({ input: child.stdout });
const nextLine = (): Promise<string> => new Promise((resolve) => lines.once('line', resolve));
const { port } = JSON.parse(await nextLine()) as { port: number };

const tactRun = async (count: number): Promise<number> => {
  const t = await SmppTransport.open({ url: `smpp://tact:secret@127.0.0.1:${port}`, window, responseTimeoutMs: 120_000 });
  t.onInbound(() => undefined);
  // Driven as the dispatcher drives it: bounded concurrency (2 × window send() calls
  // outstanding), so the adapter's queue never holds the whole batch.
  const started = performance.now();
  let next = 0;
  let accepted = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const outcome = await t.send({ messageId: `m${i}`, to: to(i), text });
      if (outcome.kind === 'accepted') accepted += 1;
    }
  };
  await Promise.all(Array.from({ length: 2 * window }, worker));
  const seconds = (performance.now() - started) / 1000;
  await t.close();
  if (accepted !== count) throw new Error(`only ${accepted} of ${count} accepted`);
  return count / seconds;
};

const bareRun = (count: number, w: number): Promise<number> => bareSmppRun({ port, text, to: (i) => to(i).slice(1) }, count, w);

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 300)); // let receipts drain
/** Runs one measured round; returns its rate and this process's CPU µs per message. */
const measure = async (run: (count: number) => Promise<number>, count: number): Promise<{ rate: number; cpuUs: number }> => {
  await settle();
  const before = process.cpuUsage();
  const rate = await run(count);
  const cpu = process.cpuUsage(before);
  return { rate, cpuUs: (cpu.user + cpu.system) / count };
};
await tactRun(5000);
await bareRun(5000, window);
// The machine may be shared: alternate short rounds so load drift hits both sides alike.
const rounds = 5;
const tact: { rate: number; cpuUs: number }[] = [];
const bare: { rate: number; cpuUs: number }[] = [];
for (let round = 0; round < rounds; round += 1) {
  tact.push(await measure(tactRun, messages / rounds));
  bare.push(await measure((n) => bareRun(n, window), messages / rounds));
}
await settle();
const smscStats = async (): Promise<{ submits: number; cpuMs: number }> => {
  child.stdin.write('stats\n');
  return JSON.parse(await nextLine()) as { submits: number; cpuMs: number };
};
const clients = 4;
const cpuBefore = (await smscStats()).cpuMs;
const startedMax = performance.now();
await Promise.all(Array.from({ length: clients }, () => bareRun(messages / clients, 500)));
const maxMs = performance.now() - startedMax;
const smscMaxPerSec = messages / (maxMs / 1000);
const stats = await smscStats();
// Below 100 %, the simulator was not what limited smscMaxPerSec: its ceiling is higher.
const smscCpuPctAtMax = Math.round(((stats.cpuMs - cpuBefore) / maxMs) * 100);
// Submits (each with its receipt) the simulator handles per second of its own CPU time:
// its ceiling on one free core, whoever limits the run.
const smscPerCpuSecond = Math.round(messages / ((stats.cpuMs - cpuBefore) / 1000));
child.stdin.end();
// Same count per round: the harmonic mean of the round rates is the overall rate.
const rate = (xs: readonly { rate: number }[]): number => xs.length / xs.reduce((a, x) => a + 1 / x.rate, 0);
const cpuUs = (xs: readonly { cpuUs: number }[]): number => xs.reduce((a, x) => a + x.cpuUs, 0) / xs.length;
const tactPerSec = rate(tact);
const barePerSec = rate(bare);
console.log(
  JSON.stringify({
    bench: 'smpp',
    messages,
    window,
    tactPerSec: Math.round(tactPerSec),
    barePerSec: Math.round(barePerSec),
    ratio: Number((tactPerSec / barePerSec).toFixed(3)),
    smscMaxPerSec: Math.round(smscMaxPerSec),
    smscMaxClients: clients,
    smscSubmitsSeen: stats.submits,
    smscCpuPctAtMax,
    smscPerCpuSecond,
    // Client CPU per message (µs), a figure the load of a shared machine hardly moves.
    tactCpuUsPerMessage: Math.round(cpuUs(tact)),
    bareCpuUsPerMessage: Math.round(cpuUs(bare)),
    goalRatio: 0.8,
  }),
);
process.exit(0);
