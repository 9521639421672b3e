// us-regf 1006.14(b)(2)(i)(B): no call about a debt within 7 days after a telephone
// conversation about it, the conversation's local day being day 1 (calls allowed again
// from local midnight starting day 8). Conversations in either direction count, for the
// debts they covered (discussedAccountIds, else accountIds).
import { NEED_CONSENT, NEED_CONVERSATION } from '../counters.js';
import type { Rule } from '../rule.js';
import { isCallChannel, minOrNull, nextConsentStart } from './call-frequency-rule.js';
import { tableDayAt, tableDayStart, zoneTable } from '../../schedule/zone-day.js';
import { EV_CONVERSATION, EV_RECIPIENT } from '../event-flags.js';
import { EV_DISCUSSED_MASK, EV_FLAGS, EV_STRIDE, channelOf } from '../prepared-request.js';

const CONVERSATION = EV_CONVERSATION | EV_RECIPIENT;

export const afterConversationRule: Rule = {
  id: 'after-conversation',
  needs: NEED_CONVERSATION | NEED_CONSENT,
  appliesTo: (ch) => isCallChannel(ch),
  check: ({ req, c }) =>
    isCallChannel(channelOf(req)) && !c.proposedInConsent && c.conversationInQuiet ? 'POLICY_AFTER_CONVERSATION' : undefined,
  // The latest conversation L (≤ t) about the contact's debts leaves the window at the
  // local midnight starting day (day(L) + quietDays) — the latest such midnight among
  // the zones, matching the union window of the scan.
  earliest: ({ req, params, zones }, t) => {
    let latest = Number.NEGATIVE_INFINITY;
    const ev = req.buf;
    const bits = req.bits;
    for (let i = req.ev; i < req.evEnd; i += EV_STRIDE) {
      const at = ev[i]!;
      if ((bits[2 * i + EV_FLAGS]! & CONVERSATION) === CONVERSATION && bits[2 * i + EV_DISCUSSED_MASK]! !== 0 && at <= t && at > latest) latest = at;
    }
    let until = t;
    if (latest === Number.NEGATIVE_INFINITY) return minOrNull(until, nextConsentStart({ req }, t));
    for (let z = 0; z < zones.length; z += 1) {
      const tb = zoneTable(zones[z] as string);
      const s = tableDayStart(tb, tableDayAt(tb, latest) + params.conversationQuietDays);
      if (s > until) until = s;
    }
    return minOrNull(until, nextConsentStart({ req }, t));
  },
  detail: ({ c, params }) =>
    `conversation within the last ${params.conversationQuietDays} local days: ${c.conversationInQuiet ? 'yes' : 'no'}`,
};
