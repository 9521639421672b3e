// What the policy engine blocked, per arm and reason: read back from the outbox after
// the run (every blocked message keeps its decision, planner's or dispatcher's, with its
// violations). A message with several violations counts once under each reason; the
// `messages` figure counts it once.
import type { Store } from '../ports/store.js';
import type { TenantId } from '../../core/model/ids.js';
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
  for (const s of population) {
    const arm = tallies[s.index]!.arm ?? '(none)';
    const blocks = out.get(arm) ?? { messages: 0, byReason: {} };
    out.set(arm, blocks);
    for (const m of await store.listAccountMessages(tenant, s.accountId!)) {
      if (m.state !== 'blocked') continue;
      blocks.messages += 1;
      for (const r of reasonsOf(m.decision)) blocks.byReason[r] = (blocks.byReason[r] ?? 0) + 1;
    }
  }
  return out;
};
