// A borrower's repayment plan from the portal (docs/portal.md, "Plan rules"). Inside the
// tenant's rules: accepted at once, and in the same transaction the account is set on a
// plan (status `paused`, flag `repayment_plan`: the planner plans `overdue` accounts
// only) and its pending collection messages are cancelled as a payment cancels them, so
// no reminder leaves after acceptance. Outside the rules: kept as `proposed` for review;
// reminders continue until the lender accepts it.
import type { AccountId, TenantId } from '../../core/model/ids.js';
import { defaultPlanRules, judgePlan, type PlanProposal, type PlanRules, type PlanVerdict } from '../../core/portal/plan-rules.js';
import type { PackId } from '../../core/model/decision-request.js';
import type { PlanRecord } from '../ports/portal-store.js';
import type { Store } from '../ports/store.js';

export type PlanOutcome =
  | { readonly kind: 'accepted'; readonly plan: PlanRecord; readonly cancelledMessages: number }
  | { readonly kind: 'proposed'; readonly plan: PlanRecord; readonly verdict: PlanVerdict }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'already_on_plan' };

export const tenantPlanRules = async (store: Store, tenant: TenantId, pack: PackId): Promise<PlanRules> =>
  (await store.getPortalSettings(tenant))?.planRules ?? defaultPlanRules(pack);

export const choosePlan = (
  store: Store,
  tenant: TenantId,
  account: AccountId,
  proposal: PlanProposal,
  rules: PlanRules,
  actor = 'portal:borrower',
): Promise<PlanOutcome> =>
  store.transaction(async (tx) => {
    const [row] = await tx.getPlanAccounts(tenant, [account]);
    if (row === undefined) return { kind: 'invalid' } as const;
    if (row.flags.includes('repayment_plan')) return { kind: 'already_on_plan' } as const;
    const verdict = judgePlan(rules, proposal);
    if (verdict.kind === 'invalid') return { kind: 'invalid' } as const;
    const plan = await tx.insertPlan(tenant, account, { ...proposal, status: verdict.kind, currency: row.currency }, actor);
    if (verdict.kind === 'proposed') return { kind: 'proposed', plan, verdict } as const;
    await tx.setAccountOnPlan(tenant, account, actor);
    const cancelled = await tx.cancelPendingMessages(tenant, account, 'plan', actor);
    return { kind: 'accepted', plan, cancelledMessages: cancelled.length } as const;
  });
