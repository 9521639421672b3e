// us-regf Tact default (rebuttal factors, comment 14(b)(2)(i)-2): no two call attempts
// to one number within N minutes (default 5), whatever the result.
import { MINUTE_MS } from '../../schedule/zone-day.js';
import type { Rule } from '../rule.js';
import { isCallChannel } from './call-frequency-rule.js';
import { channelOf } from '../prepared-request.js';

export const callSpacingRule: Rule = {
  id: 'call-spacing',
  appliesTo: (ch) => isCallChannel(ch),
  check: ({ req, params, c }, t) =>
    isCallChannel(channelOf(req)) && params.callSpacingMinutes > 0 && t - c.lastCallSameTo < params.callSpacingMinutes * MINUTE_MS
      ? 'POLICY_CALL_SPACING'
      : undefined,
  earliest: ({ params, c }) => c.lastCallSameTo + params.callSpacingMinutes * MINUTE_MS,
  detail: ({ c, params }, t) =>
    c.lastCallSameTo === Number.NEGATIVE_INFINITY
      ? 'no earlier call to this number'
      : `last call to this number ${Math.floor((t - c.lastCallSameTo) / MINUTE_MS)} min ago (minimum ${params.callSpacingMinutes})`,
};
