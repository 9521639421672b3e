// cn Tact default: ≤ 6 texts to one person within 7 consecutive local days.
import { NEED_SMS_WEEK } from '../counters.js';
import type { Rule } from '../rule.js';
import { firstPassingMidnight } from './day-steps.js';
import { channelOf } from '../prepared-request.js';

export const weeklyCapRule: Rule = {
  id: 'weekly-cap',
  needs: NEED_SMS_WEEK,
  appliesTo: (ch) => ch === 'sms',
  check: ({ req, params, c }) => (channelOf(req) === 'sms' && c.smsWeek >= params.smsPer7Days ? 'POLICY_WEEKLY_CAP' : undefined),
  earliest: (ctx, t) => firstPassingMidnight(ctx, t, 7, (c) => c.smsWeek < ctx.params.smsPer7Days),
  detail: ({ c, params }) => `${c.smsWeek}/${params.smsPer7Days} texts in 7 local days`,
};
