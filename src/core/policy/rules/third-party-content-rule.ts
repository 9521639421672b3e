// Nothing said to a third party may disclose a debt (zh + en lexicon, amounts).
import { type Rule, never } from '../rule.js';

export const thirdPartyContentRule: Rule = {
  id: 'third-party-content',
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req }) =>
    req.contentDisclosesDebt && req.party === 'third_party' ? 'POLICY_DISCLOSES_DEBT' : undefined,
  earliest: never,
};
