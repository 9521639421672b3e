// cn: a contact (联系人) may be reached only when the borrower of every account the
// contact is about is unreachable (失联), deceased or incapacitated. A missing status
// counts as reachable.
import { type Rule, never } from '../rule.js';
import { partyOf, purposeOf } from '../prepared-request.js';

export const borrowerReachableRule: Rule = {
  id: 'borrower-reachable',
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req, params }) => {
    if (!params.borrowerUnreachableOnly || partyOf(req) !== 'third_party' || purposeOf(req) === 'opt_out_confirmation') return undefined;
    return req.borrowersUnreachable ? undefined : 'POLICY_BORROWER_REACHABLE';
  },
  earliest: never,
};
