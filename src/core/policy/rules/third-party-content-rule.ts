// Nothing said to a third party may disclose a debt (zh + en lexicon, amounts).
import { disclosesDebt } from '../content-checks.js';
import { type Rule, never } from '../rule.js';

export const thirdPartyContentRule: Rule = {
  id: 'third-party-content',
  check: ({ req }) =>
    req.party === 'third_party' && req.content !== undefined && disclosesDebt(req.content) ? 'POLICY_DISCLOSES_DEBT' : undefined,
  earliest: never,
};
