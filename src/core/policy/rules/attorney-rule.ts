// No contact with the consumer once an attorney is known to represent them for the
// debt (1006.6(b)(2)). The attorney-fails-to-respond and consent exceptions need
// facts the contract does not carry, so they are not modelled: a state change lifts it.
import { type Rule, never } from '../rule.js';

export const attorneyRule: Rule = {
  id: 'attorney',
  appliesTo: (_ch, party) => party === 'borrower',
  check: ({ req }, t) => {
    return req.attorneyAt <= t && req.party === 'borrower' ? 'POLICY_ATTORNEY' : undefined;
  },
  earliest: never,
};
