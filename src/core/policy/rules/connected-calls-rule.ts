// cn: ≤ 3 effective (connected: answered or conversation) voice calls per borrower per
// local day, counting the lender and all its agencies together (every actor) and AI
// calls. A new attempt is blocked once the day's connected calls reach the cap.
import { NEED_CONNECTED } from '../counters.js';
import type { Rule } from '../rule.js';
import { firstPassingMidnight } from './day-steps.js';
import { channelOf, partyOf } from '../prepared-request.js';

export const connectedCallsRule: Rule = {
  id: 'connected-calls',
  needs: NEED_CONNECTED,
  appliesTo: (ch, party) => ch === 'call' && party === 'borrower',
  check: ({ req, params, c }) =>
    channelOf(req) === 'call' && partyOf(req) === 'borrower' && c.connectedToday >= params.connectedCallsPerDay ? 'POLICY_CONNECTED_CALLS' : undefined,
  earliest: (ctx, t) => firstPassingMidnight(ctx, t, 1, (c) => c.connectedToday < ctx.params.connectedCallsPerDay),
  detail: ({ c, params }) => `${c.connectedToday}/${params.connectedCallsPerDay} connected calls today (all collectors)`,
};
