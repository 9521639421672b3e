// cn Tact default: only contacts who confirmed being a contact may be reached.
import { type Rule, never } from '../rule.js';

export const confirmedContactRule: Rule = {
  id: 'confirmed-contact',
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req, params }) =>
    params.confirmedContactsOnly && req.party === 'third_party' && req.confirmed !== true && req.purpose !== 'opt_out_confirmation'
      ? 'POLICY_CONTACT_UNCONFIRMED'
      : undefined,
  earliest: never,
};
