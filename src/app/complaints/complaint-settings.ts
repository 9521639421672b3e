// Loading and saving a tenant's complaint settings (docs/complaints.md, "Settings").
// Stored settings are re-validated against the tenant's pack on every load, so a pack
// whose statutory floor rose never runs with a list below it.
import { defaultComplaintSettings, parseComplaintSettings, complaintSettingsToJson, type ComplaintSettings } from '../../core/complaints/complaint-settings.js';
import { TactError, failure, type TactFailure } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Store } from '../ports/store.js';
import type { TenantRecord } from '../ports/store-records.js';

export const loadComplaintSettings = async (store: Store, tenant: TenantRecord): Promise<ComplaintSettings> => {
  const stored = await store.getComplaintSettings(tenant.id);
  if (stored === undefined) return defaultComplaintSettings;
  const parsed = parseComplaintSettings(tenant.pack, stored);
  if (!parsed.ok) throw new TactError('TACT_ERR_COMPLAINT_BAD_SETTINGS', 'The stored complaint settings no longer validate against the tenant’s pack.', parsed.error);
  return parsed.value;
};

export const saveComplaintSettings = async (
  store: Store,
  tenant: TenantId,
  input: unknown,
  actor: string,
): Promise<Result<ComplaintSettings, TactFailure[]>> => {
  const t = await store.getTenant(tenant);
  if (t === undefined) return err([failure('TACT_ERR_STORE_UNKNOWN_TENANT', { path: 'tenant' })]);
  const parsed = parseComplaintSettings(t.pack, input);
  if (!parsed.ok) return parsed;
  await store.setComplaintSettings(tenant, complaintSettingsToJson(parsed.value), actor);
  return ok(parsed.value);
};
