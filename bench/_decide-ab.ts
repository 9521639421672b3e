// Diagnostic, not a bench target: `node --single-threaded-gc --expose-gc --import tsx
// bench/_decide-ab.ts DIR_A DIR_B [--requests N] [--reps R]` decides the same generated
// requests with the engines of two checkouts (e.g. main and a worktree) in one process,
// 25,000-request chunks taken in turn (caches flushed before each), so that the load
// and the machine's drift fall on both alike. On this shared machine separate bench runs
// of one build spread ±5 % and more; the interleaved ratio is steadier. Prints one JSON
// line: ns per decision of each (process CPU) and B / A. Run it twice with A and B
// swapped: the engine loaded second tends to measure a few percent slower (seen with A
// and B the same build), so judge the mean of the two ratios. `sameAllowed` compares the
// counts of allowed decisions.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDecisionRequest } from './support/generate-decision-request.js';
import { Prng } from './support/prng.js';

const option = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? undefined : Number(process.argv[i + 1]);
  return v !== undefined && Number.isInteger(v) && v > 0 ? v : fallback;
};
const dirs = process.argv.slice(2, 4);
if (dirs.length < 2 || dirs.some((d) => d.startsWith('--'))) {
  console.error('TACT_ERR_CLI_BAD_ARGUMENT: name two checkouts: bench/_decide-ab.ts DIR_A DIR_B [--requests N] [--reps R]');
  process.exit(2);
}
const N = option('requests', 300_000);
const REPS = option('reps', 4);
const CHUNK = 25_000;

interface Engine {
  readonly decide: (p: unknown, policy: unknown) => { readonly allowed: boolean };
  readonly prepare: (r: unknown) => { readonly pack: string };
  readonly policies: Readonly<Record<string, unknown>>;
}
const load = async (dir: string): Promise<Engine> => {
  const at = (f: string): string => pathToFileURL(resolve(dir, 'src/core/policy', f)).href;
  const cp = (await import(at('compile-policy.ts'))) as { compilePolicy: (p: string, o: object) => { ok: boolean; value: unknown } };
  const dc = (await import(at('decide.ts'))) as { decide: Engine['decide'] };
  const pr = (await import(at('prepare-request.ts'))) as { prepareRequest: Engine['prepare'] };
  const policy = (p: string): unknown => {
    const r = cp.compilePolicy(p, {});
    if (!r.ok) throw new Error(`${dir}: pack ${p} does not compile`);
    return r.value;
  };
  return { decide: dc.decide, prepare: pr.prepareRequest, policies: { cn: policy('cn'), 'us-regf': policy('us-regf') } };
};
const engines = [await load(dirs[0]!), await load(dirs[1]!)];
const prng = new Prng(20_260_308);
let requests: unknown[] | undefined = Array.from({ length: N }, (_, i) => generateDecisionRequest(prng, i));
const prepared = engines.map((e) => requests!.map((r) => e.prepare(r)));
requests = undefined;
(globalThis as { gc?: () => void }).gc?.();
const evict = new Float64Array(8 << 20);
const ns = [0, 0];
const allowed = [0, 0];
for (let rep = 0; rep < REPS; rep += 1) {
  for (let s = 0, k = 0; s < N; s += CHUNK, k += 1) {
    for (const e of (k + rep) % 2 === 0 ? [0, 1] : [1, 0]) {
      for (let i = 0; i < evict.length; i += 8) evict[i] = i;
      const { decide, policies } = engines[e]!;
      const ps = prepared[e]!;
      let n = 0;
      const c0 = process.cpuUsage();
      for (let i = s; i < Math.min(N, s + CHUNK); i += 1) if (decide(ps[i], policies[ps[i]!.pack]).allowed) n += 1;
      const c = process.cpuUsage(c0);
      // The first pass warms both engines up (JIT, zone tables) and is not counted.
      if (rep > 0) {
        ns[e]! += (c.user + c.system) * 1000;
        allowed[e]! += n;
      }
    }
  }
}
const per = ns.map((x) => Math.round(x / (N * (REPS - 1))));
console.log(JSON.stringify({ a: dirs[0], b: dirs[1], nsA: per[0], nsB: per[1], ratioBA: Math.round((per[1]! / per[0]!) * 1000) / 1000, sameAllowed: allowed[0] === allowed[1] }));
