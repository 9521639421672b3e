// The send-time re-decision seam. The dispatcher calls it INSIDE the claim transaction,
// after the claimed messages' people and accounts are locked, with the transaction's
// store, so history it reads includes every attempt committed by any worker.
// Production: `policyRedecide` (the policy engine over the decision-context loader);
// tests may pass a simpler rule.
import type { TenantId } from '../../core/model/ids.js';
import type { Store } from '../ports/store.js';
import type { DueMessage } from '../ports/dispatch-store.js';

export type Verdict =
  | { readonly kind: 'send'; readonly decision?: unknown }
  /** Blocked now (payment, opt-out, reply, cap reached…); violations in `decision`. */
  | { readonly kind: 'block'; readonly decision: unknown }
  /** Allowed later: back to `planned` at `at` (epoch ms, earliestAllowedAt). */
  | { readonly kind: 'reschedule'; readonly at: number; readonly decision: unknown }
  /** Not decided in this claim (left `planned`, unchanged): the next claim decides it. */
  | { readonly kind: 'defer' }
  /** The account is settled: nothing to say any more. */
  | { readonly kind: 'cancel'; readonly decision: unknown };

/** One verdict per claimed message id; a missing verdict blocks (fail closed). */
export type Redecide = (
  tx: Store,
  tenant: TenantId,
  messages: readonly DueMessage[],
  now: number,
) => Promise<ReadonlyMap<string, Verdict>>;
