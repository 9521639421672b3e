// cn Tact default: ≤ N contacts to one third party per rolling 7 × 24 h, and ≤ M
// third-party contacts per account ever (all contacts of the account together).
import { NEED_THIRD_PARTY_RECENT } from '../counters.js';
import { DAY_MS } from '../../schedule/zone-day.js';
import { EV_ATTEMPT, EV_OUTBOUND, EV_RECIPIENT, EV_THIRD_PARTY } from '../event-flags.js';
import type { Rule } from '../rule.js';
import { EV_FLAGS, EV_STRIDE, partyOf, purposeOf } from '../prepared-request.js';

const WEEK_MS = 7 * DAY_MS;

export const thirdPartyFrequencyRule: Rule = {
  id: 'third-party-frequency',
  needs: NEED_THIRD_PARTY_RECENT,
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req, params, c }) => {
    if (partyOf(req) !== 'third_party' || purposeOf(req) === 'opt_out_confirmation') return undefined;
    for (let a = 0; a < req.accountCount; a += 1) {
      if (c.thirdPartyPerAccount[a]! >= params.thirdPartyPerAccount) return 'POLICY_THIRD_PARTY_ACCOUNT_CAP';
    }
    return c.thirdPartyRecent >= params.thirdPartyPer7Days ? 'POLICY_THIRD_PARTY_FREQUENCY' : undefined;
  },
  earliest: ({ req, params, c }, t) => {
    for (let a = 0; a < req.accounts.length; a += 1) if (c.thirdPartyPerAccount[a]! >= params.thirdPartyPerAccount) return null;
    if (params.thirdPartyPer7Days <= 0) return null;
    // The same events the scan counted as recent attempts, newest first.
    const times: number[] = [];
    const want = EV_RECIPIENT | EV_OUTBOUND | EV_THIRD_PARTY | EV_ATTEMPT;
    const ev = req.buf;
    const bits = req.bits;
    for (let i = req.ev; i < req.evEnd; i += EV_STRIDE) {
      const at = ev[i]!;
      if ((bits[2 * i + EV_FLAGS]! & want) === want && at <= t && at > t - WEEK_MS) times.push(at);
    }
    times.sort((x, y) => y - x);
    const oldestBlocking = times[params.thirdPartyPer7Days - 1];
    return oldestBlocking === undefined ? t : oldestBlocking + WEEK_MS;
  },
  detail: ({ req, params, c }) =>
    `${c.thirdPartyRecent}/${params.thirdPartyPer7Days} to this contact in 7 days; per account ever: ${req.accounts
      .map((_, a) => `${c.thirdPartyPerAccount[a]}/${params.thirdPartyPerAccount}`)
      .join(', ')}`,
};
