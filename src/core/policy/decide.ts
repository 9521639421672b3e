// decide(prepared, policy) → Decision: pure, synchronous, integer comparisons on the
// hot path. earliestAllowedAt is found by a fixpoint: at instant t every blocking rule
// names the first instant ≥ t at which it passes (or null: only a change of state can
// allow it); t moves to the latest of those and every rule is checked again there.
// Each rule blocks throughout [t, its answer), so the first instant where all pass is
// never skipped: the answer is exact.
import type { Decision, Violation } from '../model/decision.js';
import { DAY_MS } from '../schedule/zone-day.js';
import type { CompiledPolicy } from './compiled-policy.js';
import { newCounters, scanHistory } from './history-scan.js';
import type { PreparedRequest } from './prepared-request.js';
import type { RuleContext } from './rule.js';

const scratch = newCounters();
const fixpointScratch = newCounters();
const noViolations: readonly Violation[] = Object.freeze([]);
/** Beyond this horizon (ms after `at`) no contact is planned: treat as never. */
const HORIZON_MS = 800 * DAY_MS;
const MAX_ROUNDS = 200;

export const zonesFor = (req: PreparedRequest, policy: CompiledPolicy): readonly string[] =>
  req.timeZones.length > 0 ? req.timeZones : policy.fallbackZones;

/** First instant ≥ t at which every rule passes, or null. Exported for tests and explain. */
export const earliestAllowed = (req: PreparedRequest, policy: CompiledPolicy, from: number): number | null => {
  const zones = zonesFor(req, policy);
  const rules = policy.rules;
  let t = from;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const ctx: RuleContext = { req, params: policy.params, zones, c: scanHistory(fixpointScratch, req, policy.params, zones, t) };
    let next = t;
    let blocked = false;
    for (let i = 0; i < rules.length; i += 1) {
      const rule = rules[i]!.rule;
      if (rule.check(ctx, t) === undefined) continue;
      blocked = true;
      const e = rule.earliest(ctx, t);
      if (e === null) return null;
      if (e > next) next = e;
    }
    if (!blocked) return t;
    if (next <= t) throw new Error(`policy rule gave no progress at a blocked instant`);
    if (next - from > HORIZON_MS) return null;
    t = next;
  }
  return null;
};

export const decide = (req: PreparedRequest, policy: CompiledPolicy): Decision => {
  const zones = zonesFor(req, policy);
  const t = req.at;
  const ctx: RuleContext = { req, params: policy.params, zones, c: scanHistory(scratch, req, policy.params, zones, t) };
  const rules = policy.rules;
  let violations: Violation[] | undefined;
  for (let i = 0; i < rules.length; i += 1) {
    const reason = rules[i]!.rule.check(ctx, t);
    if (reason !== undefined) (violations ??= []).push(policy.violation(i, reason));
  }
  if (violations === undefined) return { allowed: true, violations: noViolations, earliestAllowedAt: req.atIso };
  const earliest = earliestAllowed(req, policy, t);
  return { allowed: false, violations, earliestAllowedAt: earliest === null ? null : new Date(earliest).toISOString() };
};
