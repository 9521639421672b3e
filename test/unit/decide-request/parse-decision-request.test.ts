import { describe, expect, it } from 'vitest';
import { parseDecisionRequest, parseDecisionRequestJson } from '../../../src/core/model/parse-decision-request.js';
import { validJson, validRequest } from './valid-request.js';

type Breaker = (j: Record<string, any>) => void;

// [what, how to break the valid request, expected code, expected path]
const rows: readonly (readonly [string, Breaker, string, string])[] = [
  ['unknown pack', (j) => (j.pack = 'eu-gdpr'), 'TACT_ERR_DECIDE_UNKNOWN_PACK', '$.pack'],
  ['pack of the wrong type', (j) => (j.pack = 7), 'TACT_ERR_DECIDE_BAD_TYPE', '$.pack'],
  ['missing pack', (j) => delete j.pack, 'TACT_ERR_DECIDE_MISSING_FIELD', '$.pack'],
  ['null at (required)', (j) => (j.at = null), 'TACT_ERR_DECIDE_MISSING_FIELD', '$.at'],
  ['local time without offset', (j) => (j.at = '2026-03-09T15:00:00'), 'TACT_ERR_DECIDE_BAD_TIME', '$.at'],
  ['date only', (j) => (j.at = '2026-03-09'), 'TACT_ERR_DECIDE_BAD_TIME', '$.at'],
  ['space instead of T', (j) => (j.at = '2026-03-09 15:00:00Z'), 'TACT_ERR_DECIDE_BAD_TIME', '$.at'],
  ['impossible day', (j) => (j.at = '2026-02-30T10:00:00Z'), 'TACT_ERR_DECIDE_BAD_TIME', '$.at'],
  ['not a leap year', (j) => (j.at = '2026-02-29T10:00:00Z'), 'TACT_ERR_DECIDE_BAD_TIME', '$.at'],
  ['hour 24', (j) => (j.at = '2026-03-09T24:00:00Z'), 'TACT_ERR_DECIDE_BAD_TIME', '$.at'],
  ['offset beyond 18 h', (j) => (j.at = '2026-03-09T10:00:00+19:00'), 'TACT_ERR_DECIDE_BAD_TIME', '$.at'],
  ['epoch number as time', (j) => (j.at = 1773068400000), 'TACT_ERR_DECIDE_BAD_TYPE', '$.at'],
  ['bad history time', (j) => (j.history[0].at = 'yesterday'), 'TACT_ERR_DECIDE_BAD_TIME', '$.history[0].at'],
  ['unknown zone', (j) => (j.person.timeZones[1] = 'America/Springfield'), 'TACT_ERR_DECIDE_UNKNOWN_ZONE', '$.person.timeZones[1]'],
  ['fixed offset as zone', (j) => (j.person.timeZones[0] = '+05:00'), 'TACT_ERR_DECIDE_UNKNOWN_ZONE', '$.person.timeZones[0]'],
  ['abbreviation as zone', (j) => (j.person.timeZones[0] = 'EST5EDT-ish'), 'TACT_ERR_DECIDE_UNKNOWN_ZONE', '$.person.timeZones[0]'],
  ['zones not an array', (j) => (j.person.timeZones = 'America/New_York'), 'TACT_ERR_DECIDE_BAD_TYPE', '$.person.timeZones'],
  ['unknown channel', (j) => (j.contact.channel = 'fax'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.contact.channel'],
  ['channel in capitals', (j) => (j.contact.channel = 'SMS'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.contact.channel'],
  ['unknown party', (j) => (j.contact.party = 'guarantor'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.contact.party'],
  ['unknown purpose', (j) => (j.contact.purpose = 'threat'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.contact.purpose'],
  ['unknown place', (j) => (j.contact.place = 'gym'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.contact.place'],
  ['unknown result', (j) => (j.history[0].result = 'ok'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.history[0].result'],
  ['unknown direction', (j) => (j.history[0].direction = 'out'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.history[0].direction'],
  ['unknown weekday', (j) => (j.person.inconvenient[0].days = ['sunday']), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.person.inconvenient[0].days[0]'],
  ['unknown borrower status', (j) => (j.accounts[0].borrowerStatus = 'missing'), 'TACT_ERR_DECIDE_UNKNOWN_VALUE', '$.accounts[0].borrowerStatus'],
  ['negative DPD', (j) => (j.accounts[0].daysPastDue = -3), 'TACT_ERR_DECIDE_OUT_OF_RANGE', '$.accounts[0].daysPastDue'],
  ['fractional DPD', (j) => (j.accounts[0].daysPastDue = 1.5), 'TACT_ERR_DECIDE_OUT_OF_RANGE', '$.accounts[0].daysPastDue'],
  ['DPD as a string', (j) => (j.accounts[0].daysPastDue = '12'), 'TACT_ERR_DECIDE_BAD_TYPE', '$.accounts[0].daysPastDue'],
  ['no account in the contact', (j) => (j.contact.accountIds = []), 'TACT_ERR_DECIDE_OUT_OF_RANGE', '$.contact.accountIds'],
  ['empty person id', (j) => ((j.person.id = ''), (j.contact.personId = '')), 'TACT_ERR_DECIDE_OUT_OF_RANGE', '$.person.id'],
  ['unknown account', (j) => j.contact.accountIds.push('a-9'), 'TACT_ERR_DECIDE_UNKNOWN_ACCOUNT', '$.contact.accountIds[1]'],
  ['duplicate account', (j) => j.accounts.push({ id: 'a-1', daysPastDue: 3 }), 'TACT_ERR_DECIDE_DUPLICATE_ID', '$.accounts[1].id'],
  ['person mismatch', (j) => (j.person.id = 'p-2'), 'TACT_ERR_DECIDE_PERSON_MISMATCH', '$.contact.personId'],
  ['local number', (j) => (j.contact.to = '2025550123'), 'TACT_ERR_DECIDE_BAD_ADDRESS', '$.contact.to'],
  ['number with spaces', (j) => (j.contact.to = '+1 202 555 0123'), 'TACT_ERR_DECIDE_BAD_ADDRESS', '$.contact.to'],
  ['bad opt-out address', (j) => (j.person.optOuts[0].to = 'nobody'), 'TACT_ERR_DECIDE_BAD_ADDRESS', '$.person.optOuts[0].to'],
  ['bad local time', (j) => (j.person.inconvenient[0].from = '9:00'), 'TACT_ERR_DECIDE_BAD_LOCAL_TIME', '$.person.inconvenient[0].from'],
  ['24:00 as a start', (j) => (j.person.inconvenient[0].from = '24:00'), 'TACT_ERR_DECIDE_BAD_LOCAL_TIME', '$.person.inconvenient[0].from'],
  ['minute 60', (j) => (j.person.inconvenient[0].to = '13:60'), 'TACT_ERR_DECIDE_BAD_LOCAL_TIME', '$.person.inconvenient[0].to'],
  ['hour range missing its end', (j) => delete j.person.inconvenient[0].to, 'TACT_ERR_DECIDE_MISSING_FIELD', '$.person.inconvenient[0].to'],
  ['contactRole without confirmed', (j) => (j.person.contactRole = {}), 'TACT_ERR_DECIDE_MISSING_FIELD', '$.person.contactRole.confirmed'],
  ['confirmed as a string', (j) => (j.person.contactRole = { confirmed: 'yes' }), 'TACT_ERR_DECIDE_BAD_TYPE', '$.person.contactRole.confirmed'],
  ['history not an array', (j) => (j.history = {}), 'TACT_ERR_DECIDE_BAD_TYPE', '$.history'],
  ['history entry not an object', (j) => (j.history[0] = 'call'), 'TACT_ERR_DECIDE_BAD_TYPE', '$.history[0]'],
  ['history entry missing accountIds', (j) => delete j.history[0].accountIds, 'TACT_ERR_DECIDE_MISSING_FIELD', '$.history[0].accountIds'],
  ['contact not an object', (j) => (j.contact = ['sms']), 'TACT_ERR_DECIDE_BAD_TYPE', '$.contact'],
  ['override of the wrong type', (j) => (j.overrides = { 'quietHours.start': { h: 9 } }), 'TACT_ERR_DECIDE_BAD_TYPE', '$.overrides["quietHours.start"]'],
  ['overrides not an object', (j) => (j.overrides = [1]), 'TACT_ERR_DECIDE_BAD_TYPE', '$.overrides'],
];

describe('parseDecisionRequest: bad input', () => {
  it.each(rows)('%s', (_what, breakIt, code, path) => {
    const j = validJson();
    breakIt(j);
    const r = parseDecisionRequest(j);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((f) => [f.code, f.path])).toContainEqual([code, path]);
    for (const f of r.error) expect(f.message).toContain(f.path);
  });

  it.each([
    ['a string', '"hello"'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[{"pack":"cn"}]'],
  ])('rejects %s at the top with BAD_TYPE at $', (_what, text) => {
    const r = parseDecisionRequestJson(text);
    expect(r.ok ? [] : r.error.map((f) => [f.code, f.path])).toEqual([['TACT_ERR_DECIDE_BAD_TYPE', '$']]);
  });

  it('reports text that is not JSON as INVALID_JSON', () => {
    const r = parseDecisionRequestJson('{"pack": "cn",');
    expect(r.ok ? [] : r.error.map((f) => f.code)).toEqual(['TACT_ERR_DECIDE_INVALID_JSON']);
  });

  it('reports every problem, not only the first', () => {
    const j = validJson();
    j.pack = 'xx';
    j.person.timeZones = ['Nowhere/City'];
    j.accounts[0].daysPastDue = -1;
    delete j.history[0].channel;
    j.contact.to = 'not-an-address';
    const r = parseDecisionRequest(j);
    expect(r.ok ? [] : r.error.map((f) => f.path).sort()).toEqual(
      ['$.accounts[0].daysPastDue', '$.contact.to', '$.history[0].channel', '$.pack', '$.person.timeZones[0]'].sort(),
    );
  });

  it('never echoes the submitted address in a message', () => {
    const j = validJson();
    j.contact.to = '+1 202 555 0177';
    j.history[0].to = 'x+12025550177';
    const r = parseDecisionRequest(j);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('0177');
  });

  it('lists the allowed values for an unknown enum value', () => {
    const j = validJson();
    j.contact.channel = 'pigeon';
    const r = parseDecisionRequest(j);
    expect(r.ok ? '' : r.error[0]?.message).toContain('call, sms, email, voicemail, letter, visit, web');
  });
});

describe('parseDecisionRequest: good input', () => {
  it('returns the request unchanged', () => {
    expect(parseDecisionRequest(validJson())).toEqual({ ok: true, value: validRequest() });
  });

  it('ignores and drops unknown fields (the contract may grow)', () => {
    const j = validJson();
    j.newTopLevelField = { x: 1 };
    j.contact.priority = 'high';
    j.history[0].durationSeconds = 31;
    expect(parseDecisionRequest(j)).toEqual({ ok: true, value: validRequest() });
  });

  it('treats null optional fields as absent', () => {
    const j = validJson();
    j.overrides = null;
    j.contact.place = null;
    expect(parseDecisionRequest(j)).toEqual({ ok: true, value: validRequest() });
  });

  it('accepts offsets, fractions, "24:00" as an end, [] zones and scalar overrides', () => {
    const j = validJson();
    j.at = '2026-03-09T10:00:00.250-05:00';
    j.person.timeZones = [];
    j.person.inconvenient[0].to = '24:00';
    j.overrides = { a: 1, b: 'x', c: false, __proto__: 3 };
    const r = parseDecisionRequest(JSON.parse(JSON.stringify(j)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.getPrototypeOf(r.value.overrides)).toBe(Object.prototype);
  });
});
