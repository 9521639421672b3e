// us-regf 1006.14(b)(2)(i)(B): no call about a debt within 7 days after a telephone
// conversation about it, the conversation's local day being day 1 (calls allowed again
// from local midnight starting day 8). Conversations in either direction count, for the
// debts they covered (discussedAccountIds, else accountIds).
import type { Rule } from '../rule.js';
import { isCallChannel, minOrNull, nextConsentStart } from './call-frequency-rule.js';
import { firstPassingMidnight } from './day-steps.js';

export const afterConversationRule: Rule = {
  id: 'after-conversation',
  check: ({ req, c }) =>
    isCallChannel(req.channel) && !c.proposedInConsent && c.conversationInQuiet ? 'POLICY_AFTER_CONVERSATION' : undefined,
  earliest: (ctx, t) =>
    minOrNull(
      firstPassingMidnight(ctx, t, ctx.params.conversationQuietDays, (c) => c.proposedInConsent || !c.conversationInQuiet),
      nextConsentStart(ctx, t),
    ),
  detail: ({ c, params }) =>
    `conversation within the last ${params.conversationQuietDays} local days: ${c.conversationInQuiet ? 'yes' : 'no'}`,
};
