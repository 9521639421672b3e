// `npm run bench -- decide [--requests N] [--peer-sample N]`: one JSON line.
// 1,000,000 realistic requests (bench/support/generate-decision-request.ts, seeded),
// generated and prepared in chunks outside the timed loops (memory stays bounded).
//   decisionsPerSec    decide(prepared, policy) on prepared requests (the planner's path:
//                      it builds prepared requests from database integers);
//   withPreparePerSec  prepareRequest + decide on the JSON-contract request;
//   peerPerSec         json-rules-engine with the same five rules (bench/support/peer-
//                      rules-engine.ts) on the first `peer-sample` requests, scaled;
//   peerAgreement      share of that sample where Tact and the peer find the same subset
//                      of the five reasons.
// One core: everything runs on the main thread; nothing is parallel.
import { performance } from 'node:perf_hooks';
import type { DecisionRequest, PackId } from '../src/core/model/decision-request.js';
import { compilePolicy } from '../src/core/policy/compile-policy.js';
import type { CompiledPolicy } from '../src/core/policy/compiled-policy.js';
import { decide } from '../src/core/policy/decide.js';
import { prepareRequest } from '../src/core/policy/prepare-request.js';
import type { PreparedRequest } from '../src/core/policy/prepared-request.js';
import { generateDecisionRequest } from './support/generate-decision-request.js';
import { createPeerEngine, peerDecide, peerReasons } from './support/peer-rules-engine.js';
import { Prng } from './support/prng.js';

const option = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? undefined : Number(process.argv[i + 1]);
  return v !== undefined && Number.isInteger(v) && v > 0 ? v : fallback;
};
const TOTAL = option('requests', 1_000_000);
const PEER_SAMPLE = Math.min(option('peer-sample', 20_000), TOTAL);
const CHUNK = 50_000;
const SEED = 20_260_308;

const policyOf = (pack: PackId): CompiledPolicy => {
  const r = compilePolicy(pack, {});
  if (!r.ok) throw new Error(`pack ${pack} does not compile: ${r.error.map((f) => f.code).join(', ')}`);
  return r.value;
};
const policies: Readonly<Record<PackId, CompiledPolicy>> = { 'us-regf': policyOf('us-regf'), cn: policyOf('cn') };

const prng = new Prng(SEED);
let generated = 0;
const generateChunk = (size: number): DecisionRequest[] => {
  const out: DecisionRequest[] = [];
  for (let i = 0; i < size; i += 1) out.push(generateDecisionRequest(prng, generated++));
  return out;
};

let sink = 0;
const timeDecide = (prepared: readonly PreparedRequest[]): number => {
  const t0 = performance.now();
  for (let i = 0; i < prepared.length; i += 1) {
    const p = prepared[i]!;
    if (decide(p, policies[p.pack]).allowed) sink += 1;
  }
  return performance.now() - t0;
};
const timePrepareDecide = (requests: readonly DecisionRequest[]): number => {
  const t0 = performance.now();
  for (let i = 0; i < requests.length; i += 1) {
    const r = requests[i]!;
    if (decide(prepareRequest(r), policies[r.pack]).allowed) sink += 1;
  }
  return performance.now() - t0;
};

// Warm-up on separate requests (JIT, zone-window caches), then the measured run.
const warm = new Prng(SEED + 1);
const warmRequests = Array.from({ length: 20_000 }, (_, i) => generateDecisionRequest(warm, 10_000_000 + i));
const warmPrepared = warmRequests.map(prepareRequest);
for (let k = 0; k < 3; k += 1) {
  timeDecide(warmPrepared);
  timePrepareDecide(warmRequests);
}

let decideMs = 0;
let prepareDecideMs = 0;
let allowed = 0;
let peerRequests: DecisionRequest[] = [];
for (let done = 0; done < TOTAL; ) {
  const requests = generateChunk(Math.min(CHUNK, TOTAL - done));
  if (done === 0) peerRequests = requests.slice(0, PEER_SAMPLE);
  const prepared = requests.map(prepareRequest);
  (globalThis as { gc?: () => void }).gc?.();
  const before = sink;
  decideMs += timeDecide(prepared);
  allowed += sink - before;
  prepareDecideMs += timePrepareDecide(requests);
  done += requests.length;
}

// The peer: warm up, time, then compare reasons on the five-rule subset.
const engine = createPeerEngine();
for (const r of peerRequests.slice(0, 1_000)) await peerDecide(engine, r);
const peerReasonsFound: string[][] = [];
const p0 = performance.now();
for (const r of peerRequests) peerReasonsFound.push(await peerDecide(engine, r));
const peerMs = performance.now() - p0;
const five = new Set<string>(peerReasons);
let agree = 0;
peerRequests.forEach((r, i) => {
  const tact = decide(prepareRequest(r), policies[r.pack]).violations.map((v) => v.reason).filter((x) => five.has(x)).sort();
  if (tact.join() === peerReasonsFound[i]!.join()) agree += 1;
});

const perSec = (n: number, ms: number): number => Math.round((n / ms) * 1000);
const decisionsPerSec = perSec(TOTAL, decideMs);
const peerPerSec = perSec(peerRequests.length, peerMs);
console.log(
  JSON.stringify({
    bench: 'decide',
    decisions: TOTAL,
    decisionsPerSec,
    withPreparePerSec: perSec(TOTAL, prepareDecideMs),
    peerPerSec,
    ratio: Math.round((decisionsPerSec / peerPerSec) * 10) / 10,
    peerAgreement: Math.round((agree / peerRequests.length) * 10_000) / 10_000,
    peerSample: peerRequests.length,
    allowedShare: Math.round((allowed / TOTAL) * 1000) / 1000,
    node: process.version,
  }),
);
