// Cease communication is effective on receipt; afterwards only legally required
// notices (efforts terminated / remedies) and an opt-out confirmation (1006.6(c)).
import { type Rule, never } from '../rule.js';
import { F_CEASE, P_CEASE, partyOf, purposeOf } from '../prepared-request.js';

export const ceaseRule: Rule = {
  id: 'cease',
  requires: F_CEASE,
  appliesTo: (_ch, party, purpose) => party === 'borrower' && purpose !== 'legally_required' && purpose !== 'opt_out_confirmation',
  check: ({ req }, t) => {
    if (req.buf[req.off + P_CEASE]! > t || partyOf(req) !== 'borrower' || purposeOf(req) === 'legally_required' || purposeOf(req) === 'opt_out_confirmation') return undefined;
    return 'POLICY_CEASE';
  },
  earliest: never,
};
