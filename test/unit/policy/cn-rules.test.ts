// Table-driven tests for every cn rule. Sources: RULES.md `cn` rows (GB/T 45251—2025 as
// reported, text unverified; NIFA 2024; Civil Code Art. 1033; PIPL) and Tact defaults.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/core/model/decision-request.js';
import { type Row, checkRow, cnRequest as req, ev } from './request-builder.js';

const base = req();
const NEXT_MORNING = '2026-06-11T00:00:00.000Z'; // Thursday 08:00 Shanghai
const sms = (at: string, over: Partial<HistoryEvent> = {}): HistoryEvent => ev(at, { channel: 'sms', to: '+8613800138000', result: 'delivered', ...over });
const call = (at: string, over: Partial<HistoryEvent> = {}): HistoryEvent => ev(at, { to: '+8613800138000', ...over });
const contact = (over: Partial<Parameters<typeof req>[0]> = {}) =>
  req({
    contact: { channel: 'sms', to: '+8613800138111', personId: 'c1', party: 'third_party', accountIds: ['a1'], purpose: 'location', content: '您好，请转告张三尽快与我们联系。回T退订' },
    person: { id: 'c1', timeZones: ['Asia/Shanghai'], contactRole: { confirmed: true } },
    accounts: [{ id: 'a1', daysPastDue: 60, borrowerStatus: 'unreachable' }],
    ...over,
  });
const toContact = (at: string, personId = 'c1'): HistoryEvent => sms(at, { personId, party: 'third_party', to: '+8613800138111' });

const rows: Row[] = [
  { name: 'a text to the borrower at 10:00 on a workday', source: 'GB/T 45251—2025; NIFA 2024', request: req(), reasons: [] },
  { name: '21:59 is allowed', source: 'GB/T 45251—2025; NIFA 2024 (22:00–08:00)', request: req({ at: '2026-06-10T13:59:00Z' }), reasons: [] },
  { name: '22:30 is forbidden until 08:00', source: 'GB/T 45251—2025; NIFA 2024 (22:00–08:00)', request: req({ at: '2026-06-10T14:30:00Z' }), reasons: ['POLICY_QUIET_HOURS'], earliest: NEXT_MORNING },
  { name: 'unknown zone: Asia/Shanghai, 07:00 local', source: 'Tact fallback', request: req({ at: '2026-06-09T23:00:00Z', person: { id: 'p1', timeZones: [] } }), reasons: ['POLICY_QUIET_HOURS'], earliest: '2026-06-10T00:00:00.000Z' },
  { name: 'National Day holiday: next workday 2026-10-08', source: 'Tact default; official calendar', request: req({ at: '2026-10-02T02:00:00Z' }), reasons: ['POLICY_HOLIDAY'], earliest: '2026-10-08T00:00:00.000Z' },
  { name: 'Spring Festival: next workday after 2026-02-23', source: 'Tact default; official calendar', request: req({ at: '2026-02-17T02:00:00Z' }), reasons: ['POLICY_HOLIDAY'], earliest: '2026-02-24T00:00:00.000Z' },
  { name: 'a make-up workday (Sunday 2026-09-20) is a workday, even with weekends off', source: 'Tact default; official calendar', request: req({ at: '2026-09-20T02:00:00Z', overrides: { 'holidays.weekends': true } }), reasons: [] },
  { name: 'an ordinary Saturday with weekends off', source: 'Tact default (tightened)', request: req({ at: '2026-06-13T02:00:00Z', overrides: { 'holidays.weekends': true } }), reasons: ['POLICY_HOLIDAY'], earliest: '2026-06-15T00:00:00.000Z' },
  { name: 'holidays switched off by the tenant', source: 'Tact default (recommended, may be loosened)', request: req({ at: '2026-10-02T02:00:00Z', overrides: { 'holidays.enabled': false } }), reasons: [] },
  { name: '3 connected calls today (lender + 2 agencies): a 4th attempt waits for tomorrow', source: 'GB/T 45251—2025; NIFA 2024', request: req({ contact: { ...base.contact, channel: 'call' }, history: [call('2026-06-10T00:10:00Z', { result: 'answered', actor: 'lender' }), call('2026-06-10T00:30:00Z', { result: 'conversation', actor: 'agency:1' }), call('2026-06-10T01:00:00Z', { result: 'answered', actor: 'agency:2' })] }), reasons: ['POLICY_CONNECTED_CALLS'], earliest: NEXT_MORNING },
  { name: 'unanswered calls are not effective calls', source: 'GB/T 45251—2025; NIFA 2024', request: req({ contact: { ...base.contact, channel: 'call' }, history: [call('2026-06-10T00:10:00Z'), call('2026-06-10T00:30:00Z'), call('2026-06-10T01:00:00Z'), call('2026-06-10T01:10:00Z')] }), reasons: [] },
  { name: '2 texts today to the borrower', source: 'Civil Code Art. 1033 (Tact default)', request: req({ history: [sms('2026-06-10T00:10:00Z'), sms('2026-06-10T01:00:00Z')] }), reasons: ['POLICY_DAILY_CAP'], earliest: NEXT_MORNING },
  { name: 'a failed text does not count', source: 'Civil Code Art. 1033 (Tact default)', request: req({ history: [sms('2026-06-10T00:10:00Z'), sms('2026-06-10T01:00:00Z', { result: 'failed' })] }), reasons: [] },
  { name: '6 texts in 7 local days', source: 'Civil Code Art. 1033 (Tact default)', request: req({ history: ['04', '05', '06', '07', '08', '09'].map((d) => sms(`2026-06-${d}T02:00:00Z`)) }), reasons: ['POLICY_WEEKLY_CAP'], earliest: NEXT_MORNING },
  { name: 'a confirmed contact while the borrower is unreachable', source: 'GB/T 45251—2025', request: contact(), reasons: [] },
  { name: 'a contact asked to confirm (consent_request)', source: 'GB/T 45251—2025 (Tact reading)', request: contact({ contact: { ...contact().contact, purpose: 'consent_request' } }), reasons: [] },
  { name: 'a contact while the borrower is reachable', source: 'GB/T 45251—2025', request: contact({ accounts: [{ id: 'a1', daysPastDue: 60, borrowerStatus: 'reachable' }] }), reasons: ['POLICY_BORROWER_REACHABLE'], earliest: null },
  { name: 'borrower status unknown counts as reachable', source: 'GB/T 45251—2025 (Tact reading)', request: contact({ accounts: [{ id: 'a1', daysPastDue: 60 }] }), reasons: ['POLICY_BORROWER_REACHABLE'] },
  { name: 'the borrower died', source: 'GB/T 45251—2025', request: contact({ accounts: [{ id: 'a1', daysPastDue: 60, borrowerStatus: 'deceased' }] }), reasons: [] },
  { name: 'an unconfirmed contact', source: 'GB/T 45251—2025; PIPL Art. 6 (Tact default)', request: contact({ person: { id: 'c1', timeZones: ['Asia/Shanghai'], contactRole: { confirmed: false } } }), reasons: ['POLICY_CONTACT_UNCONFIRMED'], earliest: null },
  { name: 'unconfirmed contacts allowed by the tenant', source: 'Tact default (recommended, may be loosened)', request: contact({ overrides: { 'confirmed-contact.required': false }, person: { id: 'c1', timeZones: ['Asia/Shanghai'], contactRole: { confirmed: false } } }), reasons: [] },
  { name: 'a contact who refused', source: 'GB/T 45251—2025; Civil Code Art. 1033', request: contact({ person: { id: 'c1', timeZones: ['Asia/Shanghai'], contactRole: { confirmed: true, refusedAt: '2026-06-01T00:00:00Z' } } }), reasons: ['POLICY_CONTACT_REFUSED'], earliest: null },
  { name: 'collection purpose to a contact', source: 'GB/T 45251—2025', request: contact({ contact: { ...contact().contact, purpose: 'collection' } }), reasons: ['POLICY_THIRD_PARTY_PURPOSE'], earliest: null },
  { name: 'a text telling a contact about the debt (欠款, 逾期)', source: 'GB/T 45251—2025; Civil Code 1032–1033', request: contact({ contact: { ...contact().contact, content: '您的朋友张三欠款逾期，请转告他还款。回T退订' } }), reasons: ['POLICY_DISCLOSES_DEBT'], earliest: null },
  { name: 'a text with an amount', source: 'GB/T 45251—2025; PIPL Art. 6 (no amounts)', request: contact({ contact: { ...contact().contact, content: '请转告张三：¥3,200 今日到期。回T退订' } }), reasons: ['POLICY_DISCLOSES_DEBT'] },
  { name: 'the contact was texted 3 days ago: wait 7 × 24 h', source: 'Tact default (≤ 1 per contact per 7 days)', request: contact({ history: [toContact('2026-06-07T02:00:00Z')] }), reasons: ['POLICY_THIRD_PARTY_FREQUENCY'], earliest: '2026-06-14T02:00:00.000Z' },
  { name: '3 contacts already texted about the account, ever', source: 'Tact default (≤ 3 per account, ever)', request: contact({ history: [toContact('2026-03-01T02:00:00Z', 'c2'), toContact('2026-04-01T02:00:00Z', 'c3'), toContact('2026-05-01T02:00:00Z', 'c4')] }), reasons: ['POLICY_THIRD_PARTY_ACCOUNT_CAP'], earliest: null },
  { name: 'opted out by replying 退订', source: 'SMS practice (T / TD / 退订); Civil Code Art. 1033', request: req({ person: { id: 'p1', timeZones: ['Asia/Shanghai'], optOuts: [{ channel: 'sms', to: '+8613800138000', at: '2026-06-01T00:00:00Z' }] } }), reasons: ['POLICY_OPTED_OUT'], earliest: null },
  { name: 'a borrower text without 退订/T/TD', source: 'SMS practice (Tact default)', request: req({ contact: { ...base.contact, content: '【某某金融】您的账单已到期，请及时处理。' } }), reasons: ['POLICY_OPT_OUT_NOTICE_MISSING'], earliest: null },
  { name: 'a reply at 23:00 to the borrower\'s own text', source: 'Tact reading ("unless both parties agreed")', request: req({ at: '2026-06-10T15:00:00Z', contact: { ...base.contact, purpose: 'reply', replyTo: 'in9' }, history: [sms('2026-06-10T14:55:00Z', { id: 'in9', direction: 'inbound' })] }), reasons: [] },
];

describe('cn rules (table)', () => {
  it.each(rows)('$name [$source]', (row) => checkRow(row, expect));
});
