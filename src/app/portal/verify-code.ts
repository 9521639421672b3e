// "Is this message genuine?" (docs/portal.md, "Verification"). A typed code is looked up
// across tenants with one indexed query. Genuine = exactly one message carries the code
// and it left (or was leaving) — a planned or blocked message was never received. Two
// tenants sharing a code (40 random bits each: about one pair in 10^12) answer "not
// found": the page could not say which lender sent it, and guessing would mislead.
// The work is the same for every input: a malformed code is looked up as a code no
// message can carry, and a number is always masked and a time always formatted.
import { isWellFormedCode, normaliseCode } from '../../core/messages/verification-code.js';
import { maskPhone } from '../../core/portal/mask-phone.js';
import type { CodeMatch } from '../ports/portal-store.js';
import type { Store } from '../ports/store.js';
import type { TenantCache } from './tenant-cache.js';

/** 'U' is not a Crockford digit: no message can carry this code. */
const IMPOSSIBLE_CODE = 'UUUUUUUU';
const STAND_IN_NUMBER = '+8613800000000';
const LEFT = new Set(['sending', 'sent', 'delivered', 'failed', 'undeliverable', 'unknown']);

export type Verification =
  | {
      readonly kind: 'genuine';
      readonly code: string;
      readonly match: CodeMatch;
      /** "+86 138****5678"; undefined when the number was erased. */
      readonly maskedTo: string | undefined;
      readonly sentAt: number;
      readonly timeZone: string;
      readonly tenantName: string;
    }
  | { readonly kind: 'not_found' };

/** Input longer than this is not a code; it is cut before normalising. */
export const MAX_CODE_INPUT = 32;

export const verifyCode = async (store: Store, tenants: TenantCache, input: string): Promise<Verification> => {
  const code = normaliseCode(input.slice(0, MAX_CODE_INPUT));
  const rows = await store.findMessagesByCode(isWellFormedCode(code) ? code : IMPOSSIBLE_CODE, 2);
  const only = rows.length === 1 ? rows[0] : undefined;
  const match = only !== undefined && LEFT.has(only.state) ? only : undefined;
  const tenant = match === undefined ? undefined : (tenants.fresh(match.tenant) ?? (await tenants.get(match.tenant)));
  const masked = maskPhone(match?.to ?? STAND_IN_NUMBER);
  if (match === undefined || tenant === undefined) return { kind: 'not_found' };
  return {
    kind: 'genuine',
    code,
    match,
    maskedTo: match.to === undefined ? undefined : masked,
    sentAt: match.scheduledAt,
    timeZone: tenant.timeZone,
    tenantName: tenant.name,
  };
};
