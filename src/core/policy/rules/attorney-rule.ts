// No contact once an attorney is known to represent the consumer for the debt: not
// with the consumer (1006.6(b)(2)) and not with a third party either — when acquiring
// location information the collector must "not communicate with any person other than
// that attorney" (1006.10(b)(5); 15 U.S.C. 1692b(6)). The attorney-fails-to-respond
// and consent exceptions need facts the contract does not carry, so they are not
// modelled: a state change lifts it.
import { F_ATTORNEY, P_ATTORNEY } from '../prepared-request.js';
import { type Rule, never } from '../rule.js';

export const attorneyRule: Rule = {
  id: 'attorney',
  requires: F_ATTORNEY,
  check: ({ req }, t) => (req.buf[req.off + P_ATTORNEY]! <= t ? 'POLICY_ATTORNEY' : undefined),
  earliest: never,
};
