// Validation of an untrusted decision request (DESIGN.md, "The decision contract") at
// the edge: `tact decide`, later the HTTP API. It reports EVERY problem found, each
// with a TACT_ERR_DECIDE_* code and the JSON path of the field (`$.history[3].at`).
//
// Choices (documented in docs/decide.md):
// - Unknown fields are ignored and dropped: the contract says fields may be added, so a
//   newer client must still be understood by an older Tact. They never reach the core.
// - `null` for an optional field means "absent"; for a required field, "missing".
// - Times are kept exactly as written (no normalisation); the engine parses them.
// - Overrides are only checked to be an object of number | string | boolean here; their
//   names and directions are checked by the policy compiler (TACT_ERR_POLICY_*).
// - contact.personId must equal person.id: `person` describes the recipient.
// Note for the engine (H1): nothing was added to DecisionRequest; the parser returns
// a fresh object with only the contract's fields.
import type { TactFailure } from '../errors.js';
import { err, ok } from '../result.js';
import type { Result } from '../result.js';
import { compact } from './compact.js';
import { channels, packIds, parties, places, purposes, borrowerStatuses } from './decision-request.js';
import type { AccountState, DecisionRequest, OverrideValue, ProposedContact } from './decision-request.js';
import { JsonReader } from './json-reader.js';
import type { Json } from './json-reader.js';
import { readHistoryEvent } from './parse-history-event.js';
import { readPerson } from './parse-person.js';

export const parseDecisionRequest = (input: unknown): Result<DecisionRequest, readonly TactFailure[]> => {
  const r = new JsonReader();
  const request = readRequest(r, input);
  if (r.failures.length > 0 || request === undefined) return err(r.failures);
  return ok(request);
};

/** The same from JSON text: TACT_ERR_DECIDE_INVALID_JSON when it does not parse. */
export const parseDecisionRequestJson = (text: string): Result<DecisionRequest, readonly TactFailure[]> => {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    const r = new JsonReader();
    r.fail('TACT_ERR_DECIDE_INVALID_JSON', '$');
    return err(r.failures);
  }
  return parseDecisionRequest(input);
};

const readRequest = (r: JsonReader, input: Json): DecisionRequest | undefined => {
  const o = r.object(input, '$');
  if (o === undefined) return undefined;
  const pack = r.required(o, 'pack', '$', (x, p) => {
    const s = r.string(x, p);
    if (s === undefined) return undefined;
    if ((packIds as readonly string[]).includes(s)) return s as DecisionRequest['pack'];
    return r.fail('TACT_ERR_DECIDE_UNKNOWN_PACK', p, `${p} names an unknown pack; known packs: ${packIds.join(', ')}.`);
  });
  const overrides = r.optional(o, 'overrides', '$', (x, p) => readOverrides(r, x, p));
  const at = r.required(o, 'at', '$', (x, p) => r.instant(x, p));
  const contact = r.required(o, 'contact', '$', (x, p) => readContact(r, x, p));
  const person = r.required(o, 'person', '$', (x, p) => readPerson(r, x, p));
  const accounts = r.required(o, 'accounts', '$', (x, p) => r.array(x, p, (e, ep) => readAccount(r, e, ep)));
  const history = r.required(o, 'history', '$', (x, p) => r.array(x, p, (e, ep) => readHistoryEvent(r, e, ep)));
  checkCrossReferences(r, o);
  if (
    pack === undefined ||
    at === undefined ||
    contact === undefined ||
    person === undefined ||
    accounts === undefined ||
    history === undefined
  ) {
    return undefined;
  }
  return { pack, ...compact({ overrides }), at, contact, person, accounts, history };
};

const readOverrides = (r: JsonReader, v: Json, path: string): Readonly<Record<string, OverrideValue>> | undefined => {
  const o = r.object(v, path);
  if (o === undefined) return undefined;
  const entries: [string, OverrideValue][] = [];
  let bad = false;
  for (const [key, value] of Object.entries(o)) {
    const p = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      entries.push([key, value]);
    } else {
      bad = true;
      r.fail('TACT_ERR_DECIDE_BAD_TYPE', p, `${p} must be a number, a string or a boolean.`);
    }
  }
  // fromEntries defines own properties, so a key like "__proto__" stays plain data.
  return bad ? undefined : Object.fromEntries(entries);
};

const readContact = (r: JsonReader, v: Json, path: string): ProposedContact | undefined => {
  const o = r.object(v, path);
  if (o === undefined) return undefined;
  const channel = r.required(o, 'channel', path, (x, p) => r.oneOf(x, p, channels));
  const to = r.required(o, 'to', path, (x, p) => r.address(x, p));
  const personId = r.required(o, 'personId', path, (x, p) => r.id(x, p));
  const party = r.required(o, 'party', path, (x, p) => r.oneOf(x, p, parties));
  const accountIds = r.required(o, 'accountIds', path, (x, p) => {
    const ids = r.array(x, p, (e, ep) => r.id(e, ep));
    if (ids === undefined || ids.length > 0) return ids;
    return r.fail('TACT_ERR_DECIDE_OUT_OF_RANGE', p, `${p} must name at least one account.`);
  });
  const purpose = r.required(o, 'purpose', path, (x, p) => r.oneOf(x, p, purposes));
  const replyTo = r.optional(o, 'replyTo', path, (x, p) => r.id(x, p));
  const content = r.optional(o, 'content', path, (x, p) => r.string(x, p));
  const place = r.optional(o, 'place', path, (x, p) => r.oneOf(x, p, places));
  const actor = r.optional(o, 'actor', path, (x, p) => r.string(x, p));
  if (
    channel === undefined ||
    to === undefined ||
    personId === undefined ||
    party === undefined ||
    accountIds === undefined ||
    purpose === undefined
  ) {
    return undefined;
  }
  return { channel, to, personId, party, accountIds, purpose, ...compact({ replyTo, content, place, actor }) };
};

const readAccount = (r: JsonReader, v: Json, path: string): AccountState | undefined => {
  const o = r.object(v, path);
  if (o === undefined) return undefined;
  const id = r.required(o, 'id', path, (x, p) => r.id(x, p));
  const debtGroup = r.optional(o, 'debtGroup', path, (x, p) => r.id(x, p));
  const daysPastDue = r.required(o, 'daysPastDue', path, (x, p) => r.integer(x, p, 0));
  const ceaseReceivedAt = r.optional(o, 'ceaseReceivedAt', path, (x, p) => r.instant(x, p));
  const disputedAt = r.optional(o, 'disputedAt', path, (x, p) => r.instant(x, p));
  const verificationSentAt = r.optional(o, 'verificationSentAt', path, (x, p) => r.instant(x, p));
  const attorneyKnownAt = r.optional(o, 'attorneyKnownAt', path, (x, p) => r.instant(x, p));
  const borrowerStatus = r.optional(o, 'borrowerStatus', path, (x, p) => r.oneOf(x, p, borrowerStatuses));
  if (id === undefined || daysPastDue === undefined) return undefined;
  return {
    id,
    ...compact({ debtGroup }),
    daysPastDue,
    ...compact({ ceaseReceivedAt, disputedAt, verificationSentAt, attorneyKnownAt, borrowerStatus }),
  };
};

/**
 * contact.personId = person.id; every contact account exists; account ids unique.
 * Read from the raw JSON so these are reported even when a neighbouring field is bad;
 * values of the wrong type were already reported by the field readers.
 */
const checkCrossReferences = (r: JsonReader, o: Readonly<Record<string, unknown>>): void => {
  const contact = asObject(o['contact']);
  const contactPersonId = contact?.['personId'];
  const personId = asObject(o['person'])?.['id'];
  if (typeof contactPersonId === 'string' && typeof personId === 'string' && contactPersonId !== personId) {
    r.fail('TACT_ERR_DECIDE_PERSON_MISMATCH', '$.contact.personId', '$.contact.personId must equal $.person.id.');
  }
  const accounts = o['accounts'];
  if (!Array.isArray(accounts)) return;
  const known = new Set<unknown>();
  accounts.forEach((a: unknown, i) => {
    const id = asObject(a)?.['id'];
    if (typeof id !== 'string') return;
    if (known.has(id)) r.fail('TACT_ERR_DECIDE_DUPLICATE_ID', `$.accounts[${i}].id`, `$.accounts[${i}].id repeats an earlier account id.`);
    known.add(id);
  });
  const ids = contact?.['accountIds'];
  if (!Array.isArray(ids)) return;
  ids.forEach((id: unknown, i) => {
    if (typeof id === 'string' && id !== '' && !known.has(id)) {
      const p = `$.contact.accountIds[${i}]`;
      r.fail('TACT_ERR_DECIDE_UNKNOWN_ACCOUNT', p, `${p} names an account absent from $.accounts.`);
    }
  });
};

const asObject = (v: unknown): Readonly<Record<string, unknown>> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Readonly<Record<string, unknown>>) : undefined;
