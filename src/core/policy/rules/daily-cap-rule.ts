// Per-day cap of texts to one person in the person's local day (us-regf Tact default
// 3; cn Tact default 2). Failed sends do not count.
import { NEED_SMS_DAY } from '../counters.js';
import type { Rule } from '../rule.js';
import { firstPassingMidnight } from './day-steps.js';
import { channelOf } from '../prepared-request.js';

export const dailyCapRule: Rule = {
  id: 'daily-cap',
  needs: NEED_SMS_DAY,
  appliesTo: (ch) => ch === 'sms',
  check: ({ req, params, c }) => (channelOf(req) === 'sms' && c.smsToday >= params.smsPerDay ? 'POLICY_DAILY_CAP' : undefined),
  earliest: (ctx, t) => firstPassingMidnight(ctx, t, 1, (c) => c.smsToday < ctx.params.smsPerDay),
  detail: ({ c, params }) => `${c.smsToday}/${params.smsPerDay} texts today (local day)`,
};
