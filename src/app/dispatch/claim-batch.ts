// One claim: a SHORT write transaction that locks due messages (and their people and
// accounts), re-decides them with fresh context, moves the allowed ones to `sending`
// with their ledger rows, and settles the rest. Commits before any message is sent.
import type { TenantId } from '../../core/model/ids.js';
import type { ClaimSettlement, DueMessage, StartSending } from '../ports/dispatch-store.js';
import type { Store } from '../ports/store.js';
import type { Redecide } from './redecide.js';

export interface Claimed {
  readonly message: DueMessage;
  readonly attempt: number;
}

export interface ClaimSummary {
  readonly toSend: readonly Claimed[];
  readonly settled: number;
  /** Left `planned` for the next claim (another message of the person was sent). */
  readonly deferred: number;
}

export const claimBatch = async (
  store: Store,
  redecide: Redecide,
  tenant: TenantId,
  worker: string,
  now: number,
  limit: number,
): Promise<ClaimSummary> =>
  store.transaction(async (tx) => {
    const due = await tx.claimDue(tenant, { now, limit });
    if (due.length === 0) return { toSend: [], settled: 0, deferred: 0 };
    const verdicts = await redecide(tx, tenant, due, now);
    const toSend: StartSending[] = [];
    const settle: ClaimSettlement[] = [];
    let deferred = 0;
    for (const m of due) {
      const v = verdicts.get(m.id) ?? { kind: 'block', decision: { allowed: false, violations: [{ rule: 'no-verdict' }] } };
      if (v.kind === 'defer') deferred += 1;
      else if (v.kind === 'send') toSend.push({ message: m, attempt: m.attempts + 1 });
      else if (v.kind === 'block') settle.push({ messageId: m.id, state: 'blocked', decision: v.decision });
      else if (v.kind === 'cancel') settle.push({ messageId: m.id, state: 'cancelled', decision: v.decision });
      else settle.push({ messageId: m.id, state: 'planned', decision: v.decision, scheduledAt: v.at });
    }
    // Settle first: each call ends with its audit event, which locks the tenant's audit
    // chain head until commit — keep what follows the first one short.
    await tx.settleClaims(tenant, settle, now);
    await tx.startSending(tenant, toSend, worker, now);
    return { toSend, settled: settle.length, deferred };
  });
