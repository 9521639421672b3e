// A reply answers one inbound contact from the person in the same medium, at most once
// (comment 6(b)(1)-2). A valid reply is exempt from the time-of-day and designated
// inconvenience rules; every other rule still applies.
import type { Counters } from '../counters.js';
import { type PreparedRequest, purposeOf } from '../prepared-request.js';
import { type Rule, never } from '../rule.js';

export const isValidReply = (req: PreparedRequest, c: Counters): boolean =>
  purposeOf(req) === 'reply' && c.replyTargetFound && !c.replyUsed;

export const replyOnceRule: Rule = {
  id: 'reply-once',
  appliesTo: (_ch, _party, purpose) => purpose === 'reply',
  check: ({ req, c }) => {
    if (purposeOf(req) !== 'reply') return undefined;
    if (!c.replyTargetFound) return 'POLICY_REPLY_INVALID';
    return c.replyUsed ? 'POLICY_REPLY_ONCE' : undefined;
  },
  earliest: never,
};
