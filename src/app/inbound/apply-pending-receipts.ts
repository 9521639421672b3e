// For the dispatcher: right after it stores an accepted provider id (in the same
// transaction), receipts that arrived before the id was known are applied to the
// message. Returns how many were applied (0 almost always).
import type { TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';

export const applyPendingReceipts = (store: Store, tenant: TenantId, providerId: string, actor = 'system:inbound'): Promise<number> =>
  store.applyPendingReceipts(tenant, providerId, actor);
