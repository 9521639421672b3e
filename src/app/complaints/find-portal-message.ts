// The portal knows a complainant only by the code printed in a message. The code is
// looked up across tenants with the portal's indexed query (findMessagesByCode); a code
// found in two tenants is refused rather than guessed, as the verification page does.
import { isWellFormedCode, normaliseCode } from '../../core/messages/verification-code.js';
import type { TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';
import type { MessageRecord } from '../ports/store-records.js';

/** Input longer than this is not a code. */
const MAX_CODE_INPUT = 32;

export const findPortalMessage = async (store: Store, raw: string): Promise<{ readonly tenant: TenantId; readonly message: MessageRecord } | undefined> => {
  const code = normaliseCode(raw.slice(0, MAX_CODE_INPUT));
  if (!isWellFormedCode(code)) return undefined;
  const rows = await store.findMessagesByCode(code, 2);
  const only = rows.length === 1 ? rows[0] : undefined;
  if (only === undefined) return undefined;
  const message = await store.getMessage(only.tenant, only.messageId);
  return message === undefined ? undefined : { tenant: only.tenant, message };
};
