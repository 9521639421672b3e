// The portal knows a complainant only by the code printed in a message. Codes are unique
// per tenant, so each tenant is asked (tenant id first, as every query); a code found in
// more than one tenant is refused rather than guessed.
import type { TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';
import type { MessageRecord } from '../ports/store-records.js';

/** Codes are printed as upper-case letters and digits; spaces and dashes are typing noise. */
export const normaliseCode = (raw: string): string => raw.replace(/[\s-]/g, '').toUpperCase();

export const findPortalMessage = async (store: Store, rawCode: string): Promise<{ readonly tenant: TenantId; readonly message: MessageRecord } | undefined> => {
  const code = normaliseCode(rawCode);
  if (!/^[A-Z0-9]{4,64}$/.test(code)) return undefined;
  const found: { tenant: TenantId; message: MessageRecord }[] = [];
  for (const tenant of await store.listTenantIds()) {
    const m = (await store.findMessageByCode(tenant, code)) ?? (code === rawCode ? undefined : await store.findMessageByCode(tenant, rawCode.trim()));
    if (m !== undefined) found.push({ tenant, message: m });
  }
  return found.length === 1 ? found[0] : undefined;
};
