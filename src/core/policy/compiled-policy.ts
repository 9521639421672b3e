// A pack compiled with a tenant's overrides: the parameters resolved to numbers and the
// ordered rule list, each with its level and citation for this pack.
import type { PackId } from '../model/decision-request.js';
import type { RuleLevel, Violation } from '../model/decision.js';
import type { PolicyParams } from './policy-params.js';
import type { ReasonCode } from './reason-codes.js';
import { reasonMessages } from './reason-codes.js';
import { CONTACT_KINDS, kindParts } from './prepared-request.js';
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
  /** By contact kind (prepared-request.ts): indexes of the rules that can apply. */
  readonly rulesByKind: readonly (readonly number[])[];
  /** The same, as the rules themselves (rulesByKind[kind][k] is the index of checksByKind[kind][k]). */
  readonly checksByKind: readonly (readonly Rule[])[];
  /** By contact kind: the NEED_* bits (counters.ts) of its rules, what the history scan computes. */
  readonly needsByKind: readonly number[];
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

// The hot path's copy of each rule (what decide reads): every copy has the same fields
// in the same order, so decide's `rule.check` / `rule.earliest` are one-shape property
// loads (the rules themselves are object literals of several shapes: a megamorphic load
// per rule).
const uniform = (r: Rule): Rule => ({ id: r.id, needs: r.needs ?? 0, check: r.check, earliest: r.earliest });

export const buildChecksByKind = (rules: readonly PackRule[], byKind: readonly (readonly number[])[]): readonly (readonly Rule[])[] => {
  const copies = rules.map((r) => uniform(r.rule));
  return byKind.map((indexes) => indexes.map((i) => copies[i]!));
};

export const buildNeedsByKind = (checksByKind: readonly (readonly Rule[])[]): readonly number[] =>
  checksByKind.map((rules) => rules.reduce((needs, r) => needs | (r.needs ?? 0), 0));

export const buildRulesByKind = (rules: readonly PackRule[]): readonly (readonly number[])[] =>
  Array.from({ length: CONTACT_KINDS }, (_, kind) => {
    const { channel, party, purpose } = kindParts(kind);
    const out: number[] = [];
    rules.forEach((r, i) => {
      if (r.rule.appliesTo === undefined || r.rule.appliesTo(channel, party, purpose)) out.push(i);
    });
    return out;
  });
