// What the policy engine blocked, per arm and reason: read back from the outbox after
// the run (every blocked message keeps its decision, planner's or dispatcher's, with its
// violations), in keyset pages of the tenant's blocked messages — not one read per
// account — each counted under its account's arm. A message with several violations
// counts once under each reason; the `messages` figure counts it once.
import type { Store } from '../ports/store.js';
import type { MessageId, TenantId } from '../../core/model/ids.js';
import type { AccountTally } from './account-tally.js';
import type { SimAccount } from './seed-lender.js';

export interface ArmBlocks {
  messages: number;
  readonly byReason: Record<string, number>;
}

export type BlockedByArm = ReadonlyMap<string, ArmBlocks>;

const reasonsOf = (decision: unknown): readonly string[] => {
  const v = (decision as { violations?: readonly { reason?: unknown }[] } | null)?.violations;
  const reasons = (v ?? []).map((x) => (typeof x.reason === 'string' ? x.reason : 'unknown'));
  return reasons.length > 0 ? reasons : ['unknown'];
};

export const blockedByArm = async (
  store: Store,
  tenant: TenantId,
  population: readonly SimAccount[],
  tallies: readonly AccountTally[],
): Promise<BlockedByArm> => {
  const out = new Map<string, ArmBlocks>();
  const armOf = new Map<string, string>();
  for (const s of population) {
    const arm = tallies[s.index]!.arm ?? '(none)';
    armOf.set(s.accountId!, arm);
    if (!out.has(arm)) out.set(arm, { messages: 0, byReason: {} });
  }
  const limit = 500;
  for (let after: MessageId | undefined; ; ) {
    const page = await store.listMessages(tenant, { state: 'blocked', limit, ...(after === undefined ? {} : { after }) });
    for (const m of page) {
      const arm = armOf.get(m.accountIds[0]!);
      const blocks = arm === undefined ? undefined : out.get(arm);
      if (blocks === undefined) continue;
      blocks.messages += 1;
      for (const r of reasonsOf(m.decision)) blocks.byReason[r] = (blocks.byReason[r] ?? 0) + 1;
    }
    if (page.length < limit) break;
    after = page[page.length - 1]!.id;
  }
  return out;
};
