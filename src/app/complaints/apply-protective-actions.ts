// The immediate protection on filing (docs/complaints.md, "Protective actions"), run in
// the filing's transaction so the complaint and its protection commit together, before
// the dispatcher's next claim re-decides anything:
// - suppress_number: suppression `complaint` for the account (tenant-wide when the
//   complaint names no account) → the opt-out rule blocks (POLICY_OPTED_OUT);
// - pause_dispute: accounts.disputed_at → the dispute rule blocks (POLICY_DISPUTE_PAUSED);
// - mark_wrong_number: suppression `wrong_number` for each account concerned, as the
//   inbound "wrong number" reply does → the wrong-number rule blocks (POLICY_WRONG_NUMBER);
// - flag_for_review: nothing automatic.
import type { ProtectiveAction } from '../../core/complaints/complaint-model.js';
import type { AccountId, PersonId, TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';

export interface ProtectionTarget {
  readonly accountId?: AccountId;
  readonly personId?: PersonId;
  readonly phoneE164?: string;
  readonly at: number;
}

export type ActionOutcome = { readonly action: ProtectiveAction; readonly applied: boolean; readonly why?: 'no_number' | 'no_account' };

const accountsOf = async (tx: Store, tenant: TenantId, t: ProtectionTarget): Promise<readonly AccountId[]> => {
  if (t.accountId !== undefined) return [t.accountId];
  if (t.personId === undefined) return [];
  return (await tx.personLinks(tenant, t.personId)).map((l) => l.accountId);
};

export const applyProtectiveActions = async (
  tx: Store,
  tenant: TenantId,
  actions: readonly ProtectiveAction[],
  t: ProtectionTarget,
  actor: string,
): Promise<readonly ActionOutcome[]> => {
  const out: ActionOutcome[] = [];
  for (const action of actions) {
    switch (action) {
      case 'suppress_number':
        if (t.phoneE164 === undefined) out.push({ action, applied: false, why: 'no_number' });
        else {
          await tx.addSuppression(tenant, { phoneE164: t.phoneE164, reason: 'complaint', ...(t.accountId === undefined ? {} : { accountId: t.accountId }) }, actor);
          out.push({ action, applied: true });
        }
        break;
      case 'pause_dispute':
        if (t.accountId === undefined) out.push({ action, applied: false, why: 'no_account' });
        else {
          await tx.markDisputed(tenant, t.accountId, t.at, actor);
          out.push({ action, applied: true });
        }
        break;
      case 'mark_wrong_number': {
        const accounts = await accountsOf(tx, tenant, t);
        if (t.phoneE164 === undefined) out.push({ action, applied: false, why: 'no_number' });
        else if (accounts.length === 0) out.push({ action, applied: false, why: 'no_account' });
        else {
          for (const account of accounts) await tx.addSuppression(tenant, { phoneE164: t.phoneE164, reason: 'wrong_number', accountId: account }, actor);
          out.push({ action, applied: true });
        }
        break;
      }
      case 'flag_for_review':
        out.push({ action, applied: true });
        break;
    }
  }
  return out;
};
