// Repayment-plan rules per tenant (docs/portal.md, "Plan rules"). A borrower's plan
// inside the rules is accepted at once; outside them it is recorded as `proposed` for
// the lender to review. Money in integer minor units; terms in calendar days.
import type { PackId } from '../model/decision-request.js';

export interface PlanRules {
  /** 1..60. */
  readonly maxInstalments: number;
  /** Smallest first payment, percent of the plan total (0..100). */
  readonly minFirstPaymentPct: number;
  /** Longest term, days from acceptance to the last instalment. */
  readonly maxTermDays: number;
}

export interface PlanProposal {
  /** What the plan repays (the overdue amount), minor units. */
  readonly totalMinor: number;
  readonly instalments: number;
  readonly firstPaymentMinor: number;
  readonly termDays: number;
}

/** Tact defaults, not law: a lender sets its own with `setPortalSettings`. */
export const defaultPlanRules = (pack: PackId): PlanRules =>
  pack === 'us-regf' ? { maxInstalments: 12, minFirstPaymentPct: 5, maxTermDays: 365 } : { maxInstalments: 6, minFirstPaymentPct: 10, maxTermDays: 180 };

export const planBreaches = ['too_many_instalments', 'first_payment_too_small', 'term_too_long'] as const;
export type PlanBreach = (typeof planBreaches)[number];

export type PlanVerdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'proposed'; readonly breaches: readonly PlanBreach[] }
  | { readonly kind: 'invalid' };

/** Smallest first payment the rules allow for a total (rounded up to a minor unit). */
export const minFirstPayment = (rules: PlanRules, totalMinor: number): number => Math.ceil((totalMinor * rules.minFirstPaymentPct) / 100);

export const judgePlan = (rules: PlanRules, p: PlanProposal): PlanVerdict => {
  const ints = [p.totalMinor, p.instalments, p.firstPaymentMinor, p.termDays];
  if (!ints.every(Number.isSafeInteger) || p.totalMinor <= 0 || p.instalments < 1 || p.termDays < 1) return { kind: 'invalid' };
  if (p.firstPaymentMinor <= 0 || p.firstPaymentMinor > p.totalMinor) return { kind: 'invalid' };
  if (p.instalments === 1 && p.firstPaymentMinor !== p.totalMinor) return { kind: 'invalid' };
  const breaches: PlanBreach[] = [];
  if (p.instalments > rules.maxInstalments) breaches.push('too_many_instalments');
  if (p.firstPaymentMinor < minFirstPayment(rules, p.totalMinor)) breaches.push('first_payment_too_small');
  if (p.termDays > rules.maxTermDays) breaches.push('term_too_long');
  return breaches.length === 0 ? { kind: 'accepted' } : { kind: 'proposed', breaches };
};

/**
 * The ready-made plans offered to choose from: 1, 3, 6 and 12 instalments where the
 * rules allow them (always at least one), monthly (30 days apart), the smallest first
 * payment the rules allow. Each one passes judgePlan.
 */
export const offeredPlans = (rules: PlanRules, totalMinor: number): readonly PlanProposal[] => {
  if (!Number.isSafeInteger(totalMinor) || totalMinor <= 0) return [];
  const counts = [1, 3, 6, 12].filter((n) => n <= rules.maxInstalments && (n - 1) * 30 + 1 <= rules.maxTermDays);
  return counts.map((n) => ({
    totalMinor,
    instalments: n,
    firstPaymentMinor: n === 1 ? totalMinor : Math.max(1, Math.min(totalMinor, Math.max(minFirstPayment(rules, totalMinor), Math.ceil(totalMinor / n)))),
    termDays: Math.max(1, (n - 1) * 30),
  }));
};

/** Validates stored or configured rules (an edge check). */
export const validPlanRules = (r: PlanRules): boolean =>
  Number.isInteger(r.maxInstalments) && r.maxInstalments >= 1 && r.maxInstalments <= 60 &&
  Number.isFinite(r.minFirstPaymentPct) && r.minFirstPaymentPct >= 0 && r.minFirstPaymentPct <= 100 &&
  Number.isInteger(r.maxTermDays) && r.maxTermDays >= 1 && r.maxTermDays <= 3650;
