// Nothing said to a third party may disclose a debt (zh + en lexicon, amounts).
import { type Rule, never } from '../rule.js';
import { F_DISCLOSES_DEBT, partyOf } from '../prepared-request.js';

export const thirdPartyContentRule: Rule = {
  id: 'third-party-content',
  requires: F_DISCLOSES_DEBT,
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req }) =>
    partyOf(req) === 'third_party' && req.contentDisclosesDebt ? 'POLICY_DISCLOSES_DEBT' : undefined,
  earliest: never,
};
