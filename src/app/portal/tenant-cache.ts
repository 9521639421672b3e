// Tenant records for the portal's hot path (/v/CODE): read once and kept for `ttlMs`
// (default 60 s), so a verification costs one indexed query, not two. Names, zones and
// locales change rarely; a minute of staleness only delays a rename on the page.
import type { TenantId } from '../../core/model/ids.js';
import type { Clock } from '../ports/clock.js';
import type { Store } from '../ports/store.js';
import type { TenantRecord } from '../ports/store-records.js';

export interface TenantCache {
  get(tenant: TenantId): Promise<TenantRecord | undefined>;
  /** The kept record while it is fresh (no promise: the hot path's usual case); undefined when it must be read. */
  fresh(tenant: TenantId): TenantRecord | undefined;
}

export const tenantCache = (store: Store, clock: Clock, ttlMs = 60_000): TenantCache => {
  const kept = new Map<string, { readonly at: number; readonly record: TenantRecord | undefined }>();
  return {
    fresh: (tenant) => {
      const hit = kept.get(tenant);
      return hit !== undefined && clock.now() - hit.at < ttlMs ? hit.record : undefined;
    },
    get: async (tenant) => {
      const now = clock.now();
      const hit = kept.get(tenant);
      if (hit !== undefined && now - hit.at < ttlMs) return hit.record;
      const record = await store.getTenant(tenant);
      if (kept.size > 10_000) kept.clear();
      kept.set(tenant, { at: now, record });
      return record;
    },
  };
};
