// The same decision, rule by rule, for a person: pass or fail, the local time in each
// zone, and the counters against their limits (`tact decide --explain`).
import type { Decision, RuleLevel } from '../model/decision.js';
import { localTimeText } from '../schedule/zone-day.js';
import type { CompiledPolicy } from './compiled-policy.js';
import { decide, zonesFor } from './decide.js';
import { newCounters } from './counters.js';
import { scanHistory } from './history-scan.js';
import { type PreparedRequest, preparedAt } from './prepared-request.js';
import type { ReasonCode } from './reason-codes.js';

export interface RuleExplanation {
  readonly rule: string;
  readonly level: RuleLevel;
  readonly passed: boolean;
  readonly reason: ReasonCode | undefined;
  readonly citation: string;
  readonly detail: string | undefined;
}

export interface Explanation {
  readonly decision: Decision;
  readonly pack: string;
  readonly at: string;
  /** True when the person's zones are unknown and the pack's fallback was used. */
  readonly fallbackZones: boolean;
  readonly localTimes: readonly { readonly zone: string; readonly local: string }[];
  readonly rules: readonly RuleExplanation[];
}

export const explainDecision = (req: PreparedRequest, policy: CompiledPolicy): Explanation => {
  const zones = zonesFor(req, policy);
  const t = preparedAt(req);
  const c = scanHistory(newCounters(), req, policy.params, zones, t);
  const ctx = { req, params: policy.params, zones, c };
  const rules = policy.rules.map((r): RuleExplanation => {
    const reason = r.rule.check(ctx, t);
    return {
      rule: r.rule.id,
      level: r.level,
      passed: reason === undefined,
      reason,
      citation: r.citation,
      detail: r.rule.detail?.(ctx, t),
    };
  });
  return {
    decision: decide(req, policy),
    pack: policy.pack,
    at: req.atIso,
    fallbackZones: req.timeZones.length === 0,
    localTimes: zones.map((zone) => ({ zone, local: localTimeText(zone, t) })),
    rules,
  };
};

/** Plain text for a person. */
export const explanationText = (x: Explanation): string => {
  const d = x.decision;
  const lines = [
    `Decision: ${d.allowed ? 'ALLOWED' : 'BLOCKED'}` +
      (d.allowed ? '' : d.earliestAllowedAt === null ? ' — only a change of state can allow it' : ` — earliest allowed at ${d.earliestAllowedAt}`),
    `Pack: ${x.pack}   proposed at: ${x.at}`,
    `Local time${x.fallbackZones ? ' (zones unknown: the pack\'s fallback zones)' : ''}:`,
    ...x.localTimes.map((l) => `  ${l.zone.padEnd(22)} ${l.local}`),
    'Rules:',
  ];
  for (const r of x.rules) {
    lines.push(`  ${r.passed ? 'pass' : 'FAIL'}  ${r.rule} (${r.level})${r.reason === undefined ? '' : ` ${r.reason}`}`);
    if (r.detail !== undefined) lines.push(`        ${r.detail}`);
    if (!r.passed) lines.push(`        citation: ${r.citation}`);
  }
  return `${lines.join('\n')}\n`;
};
