// The candidate touches of one account on a business date: every firing step of the
// strategy times every recipient the step's audience names (docs/planner.md).
import type { PlanPersonRow } from '../ports/plan-store.js';
import type { AccountContext, DecisionContexts } from '../decision-context/decision-contexts.js';
import { confirmationMatches, dpdOn, firingSteps } from '../../core/strategy/step-matches.js';
import type { Strategy, StrategyStep } from '../../core/strategy/strategy.js';

export interface Candidate {
  readonly ctx: AccountContext;
  readonly step: StrategyStep;
  readonly link: PlanPersonRow;
  /** `${accountId}:${stepId}:${businessDate}:${personId}`, unique per tenant. */
  readonly planKey: string;
}

export const planKeyOf = (accountId: string, stepId: string, businessDate: string, personId: string): string =>
  `${accountId}:${stepId}:${businessDate}:${personId}`;

/** Accounts of a page that have at least one firing step (so only they are loaded). */
export const stepsFor = (strategy: Strategy, a: { readonly dueDate: string; readonly balanceMinor: number; readonly product: string; readonly flags: readonly string[] }, businessDate: string): readonly StrategyStep[] => {
  const dpd = dpdOn(a.dueDate, businessDate);
  return dpd === undefined ? [] : firingSteps(strategy.steps, dpd, a);
};

export const candidatesOf = (
  ctx: AccountContext,
  steps: readonly StrategyStep[],
  contexts: DecisionContexts,
  businessDate: string,
): Candidate[] => {
  const out: Candidate[] = [];
  for (const step of steps) {
    for (const link of ctx.people) {
      if (step.audience === 'borrower' ? link.role !== 'borrower' : link.role === 'borrower' || !(step.roles as readonly string[]).includes(link.role)) continue;
      if (step.audience === 'contacts' && !confirmationMatches(step.conditions, link.confirmation)) continue;
      if (step.conditions.once === true && contexts.everSent(link.personId, step.purpose)) continue;
      out.push({ ctx, step, link, planKey: planKeyOf(ctx.account.id, step.id, businessDate, link.personId) });
    }
  }
  return out;
};
