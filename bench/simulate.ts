// `npm run bench -- simulate [--accounts N] [--days D] [--arms a,b,c] [--pack cn|us-regf] [--seed S] [--no-guardrails]`
// Runs `tact simulate`'s use case (default 100,000 accounts × 60 days, all three arms,
// cn, a temporary SQLite file, the in-process SMS centre) and prints ONE JSON line:
// accounts, days, wall seconds, CPU seconds (user + system of this process: on a shared
// machine the CPU figure is the one to compare) in all and per phase (seeding; per day:
// planner, dispatcher, reactions, daily payments; the end-of-run blocked-messages read),
// CPU per simulated day after seeding, peak RSS, messages sent, payments, and the load
// average at start and end (other work on the machine stretches wall time). Progress,
// one line per simulated day, goes to stderr. `--no-guardrails` as in tact simulate.
import { loadavg } from 'node:os';
import { runSimulation, type SimulationPhase } from '../src/app/simulate/run-simulation.js';
import { tenantId } from '../src/core/model/ids.js';
import { simulationArms, type SimulationArm } from '../src/core/simulate/arm-strategies.js';
import { defaultAssumptions } from '../src/core/simulate/simulation-assumptions.js';
import { simulateDeps } from '../src/main/simulate-deps.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const accounts = Number(arg('--accounts') ?? 100_000);
const days = Number(arg('--days') ?? 60);
const arms = (arg('--arms') ?? simulationArms.join(',')).split(',') as SimulationArm[];
const pack = arg('--pack') === 'us-regf' ? 'us-regf' : 'cn';
const seed = Number(arg('--seed') ?? 1);
const startDate = '2026-12-07';

const load0 = loadavg()[0]!;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const cpuS = (): number => {
  const c = process.cpuUsage(cpu0);
  return Math.round((c.user + c.system) / 1e4) / 100;
};
const phases: Partial<Record<SimulationPhase, number>> = {};
const phase = async <T>(name: SimulationPhase, f: () => Promise<T>): Promise<T> => {
  const c0 = process.cpuUsage();
  try {
    return await f();
  } finally {
    const c = process.cpuUsage(c0);
    phases[name] = (phases[name] ?? 0) + (c.user + c.system) / 1e6;
  }
};
const round = (x: number): number => Math.round(x * 100) / 100;
const opened = await simulateDeps().open({ db: undefined, cwd: process.cwd(), env: { TACT_LOG_LEVEL: 'error' }, idPrefix: 'bench-', start: Date.parse(`${startDate}T00:00:00Z`), receipts: false });
if (!opened.ok) throw new Error(opened.error.message);
const run = await runSimulation(opened.value.deps, {
  accounts, days, arms, seed, pack, assumptions: defaultAssumptions, startDate, tenant: tenantId('bench'), guardrails: !process.argv.includes('--no-guardrails'), phase,
  onDay: (p) => process.stderr.write(`day ${p.day}/${p.days}: ${p.overdue} overdue, ${p.sent} sent, ${p.paid} paid, ${Math.round((performance.now() - t0) / 1000)} s wall, ${cpuS()} s CPU ${JSON.stringify(Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v)])))}\n`),
});
await opened.value.close();
console.log(
  JSON.stringify({
    bench: 'simulate',
    accounts,
    days,
    arms: arms.join(','),
    pack,
    wallS: Math.round((performance.now() - t0) / 100) / 10,
    cpuS: cpuS(),
    cpuSPerDay: round((cpuS() - (phases.seed ?? 0)) / days),
    phaseCpuS: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v)])),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    sent: run.sent,
    paid: run.tallies.filter((t) => t.paidDay !== undefined).length,
    loadAvgStart: load0,
    loadAvgEnd: loadavg()[0],
  }),
);
