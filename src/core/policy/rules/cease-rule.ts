// Cease communication is effective on receipt; afterwards only legally required
// notices (efforts terminated / remedies) and an opt-out confirmation (1006.6(c)).
import { P_CEASE } from '../prepared-request.js';
import { type Rule, never } from '../rule.js';

export const ceaseRule: Rule = {
  id: 'cease',
  appliesTo: (_ch, party, purpose) => party === 'borrower' && purpose !== 'legally_required' && purpose !== 'opt_out_confirmation',
  check: ({ req }, t) => {
    if (req.buf[req.off + P_CEASE]! > t || req.party !== 'borrower' || req.purpose === 'legally_required' || req.purpose === 'opt_out_confirmation') return undefined;
    return 'POLICY_CEASE';
  },
  earliest: never,
};
