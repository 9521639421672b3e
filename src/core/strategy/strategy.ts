// A strategy: a tenant's versioned ladder of steps (docs/strategies.md). Each step says
// when (a DPD trigger), to whom (the borrower, or contacts where the pack allows), on
// which channel, with which template, at which local time, and under which conditions.
// The policy engine still decides every single contact; a strategy only proposes.
import type { ContactRole, Locale } from '../model/import-record.js';
import type { Channel, PackId, Purpose } from '../model/decision-request.js';

/**
 * When a step fires, in days past due (DPD = business date − due date, in days):
 * `beforeDue: N` fires at DPD −N; `onDay: N` at DPD N; `every: K, from: N, to: M`
 * at DPD N, N+K, N+2K … ≤ M.
 */
export type DpdTrigger =
  | { readonly kind: 'before_due'; readonly days: number }
  | { readonly kind: 'on_day'; readonly day: number }
  | { readonly kind: 'every'; readonly every: number; readonly from: number; readonly to: number };

export const audiences = ['borrower', 'contacts'] as const;
export type StepAudience = (typeof audiences)[number];

export const confirmationFilters = ['unconfirmed', 'confirmed'] as const;
export type ConfirmationFilter = (typeof confirmationFilters)[number];

export interface StepConditions {
  /** Inclusive bounds on the account balance, integer minor units. */
  readonly minBalanceMinor?: number;
  readonly maxBalanceMinor?: number;
  /** The account's product is one of these. */
  readonly products?: readonly string[];
  /** Segments are account flags: the step applies when the account has any of them. */
  readonly segments?: readonly string[];
  /** Contacts only: their confirmation state is one of these. */
  readonly confirmation?: readonly ConfirmationFilter[];
  /** Only when no contact with this step's purpose was ever made to the person. */
  readonly once?: boolean;
}

export interface StrategyStep {
  /** Unique within the strategy; part of the planner's idempotence key. */
  readonly id: string;
  readonly trigger: DpdTrigger;
  readonly audience: StepAudience;
  /** Contacts only: which roles (default: every contact role). */
  readonly roles: readonly ContactRole[];
  readonly purpose: Purpose;
  readonly channel: Channel;
  /** A template key (core/messages/default-templates.ts), e.g. "reminder.dpd7". */
  readonly template: string;
  /** "HH:MM" in the recipient's first time zone. */
  readonly sendAt: string;
  readonly conditions: StepConditions;
}

export interface Strategy {
  readonly id: string;
  readonly version: number;
  readonly pack: PackId;
  /** Locale of the templates; a recipient's own locale wins when a template exists in it. */
  readonly locale: Locale;
  readonly steps: readonly StrategyStep[];
}

/** An experiment: accounts are split across arms by weight; each arm names a strategy version. */
export interface Experiment {
  readonly id: string;
  readonly arms: readonly { readonly name: string; readonly weight: number; readonly strategyVersion: number }[];
}
