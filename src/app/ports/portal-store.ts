// Store methods for the public portal (docs/portal.md). Most take the tenant first like
// every other port. Four are cross-tenant by nature — the portal is one site for every
// lender and a visitor names no tenant: a verification-code lookup, the tenants where a
// number is a borrower, one-time codes and borrower sessions. They hold no personal data
// in clear (keyed hashes of numbers and codes, the session number sealed) and carry no
// audit event of their own: the routes append `portal.*` events to each tenant concerned.
import type { InconvenientTime } from '../../core/model/decision-request.js';
import type { AccountId, MessageId, PersonId, TenantId } from '../../core/model/ids.js';
import type { PlanProposal, PlanRules } from '../../core/portal/plan-rules.js';
import type { RepaymentChannels } from '../../core/portal/repayment-channels.js';
import type { PaymentRecord } from './payment-store.js';
import type { Actor, MessageState } from './store-records.js';

/** One message carrying a verification code (any tenant). */
export interface CodeMatch {
  readonly tenant: TenantId;
  readonly messageId: MessageId;
  readonly state: MessageState;
  /** Epoch ms the message was due to leave (the dispatcher sends at or just after it). */
  readonly scheduledAt: number;
  /** The number it went to; undefined after erasure. */
  readonly to: string | undefined;
  readonly personId: PersonId | undefined;
  readonly accountIds: readonly AccountId[];
  readonly party: string;
}

export const otpPurposes = ['sign_in', 'access', 'erase'] as const;
export type OtpPurpose = (typeof otpPurposes)[number];

export interface NewOtp {
  readonly purpose: OtpPurpose;
  readonly phoneE164: string;
  /** The tenant an access/erasure code is for; '' for sign-in (every tenant). */
  readonly scope: string;
  /** The 6 digits; only a keyed hash is stored. */
  readonly code: string;
  /** Epoch ms. */
  readonly now: number;
  readonly ttlMs: number;
  /** No new code while the previous one for the same subject is younger than this. */
  readonly resendAfterMs: number;
}

export type OtpCheck = Omit<NewOtp, 'ttlMs' | 'resendAfterMs'> & { readonly maxAttempts: number };

/** ok: consumed now. wrong: attempts left. locked: too many attempts. none: no live code. */
export type OtpVerdict = 'ok' | 'wrong' | 'expired' | 'locked' | 'none';

export interface PortalSession {
  readonly phoneE164: string;
  readonly expiresAt: number;
}

export interface PortalSettings {
  readonly planRules: PlanRules;
  readonly repayment: RepaymentChannels;
}

export const planStatuses = ['accepted', 'proposed', 'rejected', 'cancelled'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export interface PlanRecord extends PlanProposal {
  readonly id: string;
  readonly accountId: AccountId;
  readonly status: PlanStatus;
  readonly currency: string;
  readonly proposedAt: number;
  readonly decidedAt: number | undefined;
}

export interface PortalStore {
  /** Messages with this code in any tenant (at most `limit`, newest first). */
  findMessagesByCode(code: string, limit: number): Promise<readonly CodeMatch[]>;
  /** Tenants where the number belongs to a person linked to an account as borrower. */
  borrowerTenants(e164: string): Promise<readonly TenantId[]>;
  /** 'throttled' (nothing stored) while the previous code is younger than resendAfterMs. */
  issueOtp(otp: NewOtp): Promise<'issued' | 'throttled'>;
  /** Checks the newest unconsumed code; counts the attempt; consumes it on success. */
  checkOtp(check: OtpCheck): Promise<OtpVerdict>;
  /** `tokenHash`: SHA-256 of the cookie's token; the token itself is never stored. */
  createPortalSession(tokenHash: string, phoneE164: string, now: number, expiresAt: number): Promise<void>;
  getPortalSession(tokenHash: string, now: number): Promise<PortalSession | undefined>;
  endPortalSession(tokenHash: string, now: number): Promise<void>;

  /** undefined: the tenant never saved settings (callers use the pack's defaults). */
  getPortalSettings(tenant: TenantId): Promise<PortalSettings | undefined>;
  setPortalSettings(tenant: TenantId, settings: PortalSettings, actor: Actor): Promise<void>;
  listPlans(tenant: TenantId, account: AccountId): Promise<readonly PlanRecord[]>;
  /** Inserts the plan; audit `plan.accepted` or `plan.proposed`. */
  insertPlan(tenant: TenantId, account: AccountId, plan: PlanProposal & { readonly status: PlanStatus; readonly currency: string }, actor: Actor): Promise<PlanRecord>;
  /**
   * An accepted plan: status `paused` and flag `repayment_plan`, so the planner (which
   * plans `overdue` accounts only) plans nothing and the re-decision cancels what is due.
   */
  setAccountOnPlan(tenant: TenantId, account: AccountId, actor: Actor): Promise<void>;
  /** Sets disputed_at (kept when already set); false when it was set already. */
  markDisputed(tenant: TenantId, account: AccountId, at: number, actor: Actor): Promise<boolean>;
  listAccountPayments(tenant: TenantId, account: AccountId): Promise<readonly PaymentRecord[]>;
  getInconvenientTimes(tenant: TenantId, people: readonly PersonId[]): Promise<ReadonlyMap<string, readonly InconvenientTime[]>>;
  /** Replaces the person's list ([] deletes it); audit `person.inconvenient_set`. */
  setInconvenientTimes(tenant: TenantId, person: PersonId, times: readonly InconvenientTime[], actor: Actor): Promise<void>;
}
