// A pack compiled with a tenant's overrides: the parameters resolved to numbers and the
// ordered rule list, each with its level and citation for this pack.
import type { PackId } from '../model/decision-request.js';
import type { RuleLevel, Violation } from '../model/decision.js';
import type { PolicyParams } from './policy-params.js';
import type { ReasonCode } from './reason-codes.js';
import { reasonMessages } from './reason-codes.js';
import { CONTACT_KINDS, FACTS_LIMIT, kindParts } from './prepared-request.js';
import type { Rule } from './rule.js';

export interface PackRule {
  readonly rule: Rule;
  readonly level: RuleLevel;
  readonly citation: string;
}

export interface CompiledPolicy {
  readonly pack: PackId;
  readonly params: PolicyParams;
  readonly rules: readonly PackRule[];
  /** Zones assumed when the person's zones are unknown. */
  readonly fallbackZones: readonly string[];
  /** By contact kind (prepared-request.ts): the hot path's copies of the rules that can apply, in rule order. */
  readonly checksByKind: readonly (readonly PolicyCheck[])[];
  /**
   * The checks of a kind that can block a request with these `facts` (a rule whose
   * `requires` bits are missing would pass: decide does not call it), in rule order.
   * Built once per (kind, facts) seen.
   */
  readonly checksFor: (kind: number, facts: number) => readonly PolicyCheck[];
  /** By contact kind: the NEED_* bits (counters.ts) of its rules, what the history scan computes. */
  readonly needsByKind: readonly number[];
  /** By contact kind: the `beforeScan` functions (rule.ts) of its rules, mostly none or quiet hours'. */
  readonly beforeScanByKind: readonly (readonly NonNullable<Rule['beforeScan']>[])[];
  /** Violations built once per rule and reason, shared by every decision. */
  readonly violation: (index: number, reason: ReasonCode) => Violation;
}

export const buildViolationTable = (rules: readonly PackRule[]): CompiledPolicy['violation'] => {
  // Per rule, its few reasons and their violations side by side (a rule has one to
  // three reasons): a lookup is a short scan comparing interned strings.
  const tables = rules.map((): (ReasonCode | Violation)[] => []);
  // The last violation found per rule: a rule mostly blocks for one reason.
  const lastReason = rules.map((): ReasonCode | undefined => undefined);
  const lastViolation = rules.map((): Violation | undefined => undefined);
  return (index, reason) => {
    if (lastReason[index] === reason) return lastViolation[index]!;
    const table = tables[index]!;
    let v: Violation | undefined;
    for (let k = 0; k < table.length; k += 2) if (table[k] === reason) v = table[k + 1] as Violation;
    if (v === undefined) {
      const r = rules[index] as PackRule;
      v = Object.freeze({ rule: r.rule.id, reason, level: r.level, message: reasonMessages[reason], citation: r.citation });
      table.push(reason, v);
    }
    lastReason[index] = reason;
    lastViolation[index] = v;
    return v;
  };
};

/**
 * The hot path's copy of a rule (what decide reads): every copy has the same fields in
 * the same order, so decide's `rule.check` / `rule.earliest` are one-shape property
 * loads (the rules themselves are object literals of several shapes: a megamorphic load
 * per rule). `index` is the rule's place in the pack (its violation).
 */
export interface PolicyCheck {
  readonly id: string;
  readonly index: number;
  readonly requires: number;
  readonly needs: number;
  readonly check: Rule['check'];
  readonly earliest: Rule['earliest'];
}
const uniform = (r: Rule, index: number): PolicyCheck => ({
  id: r.id,
  index,
  requires: r.requires ?? 0,
  needs: r.needs ?? 0,
  check: r.check,
  earliest: r.earliest,
});

export const buildChecksByKind = (rules: readonly PackRule[], byKind: readonly (readonly number[])[]): readonly (readonly PolicyCheck[])[] => {
  const copies = rules.map((r, i) => uniform(r.rule, i));
  return byKind.map((indexes) => indexes.map((i) => copies[i]!));
};

export const buildChecksFor = (checksByKind: readonly (readonly PolicyCheck[])[]): CompiledPolicy['checksFor'] => {
  // Per kind, an array over every facts value (filled with undefined up front: a packed
  // array, not a sparse one), made when the kind is first seen.
  const memo: (PolicyCheck[] | undefined)[][] = checksByKind.map(() => []);
  return (kind, facts) => {
    let byFacts = memo[kind]!;
    if (byFacts.length === 0) {
      byFacts = new Array<PolicyCheck[] | undefined>(FACTS_LIMIT).fill(undefined);
      memo[kind] = byFacts;
    }
    let checks = byFacts[facts];
    if (checks === undefined) {
      checks = checksByKind[kind]!.filter((r) => (facts & r.requires) === r.requires);
      byFacts[facts] = checks;
    }
    return checks;
  };
};

export const buildBeforeScanByKind = (checksByKind: readonly (readonly PolicyCheck[])[], rules: readonly PackRule[]): CompiledPolicy['beforeScanByKind'] =>
  checksByKind.map((checks) => checks.flatMap((c) => rules[c.index]!.rule.beforeScan ?? []));

export const buildNeedsByKind = (checksByKind: readonly (readonly PolicyCheck[])[]): readonly number[] =>
  checksByKind.map((rules) => rules.reduce((needs, r) => needs | r.needs, 0));

export const buildRulesByKind = (rules: readonly PackRule[]): readonly (readonly number[])[] =>
  Array.from({ length: CONTACT_KINDS }, (_, kind) => {
    const { channel, party, purpose } = kindParts(kind);
    const out: number[] = [];
    rules.forEach((r, i) => {
      if (r.rule.appliesTo === undefined || r.rule.appliesTo(channel, party, purpose)) out.push(i);
    });
    return out;
  });
