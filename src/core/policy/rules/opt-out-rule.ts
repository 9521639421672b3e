// An opt-out from a medium or address applies to every debt; one confirmation
// message is allowed after it (12 CFR 1006.14(h)). A call opt-out covers voicemail.
import type { Channel } from '../../model/decision-request.js';
import { type Rule, never } from '../rule.js';

export const coversChannel = (designated: Channel, proposed: Channel): boolean =>
  designated === proposed || (designated === 'call' && proposed === 'voicemail');

export const optOutRule: Rule = {
  id: 'opt-out',
  check: ({ req, c }, t) => {
    let latest = Number.NEGATIVE_INFINITY;
    for (const o of req.optOuts) {
      if (o.at <= t && coversChannel(o.channel, req.channel) && (o.to === undefined || o.to === req.to) && o.at > latest) latest = o.at;
    }
    if (latest === Number.NEGATIVE_INFINITY) return undefined;
    if (req.purpose === 'opt_out_confirmation' && c.lastOptOutConfirmation < latest) return undefined;
    return 'POLICY_OPTED_OUT';
  },
  earliest: never,
};
