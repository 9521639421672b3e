// "May I call now?" (console work queue, POST /v1/calls/check): the policy engine on
// the same decision context the planner and dispatcher load (decision-context/), so
// prior calls and their results, quiet hours in every zone, holidays, daily and weekly
// caps and third-party limits all apply. A borrower is called to collect, a third party
// only to locate the borrower.
import { TactError } from '../../core/errors.js';
import type { PackId } from '../../core/model/decision-request.js';
import type { Decision } from '../../core/model/decision.js';
import type { AccountId, PersonId, TenantId } from '../../core/model/ids.js';
import { compilePolicy } from '../../core/policy/compile-policy.js';
import type { CompiledPolicy } from '../../core/policy/compiled-policy.js';
import { decide } from '../../core/policy/decide.js';
import { err, ok, type Result } from '../../core/result.js';
import { loadDecisionContexts } from '../decision-context/load-decision-contexts.js';
import type { Store } from '../ports/store.js';

export interface CallTarget {
  readonly accountId: AccountId;
  readonly personId: PersonId;
  /** Epoch ms UTC of the proposed call. */
  readonly at: number;
}

export interface CallCheck {
  readonly decision: Decision;
  readonly party: 'borrower' | 'third_party';
  readonly purpose: 'collection' | 'location';
  /** E.164 number to dial. */
  readonly phone: string;
}

const compiled = new Map<PackId, CompiledPolicy>();
export const policyOf = (pack: PackId): CompiledPolicy => {
  let p = compiled.get(pack);
  if (p === undefined) {
    const r = compilePolicy(pack);
    if (!r.ok) throw new TactError('TACT_ERR_POLICY_BAD_OVERRIDE', `pack ${pack} does not compile`);
    compiled.set(pack, (p = r.value));
  }
  return p;
};

export type CallCheckRefusal = 'not_found' | 'bad_target';

export const checkCall = async (store: Store, tenant: TenantId, target: CallTarget): Promise<Result<CallCheck, CallCheckRefusal>> => {
  const t = await store.getTenant(tenant);
  if (t === undefined) return err('not_found');
  const ctx = await loadDecisionContexts(store, tenant, [target.accountId], { pack: t.pack, now: target.at });
  const account = ctx.accounts.get(target.accountId);
  if (account === undefined) return err('not_found');
  const link = account.people.find((p) => p.personId === target.personId);
  if (link === undefined) return err('bad_target');
  const party = link.role === 'borrower' ? 'borrower' : 'third_party';
  const purpose = party === 'borrower' ? 'collection' : 'location';
  const prepared = ctx.prepare({ accountId: target.accountId, personId: target.personId, channel: 'call', purpose, at: target.at });
  if (prepared === undefined) return err('bad_target');
  return ok({ decision: decide(prepared, policyOf(t.pack)), party, purpose, phone: link.phone() });
};
