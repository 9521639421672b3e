// docs/decision-request.schema.json is written by hand; these checks keep it in step
// with the types and the parser (enums, required fields, patterns).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  borrowerStatuses,
  channels,
  contactResults,
  directions,
  packIds,
  parties,
  places,
  purposes,
  weekdays,
} from '../../../src/core/model/decision-request.js';
import { isInstant } from '../../../src/core/model/json-reader.js';
import { parseDecisionRequest } from '../../../src/core/model/parse-decision-request.js';

const schema = JSON.parse(readFileSync(new URL('../../../docs/decision-request.schema.json', import.meta.url), 'utf8'));
const props = schema.properties;
const item = (p: any): any => p.items;

describe('decision-request.schema.json', () => {
  it('declares draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('lists the same enum values as the contract types', () => {
    expect(props.pack.enum).toEqual([...packIds]);
    expect(schema.$defs.channel.enum).toEqual([...channels]);
    expect(schema.$defs.party.enum).toEqual([...parties]);
    expect(schema.$defs.place.enum).toEqual([...places]);
    expect(props.contact.properties.purpose.enum).toEqual([...purposes]);
    expect(item(props.person.properties.inconvenient).properties.days.items.enum).toEqual([...weekdays]);
    expect(item(props.accounts).properties.borrowerStatus.enum).toEqual([...borrowerStatuses]);
    expect(item(props.history).properties.direction.enum).toEqual([...directions]);
    expect(item(props.history).properties.result.enum).toEqual([...contactResults]);
  });

  it('requires exactly the fields the parser reports as missing', () => {
    const r = parseDecisionRequest({ contact: {}, person: {}, accounts: [{}], history: [{}] });
    const missing = r.ok ? [] : r.error.filter((f) => f.code === 'TACT_ERR_DECIDE_MISSING_FIELD').map((f) => f.path);
    const expected = [
      ...['pack', 'at'].map((k) => `$.${k}`),
      ...props.contact.required.map((k: string) => `$.contact.${k}`),
      ...props.person.required.map((k: string) => `$.person.${k}`),
      ...item(props.accounts).required.map((k: string) => `$.accounts[0].${k}`),
      ...item(props.history).required.map((k: string) => `$.history[0].${k}`),
    ];
    expect([...missing].sort()).toEqual(expected.sort());
    expect(schema.required).toEqual(['pack', 'at', 'contact', 'person', 'accounts', 'history']);
  });

  it('names every property the parser keeps', () => {
    const keys = (o: any): string[] => Object.keys(o.properties).sort();
    expect(keys(schema)).toEqual(['accounts', 'at', 'contact', 'history', 'overrides', 'pack', 'person']);
    expect(keys(props.contact)).toEqual(['accountIds', 'actor', 'channel', 'content', 'party', 'personId', 'place', 'purpose', 'replyTo', 'to']);
    expect(keys(item(props.history))).toEqual(
      ['accountIds', 'actor', 'at', 'channel', 'content', 'direction', 'discussedAccountIds', 'id', 'party', 'personId', 'purpose', 'replyTo', 'result', 'to'],
    );
  });

  it.each([
    ['2026-03-08T07:00:00Z', true],
    ['2026-03-08T07:00Z', true],
    ['2026-03-08T07:00:00.123456789+08:00', true],
    ['2026-03-08T07:00:00', false],
    ['2026-03-08', false],
    ['2026-03-08T07:00:00 Z', false],
  ])('the instant pattern agrees with the parser on %s', (s, valid) => {
    expect(new RegExp(schema.$defs.instant.pattern).test(s)).toBe(valid);
    expect(isInstant(s)).toBe(valid);
  });
});
