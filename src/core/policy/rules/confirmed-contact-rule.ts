// cn Tact default: only contacts who confirmed being a contact may be reached.
import { type Rule, never } from '../rule.js';
import { partyOf, purposeOf } from '../prepared-request.js';

export const confirmedContactRule: Rule = {
  id: 'confirmed-contact',
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req, params }) =>
    params.confirmedContactsOnly && partyOf(req) === 'third_party' && req.confirmed !== true && purposeOf(req) !== 'opt_out_confirmation'
      ? 'POLICY_CONTACT_UNCONFIRMED'
      : undefined,
  earliest: never,
};
