// An opt-out from a medium or address applies to every debt (12 CFR 1006.14(h)(1)). A
// call opt-out covers voicemail. Exceptions (1006.14(h)(2)): (i) one confirmation
// message after it; (ii) when the person later initiates contact through that medium,
// one response "through the same medium of communication used by the person": a valid
// reply to an inbound event received at or after the latest matching opt-out; (iii) a
// communication "otherwise required by applicable law" (purpose legally_required).
import type { Channel } from '../../model/decision-request.js';
import { F_OPT_OUTS, type PreparedRequest, channelOf, purposeOf } from '../prepared-request.js';
import { type Rule, never } from '../rule.js';
import { isValidReply } from './reply-once-rule.js';

export const coversChannel = (designated: Channel, proposed: Channel): boolean =>
  designated === proposed || (designated === 'call' && proposed === 'voicemail');

/** Instant of the inbound event a reply answers (history is kept when replyTo is set). */
const replyTargetAt = (req: PreparedRequest): number => {
  for (const e of req.history) if (!e.outbound && e.recipient && e.id === req.replyTo && e.channel === channelOf(req)) return e.at;
  return Number.NEGATIVE_INFINITY;
};

export const optOutRule: Rule = {
  id: 'opt-out',
  requires: F_OPT_OUTS,
  check: ({ req, c }, t) => {
    // Indexed loops: the lists are shared frozen [] or plain arrays, and for…of over both
    // calls the array iterator (measured: ~100 instructions a rule for an empty list).
    if ((req.facts & F_OPT_OUTS) === 0 || purposeOf(req) === 'legally_required') return undefined;
    const outs = req.optOuts;
    let latest = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < outs.length; k += 1) {
      const o = outs[k]!;
      if (o.at <= t && coversChannel(o.channel, channelOf(req)) && (o.to === undefined || o.to === req.to) && o.at > latest) latest = o.at;
    }
    if (latest === Number.NEGATIVE_INFINITY) return undefined;
    if (purposeOf(req) === 'opt_out_confirmation' && c.lastOptOutConfirmation < latest) return undefined;
    if (isValidReply(req, c) && replyTargetAt(req) >= latest) return undefined;
    return 'POLICY_OPTED_OUT';
  },
  earliest: never,
};
