// Table-driven tests for every us-regf rule. Each row names its source: the RULES.md
// row's citation (12 CFR 1006 and its official interpretations) or the Tact default.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/core/model/decision-request.js';
import { type Row, baseRequest as req, checkRow, ev } from './request-builder.js';

const NEXT_MORNING = '2026-06-11T12:00:00.000Z'; // Thursday 08:00 EDT
const calls = (n: number, at: string, over: Partial<HistoryEvent> = {}): HistoryEvent[] =>
  Array.from({ length: n }, (_, i) => ev(at.replace(':00:00Z', `:${String(i).padStart(2, '0')}:00Z`), over));
const base = req();
const tp = (over: Partial<Parameters<typeof req>[0]> = {}) =>
  req({
    contact: { channel: 'call', to: '+12025550199', personId: 't1', party: 'third_party', accountIds: ['a1'], purpose: 'location' },
    person: { id: 't1', timeZones: ['America/New_York'] },
    ...over,
  });

const rows: Row[] = [
  // Time of day — 1006.6(b)(1)(i); comments 6(b)(1)(i)-1, -2
  { name: '07:59 local is inconvenient; allowed from 08:00', source: '1006.6(b)(1)(i)', request: req({ at: '2026-06-10T11:59:00Z' }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-06-10T12:00:00.000Z' },
  { name: '08:00 local is convenient', source: '1006.6(b)(1)(i)', request: req({ at: '2026-06-10T12:00:00Z' }), reasons: [] },
  { name: '20:59 local is convenient', source: '1006.6(b)(1)(i)', request: req({ at: '2026-06-11T00:59:00Z' }), reasons: [] },
  { name: '21:00 local is inconvenient until 08:00 next day', source: '1006.6(b)(1)(i)', request: req({ at: '2026-06-11T01:00:00Z' }), reasons: ['POLICY_QUIET_HOURS'], earliest: NEXT_MORNING },
  { name: 'a text is judged when sent (22:00 local)', source: 'comment 6(b)(1)(i)-1', request: req({ at: '2026-06-11T02:00:00Z', contact: { ...base.contact, channel: 'sms' } }), reasons: ['POLICY_QUIET_HOURS'], earliest: NEXT_MORNING },
  { name: 'two zones: 08:30 New York but 05:30 Los Angeles', source: 'comment 6(b)(1)(i)-2', request: req({ at: '2026-06-10T12:30:00Z', person: { id: 'p1', timeZones: ['America/New_York', 'America/Los_Angeles'] } }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-06-10T15:00:00.000Z' },
  { name: 'unknown zones: every US zone incl. Hawaii (11:00 NY is 05:00 HST)', source: 'comment 6(b)(1)(i)-2; Tact fallback', request: req({ person: { id: 'p1', timeZones: [] } }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-06-10T18:00:00.000Z' },
  { name: 'a letter has no time of day', source: '1006.6(b)(1)(i) (Tact reading)', request: req({ at: '2026-06-11T03:00:00Z', contact: { ...base.contact, channel: 'letter' } }), reasons: [] },
  { name: 'DST begins: 08:30 EDT on 2026-03-08 is convenient', source: '1006.6(b)(1)(i); tz database', request: req({ at: '2026-03-08T12:30:00Z' }), reasons: [] },
  { name: 'the day before DST: 07:30 EST, allowed from 13:00Z', source: '1006.6(b)(1)(i); tz database', request: req({ at: '2026-03-07T12:30:00Z' }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-03-07T13:00:00.000Z' },
  { name: 'DST ends: 07:30 EST on 2026-11-01, allowed from 13:00Z', source: '1006.6(b)(1)(i); tz database', request: req({ at: '2026-11-01T12:30:00Z' }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-11-01T13:00:00.000Z' },
  { name: 'Phoenix has no DST: 08:00 MST = 15:00Z on 2026-03-08', source: '1006.6(b)(1)(i); tz database', request: req({ at: '2026-03-08T14:59:00Z', person: { id: 'p1', timeZones: ['America/Phoenix'] } }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-03-08T15:00:00.000Z' },
  // Consumer-designated times, places, media — 1006.6(b)(1); comment 6(b)(1)-1; 1006.6(b)(3)
  { name: 'Wednesdays designated inconvenient', source: 'comment 6(b)(1)-1', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ days: ['wed'] }] } }), reasons: ['POLICY_PERSON_INCONVENIENT'], earliest: NEXT_MORNING },
  { name: '09:00–12:00 designated: allowed from 12:00 local', source: 'comment 6(b)(1)-1', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ from: '09:00', to: '12:00' }] } }), reasons: ['POLICY_PERSON_INCONVENIENT'], earliest: '2026-06-10T16:00:00.000Z' },
  { name: 'a range over midnight 20:00–09:00 at 08:30', source: 'comment 6(b)(1)-1', request: req({ at: '2026-06-10T12:30:00Z', person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ from: '20:00', to: '09:00' }] } }), reasons: ['POLICY_PERSON_INCONVENIENT'], earliest: '2026-06-10T13:00:00.000Z' },
  { name: 'a designation lapses after until', source: '1006.6(b)(1)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ days: ['wed'], until: '2026-06-10T14:00:00Z' }] } }), reasons: [] },
  { name: 'a designation ending later: allowed at until', source: '1006.6(b)(1)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ channel: 'call', until: '2026-06-10T18:00:00Z' }] } }), reasons: ['POLICY_PERSON_INCONVENIENT'], earliest: '2026-06-10T18:00:00.000Z' },
  { name: 'a medium designation does not cover another medium', source: '1006.6(b)(1)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ channel: 'sms' }] } }), reasons: [] },
  { name: 'work is inconvenient and this number reaches work', source: '1006.6(b)(3)', request: req({ contact: { ...base.contact, place: 'work' }, person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ place: 'work' }] } }), reasons: ['POLICY_WORKPLACE'], earliest: null },
  { name: 'work is inconvenient, this number reaches home', source: '1006.6(b)(3)', request: req({ contact: { ...base.contact, place: 'home' }, person: { id: 'p1', timeZones: ['America/New_York'], inconvenient: [{ place: 'work' }] } }), reasons: [] },
  // Call frequency — 1006.14(b)(2); comments 14(b)-1, 14(b)(3)(ii)-1; 1006.14(b)(3)(i); 1006.14(b)(4)
  { name: '7 calls on day 1: no call until day 8', source: '1006.14(b)(2)(i)(A)', request: req({ history: calls(7, '2026-06-04T14:00:00Z') }), reasons: ['POLICY_CALL_FREQUENCY'], earliest: NEXT_MORNING },
  { name: '7 calls on day 0 (8 days ago): allowed', source: '1006.14(b)(2)(i)(A)', request: req({ history: calls(7, '2026-06-03T14:00:00Z') }), reasons: [] },
  { name: 'busy and not-in-service are not calls', source: 'comment 14(b)(3)(ii)-1', request: req({ history: [...calls(5, '2026-06-04T14:00:00Z'), ev('2026-06-05T14:00:00Z', { result: 'busy' }), ev('2026-06-05T15:00:00Z', { result: 'not_in_service' })] }), reasons: [] },
  { name: 'texts are not calls', source: 'comment 14(b)-1', request: req({ history: calls(7, '2026-06-04T14:00:00Z', { channel: 'sms', result: 'delivered' }) }), reasons: [] },
  { name: 'voicemails (ringless too) are calls', source: 'comment 14(b)-1', request: req({ history: calls(7, '2026-06-04T14:00:00Z', { channel: 'voicemail', result: 'sent' }) }), reasons: ['POLICY_CALL_FREQUENCY'] },
  { name: 'calls about another debt do not count', source: '1006.14(b)(4)', request: req({ accounts: [{ id: 'a1', daysPastDue: 40 }, { id: 'a2', daysPastDue: 40 }], history: calls(7, '2026-06-04T14:00:00Z', { accountIds: ['a2'] }) }), reasons: [] },
  { name: 'a debt group is one debt', source: '1006.14(b)(4)', request: req({ accounts: [{ id: 'a1', debtGroup: 'g', daysPastDue: 40 }, { id: 'a2', debtGroup: 'g', daysPastDue: 40 }], history: calls(7, '2026-06-04T14:00:00Z', { accountIds: ['a2'] }) }), reasons: ['POLICY_CALL_FREQUENCY'] },
  { name: 'a call about two debts is blocked when one is at the limit', source: '1006.14(b)(4)', request: req({ contact: { ...base.contact, accountIds: ['a1', 'a2'] }, accounts: [{ id: 'a1', daysPastDue: 40 }, { id: 'a2', daysPastDue: 40 }], history: calls(7, '2026-06-04T14:00:00Z', { accountIds: ['a2'] }) }), reasons: ['POLICY_CALL_FREQUENCY'] },
  { name: 'calls inside a consent window are not counted', source: '1006.14(b)(3)(i)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], consentToCall: [{ from: '2026-06-04T13:00:00Z', until: '2026-06-05T13:00:00Z' }] }, history: calls(7, '2026-06-04T14:00:00Z') }), reasons: [] },
  { name: 'a call proposed inside a consent window is not limited', source: '1006.14(b)(3)(i)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], consentToCall: [{ from: '2026-06-10T13:00:00Z', until: '2026-06-12T13:00:00Z' }] }, history: calls(7, '2026-06-08T14:00:00Z') }), reasons: [] },
  { name: 'a conversation ends the consent window', source: '1006.14(b)(3)(i)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], consentToCall: [{ from: '2026-06-04T13:00:00Z', until: '2026-06-05T13:00:00Z' }] }, history: [ev('2026-06-04T13:30:00Z', { discussedAccountIds: ['a2'], accountIds: ['a2'], result: 'conversation' }), ...calls(7, '2026-06-04T14:00:00Z')] }), reasons: ['POLICY_CALL_FREQUENCY'] },
  { name: 'conversation on day 1 (Jun 4): no call through day 7 (Jun 10)', source: '1006.14(b)(2)(i)(B)', request: req({ history: [ev('2026-06-04T14:00:00Z', { result: 'conversation' })] }), reasons: ['POLICY_AFTER_CONVERSATION'], earliest: NEXT_MORNING },
  { name: 'an inbound call conversation counts too', source: '1006.14(b)(2)(i)(B)', request: req({ history: [ev('2026-06-09T14:00:00Z', { direction: 'inbound', result: 'conversation' })] }), reasons: ['POLICY_AFTER_CONVERSATION'], earliest: '2026-06-16T12:00:00.000Z' },
  { name: 'conversation on Jun 3: Jun 10 is day 8', source: '1006.14(b)(2)(i)(B)', request: req({ history: [ev('2026-06-03T14:00:00Z', { result: 'conversation' })] }), reasons: [] },
  { name: 'a conversation that covered only another debt', source: '1006.14(b)(4)', request: req({ accounts: [{ id: 'a1', daysPastDue: 40 }, { id: 'a2', daysPastDue: 40 }], history: [ev('2026-06-09T14:00:00Z', { accountIds: ['a1', 'a2'], discussedAccountIds: ['a2'], result: 'conversation' })] }), reasons: [] },
  { name: 'harassment guard: a call 3 minutes after the last to this number', source: 'comment 14(b)(2)(i)-2 (Tact default)', request: req({ history: [ev('2026-06-10T14:57:00Z')] }), reasons: ['POLICY_CALL_SPACING'], earliest: '2026-06-10T15:02:00.000Z' },
  { name: 'harassment guard: 3 texts today', source: 'comment 14(b)(2)(i)-2 (Tact default)', request: req({ contact: { ...base.contact, channel: 'sms' }, history: calls(3, '2026-06-10T13:00:00Z', { channel: 'sms', result: 'delivered' }) }), reasons: ['POLICY_DAILY_CAP'], earliest: NEXT_MORNING },
  // Third parties — 1006.10(b)-(c); 15 U.S.C. 1692b
  { name: 'a third party for collection', source: '1006.10(b)', request: tp({ contact: { ...tp().contact, purpose: 'collection' } }), reasons: ['POLICY_THIRD_PARTY_PURPOSE'], earliest: null },
  { name: 'consent_request to a third party is not a location purpose', source: '1006.10(b) (Tact reading)', request: tp({ contact: { ...tp().contact, purpose: 'consent_request' } }), reasons: ['POLICY_THIRD_PARTY_PURPOSE'] },
  { name: 'a location call to a third party', source: '1006.10(b)', request: tp(), reasons: [] },
  { name: 'content that says "overdue"', source: '15 U.S.C. 1692b(2)', request: tp({ contact: { ...tp().contact, channel: 'email', content: 'About the overdue account of your friend. Reply STOP to opt out.' } }), reasons: ['POLICY_DISCLOSES_DEBT'], earliest: null },
  { name: 'second communication with the same third party', source: '1006.10(c)', request: tp({ history: [ev('2026-06-01T14:00:00Z', { personId: 't1', party: 'third_party', to: '+12025550199', result: 'answered' })] }), reasons: ['POLICY_THIRD_PARTY_ONCE'], earliest: null },
  { name: 'the third party asked to be called back', source: '1006.10(c)', request: tp({ history: [ev('2026-06-01T14:00:00Z', { personId: 't1', party: 'third_party', result: 'answered' }), ev('2026-06-02T14:00:00Z', { personId: 't1', party: 'third_party', direction: 'inbound', result: 'answered' })] }), reasons: [] },
  { name: 'an unanswered attempt is not a communication', source: '1006.10(c); 1006.2(d)', request: tp({ history: [ev('2026-06-01T14:00:00Z', { personId: 't1', party: 'third_party', result: 'unanswered' })] }), reasons: [] },
  // State
  { name: 'opted out of calls on every number', source: '1006.14(h)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], optOuts: [{ channel: 'call', at: '2026-06-01T00:00:00Z' }] } }), reasons: ['POLICY_OPTED_OUT'], earliest: null },
  { name: 'an opt-out of another number does not apply', source: '1006.14(h)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], optOuts: [{ channel: 'call', to: '+12025550111', at: '2026-06-01T00:00:00Z' }] } }), reasons: [] },
  { name: 'one confirmation after an opt-out', source: '1006.14(h)', request: req({ contact: { ...base.contact, channel: 'sms', purpose: 'opt_out_confirmation' }, person: { id: 'p1', timeZones: ['America/New_York'], optOuts: [{ channel: 'sms', at: '2026-06-10T14:00:00Z' }] } }), reasons: [] },
  { name: 'no second confirmation', source: '1006.14(h)', request: req({ contact: { ...base.contact, channel: 'sms', purpose: 'opt_out_confirmation' }, person: { id: 'p1', timeZones: ['America/New_York'], optOuts: [{ channel: 'sms', at: '2026-06-10T14:00:00Z' }] }, history: [ev('2026-06-10T14:01:00Z', { channel: 'sms', result: 'delivered', purpose: 'opt_out_confirmation' })] }), reasons: ['POLICY_OPTED_OUT'] },
  { name: 'a known wrong number', source: '1006.6(d); 15 U.S.C. 1692c(b)', request: req({ person: { id: 'p1', timeZones: ['America/New_York'], wrongNumbers: [{ to: '+12025550100', learnedAt: '2026-06-09T00:00:00Z' }] } }), reasons: ['POLICY_WRONG_NUMBER'], earliest: null },
  { name: 'cease received', source: '1006.6(c)', request: req({ accounts: [{ id: 'a1', daysPastDue: 40, ceaseReceivedAt: '2026-06-09T00:00:00Z' }] }), reasons: ['POLICY_CEASE'], earliest: null },
  { name: 'after cease, a legally required notice', source: '1006.6(c)(2)', request: req({ contact: { ...base.contact, channel: 'letter', purpose: 'legally_required' }, accounts: [{ id: 'a1', daysPastDue: 40, ceaseReceivedAt: '2026-06-09T00:00:00Z' }] }), reasons: [] },
  { name: 'cease is effective on receipt, not before', source: '1006.6(c)', request: req({ accounts: [{ id: 'a1', daysPastDue: 40, ceaseReceivedAt: '2026-06-10T16:00:00Z' }] }), reasons: [] },
  { name: 'a dispute without verification', source: '1006.38', request: req({ accounts: [{ id: 'a1', daysPastDue: 40, disputedAt: '2026-06-05T00:00:00Z' }] }), reasons: ['POLICY_DISPUTE_PAUSED'], earliest: null },
  { name: 'verification sent: collection resumes', source: '1006.38', request: req({ accounts: [{ id: 'a1', daysPastDue: 40, disputedAt: '2026-06-05T00:00:00Z', verificationSentAt: '2026-06-08T00:00:00Z' }] }), reasons: [] },
  { name: 'verification scheduled: allowed from then', source: '1006.38', request: req({ accounts: [{ id: 'a1', daysPastDue: 40, disputedAt: '2026-06-05T00:00:00Z', verificationSentAt: '2026-06-12T14:00:00Z' }] }), reasons: ['POLICY_DISPUTE_PAUSED'], earliest: '2026-06-12T14:00:00.000Z' },
  { name: 'attorney known', source: '1006.6(b)(2)', request: req({ accounts: [{ id: 'a1', daysPastDue: 40, attorneyKnownAt: '2026-06-01T00:00:00Z' }] }), reasons: ['POLICY_ATTORNEY'], earliest: null },
  { name: 'reply once to a text received at 22:00', source: 'comment 6(b)(1)-2', request: req({ at: '2026-06-11T02:05:00Z', contact: { ...base.contact, channel: 'sms', purpose: 'reply', replyTo: 'in1' }, history: [ev('2026-06-11T02:00:00Z', { id: 'in1', channel: 'sms', direction: 'inbound', result: 'delivered' })] }), reasons: [] },
  { name: 'no second reply to the same message', source: 'comment 6(b)(1)-2', request: req({ at: '2026-06-11T02:10:00Z', contact: { ...base.contact, channel: 'sms', purpose: 'reply', replyTo: 'in1' }, history: [ev('2026-06-11T02:00:00Z', { id: 'in1', channel: 'sms', direction: 'inbound', result: 'delivered' }), ev('2026-06-11T02:05:00Z', { channel: 'sms', result: 'delivered', purpose: 'reply', replyTo: 'in1' })] }), reasons: ['POLICY_REPLY_ONCE', 'POLICY_QUIET_HOURS'], earliest: null },
  { name: 'a reply in another medium is not the exception', source: 'comment 6(b)(1)-2', request: req({ at: '2026-06-11T02:05:00Z', contact: { ...base.contact, channel: 'call', purpose: 'reply', replyTo: 'in1' }, history: [ev('2026-06-11T02:00:00Z', { id: 'in1', channel: 'sms', direction: 'inbound', result: 'delivered' })] }), reasons: ['POLICY_REPLY_INVALID', 'POLICY_QUIET_HOURS'], earliest: null },
  { name: 'a text without an opt-out instruction', source: '1006.6(e)', request: req({ contact: { ...base.contact, channel: 'sms', content: 'Please call us back today.' } }), reasons: ['POLICY_OPT_OUT_NOTICE_MISSING'], earliest: null },
  { name: 'a text with "Reply STOP"', source: '1006.6(e)', request: req({ contact: { ...base.contact, channel: 'sms', content: 'Please call us back today. Reply STOP to opt out.' } }), reasons: [] },
];

describe('us-regf rules (table)', () => {
  it.each(rows)('$name [$source]', (row) => checkRow(row, expect));
});
