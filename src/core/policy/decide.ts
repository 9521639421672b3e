// decide(prepared, policy) → Decision: pure, synchronous, integer comparisons on the
// hot path. earliestAllowedAt is found by a fixpoint: at instant t every blocking rule
// names the first instant ≥ t at which it passes (or null: only a change of state can
// allow it); t moves to the latest of those and every rule is checked again there.
// Each rule blocks throughout [t, its answer), so the first instant where all pass is
// never skipped: the answer is exact.
import type { Decision, Violation } from '../model/decision.js';
import { DAY_MS } from '../schedule/zone-day.js';
import type { CompiledPolicy } from './compiled-policy.js';
import { newCounters } from './counters.js';
import { scanHistory } from './history-scan.js';
import { P_AT, type PreparedRequest } from './prepared-request.js';
import { formatInstant } from './format-instant.js';
import type { RuleContext } from './rule.js';

// Reused context objects (the core is synchronous): no allocation per decision.
interface MutableContext {
  req: PreparedRequest;
  params: CompiledPolicy['params'];
  zones: readonly string[];
  c: RuleContext['c'];
}
const mainContext = (): MutableContext => ({ req: undefined as unknown as PreparedRequest, params: undefined as unknown as CompiledPolicy['params'], zones: [], c: newCounters() });
const scratch = mainContext();
const fixpoint = mainContext();

const load = (ctx: MutableContext, req: PreparedRequest, policy: CompiledPolicy, zones: readonly string[], t: number): RuleContext => {
  ctx.req = req;
  ctx.params = policy.params;
  ctx.zones = zones;
  scanHistory(ctx.c, req, policy.params, zones, t, policy.needsByKind[req.kind]!);
  return ctx;
};
const noViolations: readonly Violation[] = Object.freeze([]);
/** Beyond this horizon (ms after `at`) no contact is planned: treat as never. */
const HORIZON_MS = 800 * DAY_MS;
const MAX_ROUNDS = 200;

export const zonesFor = (req: PreparedRequest, policy: CompiledPolicy): readonly string[] =>
  req.timeZones.length > 0 ? req.timeZones : policy.fallbackZones;

/** First instant ≥ t at which every rule passes, or null. Exported for tests and explain. */
export const earliestAllowed = (req: PreparedRequest, policy: CompiledPolicy, from: number, origin = from): number | null => {
  const zones = zonesFor(req, policy);
  const checks = policy.checksFor(req.kind, req.facts);
  const jumps = policy.beforeScanByKind[req.kind]!;
  let t = from;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    // Rules that can tell from t alone that they block move t first, without a scan.
    for (let k = 0; k < jumps.length; k += 1) {
      const e = jumps[k]!(req, policy.params, zones, t);
      if (e > t) t = e;
    }
    if (t - origin > HORIZON_MS) return null;
    const ctx = load(fixpoint, req, policy, zones, t);
    let next = t;
    let blocked = false;
    for (let k = 0; k < checks.length; k += 1) {
      const rule = checks[k]!;
      if (rule.check(ctx, t) === undefined) continue;
      blocked = true;
      const e = rule.earliest(ctx, t);
      if (e === null) return null;
      if (e > next) next = e;
    }
    if (!blocked) return t;
    if (next <= t) throw new Error(`policy rule gave no progress at a blocked instant`);
    if (next - origin > HORIZON_MS) return null;
    t = next;
  }
  return null;
};

export const decide = (req: PreparedRequest, policy: CompiledPolicy): Decision => {
  const zones = zonesFor(req, policy);
  const t = req.buf[req.off + P_AT]!;
  const ctx = load(scratch, req, policy, zones, t);
  const checks = policy.checksFor(req.kind, req.facts);
  let violations: Violation[] | undefined;
  // The fixpoint's first round, on the counters already computed at t.
  let next: number | null = t;
  for (let k = 0; k < checks.length; k += 1) {
    const rule = checks[k]!;
    const reason = rule.check(ctx, t);
    if (reason === undefined) continue;
    const v = policy.violation(rule.index, reason);
    // An array literal holds exactly one element; most denials have one violation.
    if (violations === undefined) violations = [v];
    else violations.push(v);
    if (next !== null) {
      const e = rule.earliest(ctx, t);
      if (e === null) next = null;
      else if (e > next) next = e;
    }
  }
  if (violations === undefined) return { allowed: true, violations: noViolations, earliestAllowedAt: req.atIso };
  if (next !== null && next <= t) throw new Error('policy rule gave no progress at a blocked instant');
  const earliest = next === null || next - t > HORIZON_MS ? null : earliestAllowed(req, policy, next, t);
  return { allowed: false, violations, earliestAllowedAt: earliest === null ? null : formatInstant(earliest) };
};
