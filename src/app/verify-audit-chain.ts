// Walks one tenant's audit chain from seq 1 and checks every link and the head.
import { checkAuditLink, type ChainBreak, type ChainCheck, type Sha256Hex } from '../core/audit/audit-chain.js';
import type { TenantId } from '../core/model/ids.js';
import type { Store } from './ports/store.js';

export type ChainVerdict =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly count: number; readonly seq: number; readonly reason: ChainBreak | 'head_mismatch' };

export const verifyAuditChain = async (store: Store, tenant: TenantId, sha256: Sha256Hex): Promise<ChainVerdict> => {
  let previous: ChainCheck | undefined;
  let count = 0;
  for await (const event of store.iterateAudit(tenant)) {
    const broken = checkAuditLink(previous, event, sha256);
    if (broken !== undefined) return { ok: false, count, seq: event.seq, reason: broken };
    previous = { seq: event.seq, hash: event.hash };
    count += 1;
  }
  // Removing the newest events leaves a valid prefix: only the head row tells.
  const head = await store.auditHead(tenant);
  const last = previous?.seq ?? 0;
  if (head !== undefined && (head.seq !== last || (previous !== undefined && head.hash !== previous.hash))) {
    // The first event that is missing, or the first one beyond the recorded head.
    const seq = head.seq > last ? last + 1 : head.seq < last ? head.seq + 1 : last;
    return { ok: false, count, seq, reason: 'head_mismatch' };
  }
  return { ok: true, count };
};
