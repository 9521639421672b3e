// A third party may be contacted only for the purposes the pack allows (us-regf:
// location information, 1006.10; cn adds consent_request). A reply to their own
// inbound contact and a single opt-out confirmation are always allowed.
import type { Purpose } from '../../model/decision-request.js';
import { type Rule, never } from '../rule.js';
import { partyOf, purposeOf } from '../prepared-request.js';

export const thirdPartyPurposeRule = (allowed: readonly Purpose[]): Rule => ({
  id: 'third-party-purpose',
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req }) =>
    partyOf(req) === 'third_party' && !allowed.includes(purposeOf(req)) && purposeOf(req) !== 'reply' && purposeOf(req) !== 'opt_out_confirmation'
      ? 'POLICY_THIRD_PARTY_PURPOSE'
      : undefined,
  earliest: never,
});
