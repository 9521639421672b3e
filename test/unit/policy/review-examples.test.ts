// Second-review rows: the worked examples of 12 CFR 1006 and its official
// interpretations (Supplement I) turned into table rows, and edge cases found in review
// (DST gaps, narrow zone pairs, window expiry inside quiet hours, instants after `at`).
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/core/model/decision-request.js';
import { type Row, baseRequest as req, checkRow, cnRequest, ev } from './request-builder.js';

const base = req();
const NY = ['America/New_York'];
const onePerDay = (days: readonly string[], over: Partial<HistoryEvent> = {}): HistoryEvent[] =>
  days.map((d) => ev(`2026-06-${d}T14:00:00Z`, over));
const sevenOn = (day: string, over: Partial<HistoryEvent> = {}): HistoryEvent[] =>
  Array.from({ length: 7 }, (_, i) => ev(`2026-06-${day}T14:${String(i * 6).padStart(2, '0')}:00Z`, over));
const twoDebts = [{ id: 'a1', daysPastDue: 40 }, { id: 'a2', daysPastDue: 40 }];

const regfExamples: Row[] = [
  // 1006.14(b)(2)(i)(A): 7 calls within 7 consecutive days; the window ends with the day of the call.
  { name: 'one call a day Mon Jun 1 – Sun Jun 7: an 8th call on Sun Jun 7 is presumed a violation; allowed Mon Jun 8 08:00', source: '1006.14(b)(2)(i)(A)', request: req({ at: '2026-06-07T18:00:00Z', history: onePerDay(['01', '02', '03', '04', '05', '06', '07']) }), reasons: ['POLICY_CALL_FREQUENCY'], earliest: '2026-06-08T12:00:00.000Z' },
  { name: 'same calls: on Mon Jun 8 the window Jun 2–8 holds 6 calls', source: '1006.14(b)(2)(i)(A)', request: req({ at: '2026-06-08T15:00:00Z', history: onePerDay(['01', '02', '03', '04', '05', '06', '07']) }), reasons: [] },
  { name: 'seven calls on Tue Jun 2: no call through Mon Jun 8, allowed Tue Jun 9', source: '1006.14(b)(2)(i)(A)', request: req({ at: '2026-06-08T15:00:00Z', history: sevenOn('02') }), reasons: ['POLICY_CALL_FREQUENCY'], earliest: '2026-06-09T12:00:00.000Z' },
  // 1006.14(b)(2)(i)(B): "The date of the telephone conversation is the first day of the seven-consecutive-day period."
  { name: 'conversation Tue Jun 2 at 20:50 local (day 1): blocked Mon Jun 8 (day 7) at 20:00', source: '1006.14(b)(2)(i)(B)', request: req({ at: '2026-06-09T00:00:00Z', history: [ev('2026-06-03T00:50:00Z', { result: 'conversation' })] }), reasons: ['POLICY_AFTER_CONVERSATION'], earliest: '2026-06-09T12:00:00.000Z' },
  { name: 'conversation Tue Jun 2: allowed Tue Jun 9 (day 8) at 08:00', source: '1006.14(b)(2)(i)(B)', request: req({ at: '2026-06-09T12:00:00Z', history: [ev('2026-06-03T00:50:00Z', { result: 'conversation' })] }), reasons: [] },
  // comment 14(b)(4)-1.ii: a conversation about several debts is a conversation about each debt discussed, whoever raised it.
  { name: 'a call about debt A in which the consumer discussed debt B: no call about B for 7 days', source: 'comment 14(b)(4)-1.ii', request: req({ contact: { ...base.contact, accountIds: ['a2'] }, accounts: twoDebts, history: [ev('2026-06-09T14:00:00Z', { accountIds: ['a1'], discussedAccountIds: ['a1', 'a2'], result: 'conversation' })] }), reasons: ['POLICY_AFTER_CONVERSATION'], earliest: '2026-06-16T12:00:00.000Z' },
  { name: 'same conversation: a call about debt A is blocked too', source: 'comment 14(b)(4)-1.ii', request: req({ accounts: twoDebts, history: [ev('2026-06-09T14:00:00Z', { accountIds: ['a1'], discussedAccountIds: ['a1', 'a2'], result: 'conversation' })] }), reasons: ['POLICY_AFTER_CONVERSATION'] },
  // 1006.14(b)(4) and its comment: student loans serviced under one account number are one debt.
  { name: 'student loans under one account number: 4 + 3 calls on two loans reach the 7', source: '1006.14(b)(4); comment 14(b)(4)-1', request: req({ accounts: [{ id: 'sl1', debtGroup: 'acct-9', daysPastDue: 40 }, { id: 'sl2', debtGroup: 'acct-9', daysPastDue: 40 }], contact: { ...base.contact, accountIds: ['sl1'] }, history: [...onePerDay(['04', '05', '06', '07'], { accountIds: ['sl1'] }), ...onePerDay(['08', '09', '10'], { accountIds: ['sl2'] })] }), reasons: ['POLICY_CALL_FREQUENCY'] },
  // 1006.14(b)(3)(i): consent calls excluded for at most 7 days, the consent day being day 1.
  { name: 'consent given Mon Jun 1 "until further notice": calls on day 7 (Sun Jun 7) are excluded', source: '1006.14(b)(3)(i)', request: req({ at: '2026-06-07T20:00:00Z', person: { id: 'p1', timeZones: NY, consentToCall: [{ from: '2026-06-01T14:00:00Z', until: '2026-12-31T00:00:00Z' }] }, history: sevenOn('07') }), reasons: [] },
  { name: 'same consent: calls on day 8 (Mon Jun 8) count again', source: '1006.14(b)(3)(i)', request: req({ at: '2026-06-08T20:00:00Z', person: { id: 'p1', timeZones: NY, consentToCall: [{ from: '2026-06-01T14:00:00Z', until: '2026-12-31T00:00:00Z' }] }, history: sevenOn('08') }), reasons: ['POLICY_CALL_FREQUENCY'], earliest: '2026-06-15T12:00:00.000Z' },
  // 1006.14(h)(2)(i): the confirmation "contains no information other than a statement confirming the person's request and that the debt collector will honor it".
  { name: 'an e-mail opt-out confirmation needs no opt-out instruction', source: '1006.14(h)(2)(i); 1006.6(e)', request: req({ contact: { ...base.contact, channel: 'email', to: 'p1@example.com', purpose: 'opt_out_confirmation', content: 'We received your request and will not e-mail you at this address again.' }, person: { id: 'p1', timeZones: NY, optOuts: [{ channel: 'email', to: 'p1@example.com', at: '2026-06-10T14:00:00Z' }] } }), reasons: [] },
  { name: 'a collection e-mail still needs the opt-out instruction', source: '1006.6(e)', request: req({ contact: { ...base.contact, channel: 'email', to: 'p1@example.com', content: 'Please call us about your account.' } }), reasons: ['POLICY_OPT_OUT_NOTICE_MISSING'], earliest: null },
  // comment 6(b)(1)(i)-2: information pointing to several zones — convenient in all of them.
  { name: 'New York + Honolulu: 13:30 NY / 07:30 HST is inconvenient; allowed 14:00 NY', source: 'comment 6(b)(1)(i)-2', request: req({ at: '2026-06-10T17:30:00Z', person: { id: 'p1', timeZones: ['America/New_York', 'Pacific/Honolulu'] } }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-06-10T18:00:00.000Z' },
  { name: 'New York + Honolulu: 21:00 NY closes the 7-hour window; next 18:00Z', source: 'comment 6(b)(1)(i)-2', request: req({ at: '2026-06-11T01:00:00Z', person: { id: 'p1', timeZones: ['America/New_York', 'Pacific/Honolulu'] } }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-06-11T18:00:00.000Z' },
];

const tpLocation = req({
  contact: { channel: 'call', to: '+12025550199', personId: 't1', party: 'third_party', accountIds: ['a1'], purpose: 'location' },
  person: { id: 't1', timeZones: NY },
  accounts: [{ id: 'a1', daysPastDue: 40, attorneyKnownAt: '2026-06-01T00:00:00Z' }],
});
const attorneyRows: Row[] = [
  // 1006.10(b)(5) (15 U.S.C. 1692b(6)): after the collector knows of the attorney, it must "not communicate with any person other than that attorney".
  { name: 'a location call to a third party once an attorney is known', source: '1006.10(b)(5); 15 U.S.C. 1692b(6)', request: tpLocation, reasons: ['POLICY_ATTORNEY'], earliest: null },
  { name: 'a location call to a third party before the attorney is known', source: '1006.10(b)(5)', request: { ...tpLocation, accounts: [{ id: 'a1', daysPastDue: 40, attorneyKnownAt: '2026-06-10T16:00:00Z' }] }, reasons: [] },
];
describe('attorney known: third parties too', () => {
  it.each(attorneyRows)('$name [$source]', (row) => checkRow(row, expect));
});

const optedOutSms = { id: 'p1', timeZones: NY, optOuts: [{ channel: 'sms' as const, at: '2026-06-01T00:00:00Z' }] };
const replySms = { ...base.contact, channel: 'sms' as const, purpose: 'reply' as const, replyTo: 'in1', content: 'Thanks for your message. Reply STOP to opt out.' };
const personInitiated: Row[] = [
  // 1006.14(h)(2)(ii): "If a person initiates contact with a debt collector using a medium of communication that the person previously requested the debt collector not use, the debt collector may respond once through the same medium".
  { name: 'opted out of texts, then texted us: one reply by text is allowed', source: '1006.14(h)(2)(ii)', request: req({ contact: replySms, person: optedOutSms, history: [ev('2026-06-10T14:50:00Z', { id: 'in1', channel: 'sms', direction: 'inbound', result: 'delivered' })] }), reasons: [] },
  { name: 'a second reply to the same text is not', source: '1006.14(h)(2)(ii)', request: req({ contact: replySms, person: optedOutSms, history: [ev('2026-06-10T14:50:00Z', { id: 'in1', channel: 'sms', direction: 'inbound', result: 'delivered' }), ev('2026-06-10T14:55:00Z', { channel: 'sms', result: 'delivered', purpose: 'reply', replyTo: 'in1' })] }), reasons: ['POLICY_OPTED_OUT', 'POLICY_REPLY_ONCE'], earliest: null },
  { name: 'a text received before the opt-out gives no reply after it', source: '1006.14(h)(1)', request: req({ contact: replySms, person: optedOutSms, history: [ev('2026-05-30T14:50:00Z', { id: 'in1', channel: 'sms', direction: 'inbound', result: 'delivered' })] }), reasons: ['POLICY_OPTED_OUT'], earliest: null },
  // 1006.14(h)(2)(iii): "If otherwise required by applicable law, a debt collector may communicate ... through a medium of communication that the person has requested the debt collector not use".
  { name: 'opted out of e-mail: a legally required notice by e-mail is allowed', source: '1006.14(h)(2)(iii)', request: req({ contact: { ...base.contact, channel: 'email', to: 'p1@example.com', purpose: 'legally_required' }, person: { id: 'p1', timeZones: NY, optOuts: [{ channel: 'email', at: '2026-06-01T00:00:00Z' }] } }), reasons: [] },
  { name: 'opted out of e-mail: a collection e-mail is not', source: '1006.14(h)(1)', request: req({ contact: { ...base.contact, channel: 'email', to: 'p1@example.com' }, person: { id: 'p1', timeZones: NY, optOuts: [{ channel: 'email', at: '2026-06-01T00:00:00Z' }] } }), reasons: ['POLICY_OPTED_OUT'], earliest: null },
];
describe('person-initiated contact in an opted-out medium', () => {
  it.each(personInitiated)('$name [$source]', (row) => checkRow(row, expect));
});

const edges: Row[] = [
  { name: 'DST gap: a designation 00:00–02:30 on 2026-03-08 ends when clocks jump to 03:00 EDT (07:00Z)', source: '1006.6(b)(1); tz database', request: req({ at: '2026-03-08T06:30:00Z', contact: { ...base.contact, channel: 'letter' }, person: { id: 'p1', timeZones: NY, inconvenient: [{ from: '00:00', to: '02:30' }] } }), reasons: ['POLICY_PERSON_INCONVENIENT'], earliest: '2026-03-08T07:00:00.000Z' },
  { name: '7 calls (NY + LA) expire at LA midnight (00:00 PDT), inside quiet hours: next 08:00 PDT', source: '1006.14(b)(2)(i)(A); comment 6(b)(1)(i)-2', request: req({ person: { id: 'p1', timeZones: ['America/New_York', 'America/Los_Angeles'] }, at: '2026-06-10T18:00:00Z', history: sevenOn('04', { at: '' }).map((e, i) => ({ ...e, at: `2026-06-04T16:${String(i * 6).padStart(2, '0')}:00Z` })) }), reasons: ['POLICY_CALL_FREQUENCY'], earliest: '2026-06-11T15:00:00.000Z' },
  { name: 'a designation whose until is already past', source: '1006.6(b)(1)', request: req({ person: { id: 'p1', timeZones: NY, inconvenient: [{ days: ['wed'], until: '2026-06-01T00:00:00Z' }] } }), reasons: [] },
  { name: 'an sms opt-out of this number does not stop a call to it', source: '1006.14(h)', request: req({ person: { id: 'p1', timeZones: NY, optOuts: [{ channel: 'sms', to: '+12025550100', at: '2026-06-01T00:00:00Z' }] } }), reasons: [] },
  { name: 'a call opt-out of this number covers a voicemail to it', source: '1006.14(h)', request: req({ contact: { ...base.contact, channel: 'voicemail' }, person: { id: 'p1', timeZones: NY, optOuts: [{ channel: 'call', to: '+12025550100', at: '2026-06-01T00:00:00Z' }] } }), reasons: ['POLICY_OPTED_OUT'], earliest: null },
  { name: 'a wrong number learned after `at` does not block at `at`', source: '1006.6(d) (judged as of at)', request: req({ person: { id: 'p1', timeZones: NY, wrongNumbers: [{ to: '+12025550100', learnedAt: '2026-06-10T16:00:00Z' }] } }), reasons: [] },
  { name: 'seven calls recorded after `at` do not count at `at`', source: '1006.14(b)(2)(i)(A) (judged as of at)', request: req({ history: sevenOn('11') }), reasons: [] },
  { name: 'a conversation after `at` does not start a quiet period at `at`', source: '1006.14(b)(2)(i)(B) (judged as of at)', request: req({ history: [ev('2026-06-10T16:00:00Z', { result: 'conversation' })] }), reasons: [] },
];

describe('us-regf worked examples (Supplement I and the rule text)', () => {
  it.each(regfExamples)('$name [$source]', (row) => checkRow(row, expect));
});
describe('review edge cases', () => {
  it.each(edges)('$name [$source]', (row) => checkRow(row, expect));
});

const cnContact = (content: string) =>
  cnRequest({
    contact: { channel: 'sms', to: '+8613800138111', personId: 'c1', party: 'third_party', accountIds: ['a1'], purpose: 'location', content },
    person: { id: 'c1', timeZones: ['Asia/Shanghai'], contactRole: { confirmed: true } },
    accounts: [{ id: 'a1', daysPastDue: 60, borrowerStatus: 'unreachable' }],
  });
const cnRows: Row[] = [
  { name: '春节 2026: Sat Feb 14 is a make-up workday', source: 'official 2026 calendar (chinese-days); Tact default', request: cnRequest({ at: '2026-02-14T02:00:00Z' }), reasons: [] },
  { name: '春节 2026: Feb 15 is the first day off; next workday Feb 24', source: 'official 2026 calendar (chinese-days); Tact default', request: cnRequest({ at: '2026-02-15T02:00:00Z' }), reasons: ['POLICY_HOLIDAY'], earliest: '2026-02-24T00:00:00.000Z' },
  { name: '春节 2026: Sat Feb 28 is a make-up workday', source: 'official 2026 calendar (chinese-days); Tact default', request: cnRequest({ at: '2026-02-28T02:00:00Z' }), reasons: [] },
  { name: '国庆 2026: Oct 7 21:00 is a holiday; next workday Oct 8 08:00', source: 'official 2026 calendar (chinese-days); Tact default', request: cnRequest({ at: '2026-10-07T13:00:00Z' }), reasons: ['POLICY_HOLIDAY'], earliest: '2026-10-08T00:00:00.000Z' },
  { name: '国庆 2026: Sat Oct 10 is a make-up workday, even with weekends off', source: 'official 2026 calendar (chinese-days); Tact default', request: cnRequest({ at: '2026-10-10T02:00:00Z', overrides: { 'holidays.weekends': true } }), reasons: [] },
  { name: '3 connected calls by the lender and an agency on the borrower\'s day; a different actor\'s 4th call is blocked', source: 'GB/T 45251—2025; NIFA 2024', request: cnRequest({ contact: { ...cnRequest().contact, channel: 'call', actor: 'agency:3' }, history: ['00:10', '01:10', '01:40'].map((h, i) => ev(`2026-06-10T${h}:00Z`, { to: '+8613800138000', result: 'answered', actor: i === 0 ? 'lender' : 'agency:1' })) }), reasons: ['POLICY_CONNECTED_CALLS'], earliest: '2026-06-11T00:00:00.000Z' },
  // RULES.md cn, Tact default contacts: "no links; no amounts".
  { name: 'a text to a contact with a link', source: 'GB/T 45251—2025; PIPL Art. 6 (Tact default: no links)', request: cnContact('您好，请转告张三尽快与我们联系 https://t.example.cn/a1 回T退订'), reasons: ['POLICY_THIRD_PARTY_LINK'], earliest: null },
  { name: 'a text to a contact with a bare domain link', source: 'GB/T 45251—2025; PIPL Art. 6 (Tact default: no links)', request: cnContact('您好，请转告张三访问 t.example.cn/x 回T退订'), reasons: ['POLICY_THIRD_PARTY_LINK'], earliest: null },
  { name: 'a text to a contact without a link', source: 'GB/T 45251—2025 (Tact default)', request: cnContact('您好，请转告张三尽快与我们联系。回T退订'), reasons: [] },
];
describe('cn review rows', () => {
  it.each(cnRows)('$name [$source]', (row) => checkRow(row, expect));
});
