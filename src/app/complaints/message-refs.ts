// The versions a complaint about messages involves, for the per-version counts that
// experiment reports read: the template each message was rendered from, the strategy
// version it was planned under (the experiment arm's version when the message carries
// an arm tag, else the tenant's active strategy at filing time — messages outside an
// experiment do not record their strategy version), and the policy pack plus each rule
// named in its decision.
import type { PackId } from '../../core/model/decision-request.js';
import type { TenantId } from '../../core/model/ids.js';
import type { ComplaintRef } from '../ports/complaint-store.js';
import type { Store } from '../ports/store.js';
import type { MessageRecord } from '../ports/store-records.js';

interface DecisionTags {
  readonly experiment?: unknown;
  readonly arm?: unknown;
  readonly violations?: readonly { readonly rule?: unknown }[];
}

export const messageRefs = async (store: Store, tenant: TenantId, pack: PackId, messages: readonly MessageRecord[]): Promise<readonly ComplaintRef[]> => {
  if (messages.length === 0) return [];
  const refs: ComplaintRef[] = [{ kind: 'rule', ref: pack }];
  const experiments = await store.listExperiments(tenant);
  const active = await store.getActiveStrategy(tenant);
  for (const m of messages) {
    if (m.templateId !== undefined) refs.push({ kind: 'template', ref: m.templateId });
    const d = (m.decision ?? {}) as DecisionTags;
    const e = experiments.find((x) => x.id === d.experiment);
    const arm = e?.arms.find((a) => a.name === d.arm);
    if (arm !== undefined) refs.push({ kind: 'strategy', ref: `${arm.strategyId}@${arm.strategyVersion}` });
    else if (active !== undefined) refs.push({ kind: 'strategy', ref: `${active.strategyId}@${active.version}` });
    for (const v of d.violations ?? []) if (typeof v.rule === 'string') refs.push({ kind: 'rule', ref: `${pack}/${v.rule}` });
  }
  return refs;
};
