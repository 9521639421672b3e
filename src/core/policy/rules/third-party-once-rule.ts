// Each third party is communicated with once (1006.10(c); 15 U.S.C. 1692b(3)), unless
// they asked: an inbound contact from them after our last communication. An attempt
// that reached no one (unanswered, busy, not in service, failed, wrong party) is not a
// communication. The "earlier answer seemed wrong" exception needs a fact the contract
// does not carry; it is not modelled (a state change lifts it).
import { type Rule, never } from '../rule.js';
import { partyOf, purposeOf } from '../prepared-request.js';

export const thirdPartyOnceRule: Rule = {
  id: 'third-party-once',
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req, c }) => {
    if (partyOf(req) !== 'third_party' || purposeOf(req) === 'opt_out_confirmation') return undefined;
    if (c.lastThirdPartyComm === Number.NEGATIVE_INFINITY || c.lastInbound > c.lastThirdPartyComm) return undefined;
    return 'POLICY_THIRD_PARTY_ONCE';
  },
  earliest: never,
  detail: ({ c }) =>
    c.lastThirdPartyComm === Number.NEGATIVE_INFINITY
      ? 'no earlier communication with this third party'
      : `earlier communication at ${new Date(c.lastThirdPartyComm).toISOString()}; asked since: ${c.lastInbound > c.lastThirdPartyComm}`,
};
