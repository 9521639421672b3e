// A rule is a pair of pure functions over the prepared request at an instant t (epoch ms).
import type { Channel, Party, Purpose } from '../model/decision-request.js';
import type { Counters } from './counters.js';
import type { PolicyParams } from './policy-params.js';
import type { PreparedRequest } from './prepared-request.js';
import type { ReasonCode } from './reason-codes.js';

export interface RuleContext {
  readonly req: PreparedRequest;
  readonly params: PolicyParams;
  /** The person's zones, or the pack's fallback when unknown. */
  readonly zones: readonly string[];
  /** History counters at the instant being checked. */
  readonly c: Counters;
}

export interface Rule {
  /** Kebab-case id, e.g. "quiet-hours"; also the prefix of its override keys. */
  readonly id: string;
  /** The reason when the rule blocks the contact at t; undefined when it passes. */
  readonly check: (ctx: RuleContext, t: number) => ReasonCode | undefined;
  /**
   * Called only when the rule blocks at t: the first instant ≥ t at which it passes
   * with the same history and state, or null when only a change of state can.
   */
  readonly earliest: (ctx: RuleContext, t: number) => number | null;
  /**
   * For a rule that, for some requests, depends on t alone (no history): the first
   * instant ≥ t at which it can pass, judged without scanning history; t when it may
   * pass at t or when it needs history to tell. Every instant in [t, answer) must be
   * blocked by the rule. The search for earliestAllowedAt moves there before it scans
   * the history at a candidate instant (a local midnight found by a counting rule is
   * mostly inside quiet hours: one scan saved). Absent = none.
   */
  readonly beforeScan?: (req: PreparedRequest, params: PolicyParams, zones: readonly string[], t: number) => number;
  /**
   * F_* bits (prepared-request.ts) the request's `facts` must all have for the rule to
   * block: decide does not call a rule whose bits are missing (it would pass). Absent = none.
   */
  readonly requires?: number;
  /** NEED_* bits (counters.ts): the windowed counters check and earliest read. Absent = none. */
  readonly needs?: number;
  /**
   * Static filter on what never changes with t: false means the rule can never block a
   * contact of this channel, party and purpose, so decide skips it. Absent = always ask.
   */
  readonly appliesTo?: (channel: Channel, party: Party, purpose: Purpose) => boolean;
  /** One line for `tact decide --explain`: counters against limits, local facts. */
  readonly detail?: (ctx: RuleContext, t: number) => string;
}

/** For rules that only a change of state can lift. */
export const never = (): null => null;
