// What `planDay` reports: counts by audience, channel, state and reason code.
export interface PlanSummary {
  readonly tenant: string;
  readonly businessDate: string;
  /** The tenant's overdue accounts when the run started (those without a step today are not read). */
  accounts: number;
  /** (account, step, recipient) candidates considered. */
  candidates: number;
  planned: number;
  blocked: number;
  /** Candidates whose plan key was already in the outbox (a re-run): nothing written. */
  alreadyPlanned: number;
  /** Candidates whose message could not be rendered (counted by failure code in byReason). */
  notRendered: number;
  readonly byAudience: Record<string, number>;
  readonly byChannel: Record<string, number>;
  readonly byState: Record<string, number>;
  /** Reason codes of blocked messages (POLICY_*, PLAN_NO_WINDOW_TODAY, TACT_ERR_MESSAGE_*). */
  readonly byReason: Record<string, number>;
  /** Set when an experiment runs: its guardrail look before planning (docs/experiments.md). */
  guardrail?: { readonly experiment: string; readonly look: number; readonly stopped: readonly string[] };
}

export const emptySummary = (tenant: string, businessDate: string): PlanSummary => ({
  tenant,
  businessDate,
  accounts: 0,
  candidates: 0,
  planned: 0,
  blocked: 0,
  alreadyPlanned: 0,
  notRendered: 0,
  byAudience: {},
  byChannel: {},
  byState: {},
  byReason: {},
});

export const bump = (m: Record<string, number>, key: string, n = 1): void => {
  m[key] = (m[key] ?? 0) + n;
};
