// us-regf 1006.14(b)(2)(i)(A): ≤ 7 call attempts to a person about a debt within 7
// consecutive local days (the window ends with the day of the proposed call). Calls
// counted: placed calls and voicemails (ringless too), whatever the answer, except busy
// and not in service (comments 14(b)-1, 14(b)(3)(ii)-1); texts and e-mails are not
// calls. Calls inside a consent window (1006.14(b)(3)(i)) are not counted, and a call
// proposed inside one is not limited. Each debt counts separately; a debt group is one
// debt (1006.14(b)(4)); a call about several debts is blocked when any is at the limit.
import { type Counters, NEED_CALLS, NEED_CONSENT } from '../counters.js';
import type { RuleContext } from '../rule.js';
import type { Rule } from '../rule.js';
import { firstPassingMidnight } from './day-steps.js';
import { F_CONSENT, channelOf } from '../prepared-request.js';

export const isCallChannel = (ch: string): boolean => ch === 'call' || ch === 'voicemail';

const atLimit = (ctx: RuleContext, c: Counters): boolean => {
  if (c.proposedInConsent) return false;
  for (let d = 0; d < ctx.req.debtCount; d += 1) if (c.callCounts[d]! >= ctx.params.callMax) return true;
  return false;
};

/** The next consent window starting after t (a call proposed in it is not limited). */
export const nextConsentStart = (ctx: Pick<RuleContext, 'req'>, t: number): number => {
  let next = Number.POSITIVE_INFINITY;
  if ((ctx.req.facts & F_CONSENT) === 0) return next;
  const consents = ctx.req.consentToCall;
  for (let k = 0; k < consents.length; k += 1) {
    const w = consents[k]!;
    if (w.from > t && w.from < w.until && w.from < next) next = w.from;
  }
  return next;
};

export const minOrNull = (a: number | null, b: number): number | null => {
  const m = Math.min(a ?? Number.POSITIVE_INFINITY, b);
  return m === Number.POSITIVE_INFINITY ? null : m;
};

export const callFrequencyRule: Rule = {
  id: 'call-frequency',
  needs: NEED_CALLS | NEED_CONSENT,
  appliesTo: (ch) => isCallChannel(ch),
  check: (ctx) => (isCallChannel(channelOf(ctx.req)) && atLimit(ctx, ctx.c) ? 'POLICY_CALL_FREQUENCY' : undefined),
  earliest: (ctx, t) =>
    minOrNull(
      firstPassingMidnight(ctx, t, ctx.params.callWindowDays, (c) => !atLimit(ctx, c)),
      nextConsentStart(ctx, t),
    ),
  detail: (ctx) =>
    Array.from({ length: ctx.req.debtCount }, (_, d) => `debt ${d + 1}: ${ctx.c.callCounts[d]}/${ctx.params.callMax} calls in ${ctx.params.callWindowDays} days`).join('; ') +
    (ctx.c.proposedInConsent ? ' (inside a consent window: not limited)' : ''),
};
