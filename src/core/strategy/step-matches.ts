// Which steps of a strategy fire for an account on a business date. Pure date
// arithmetic on the lender's calendar dates (YYYY-MM-DD, no time zone).
import { epochDay, parseIsoDate } from '../model/parse-iso-date.js';
import type { DpdTrigger, StepConditions, StrategyStep } from './strategy.js';

/** DPD on the business date: business date − due date, in days (negative before due). */
export const dpdOn = (dueDate: string, businessDate: string): number | undefined =>
  parseIsoDate(dueDate).ok && parseIsoDate(businessDate).ok ? epochDay(businessDate) - epochDay(dueDate) : undefined;

export const triggerFires = (t: DpdTrigger, dpd: number): boolean => {
  switch (t.kind) {
    case 'before_due':
      return dpd === -t.days;
    case 'on_day':
      return dpd === t.day;
    default:
      return dpd >= t.from && dpd <= t.to && (dpd - t.from) % t.every === 0;
  }
};

export interface AccountFacts {
  readonly balanceMinor: number;
  readonly product: string;
  readonly flags: readonly string[];
}

/** The account-level conditions (balance, product, segment). */
export const accountMatches = (c: StepConditions, a: AccountFacts): boolean => {
  if (c.minBalanceMinor !== undefined && a.balanceMinor < c.minBalanceMinor) return false;
  if (c.maxBalanceMinor !== undefined && a.balanceMinor > c.maxBalanceMinor) return false;
  if (c.products !== undefined && !c.products.includes(a.product)) return false;
  if (c.segments !== undefined && !c.segments.some((s) => a.flags.includes(s))) return false;
  return true;
};

/** The contact-level condition (confirmation state); borrowers always match. */
export const confirmationMatches = (c: StepConditions, state: string): boolean =>
  c.confirmation === undefined || (c.confirmation as readonly string[]).includes(state);

/** Steps that fire on this DPD for this account, in strategy order. */
export const firingSteps = (steps: readonly StrategyStep[], dpd: number, a: AccountFacts): readonly StrategyStep[] =>
  steps.filter((s) => triggerFires(s.trigger, dpd) && accountMatches(s.conditions, a));
