// The prepared request's compact forms say the same as its plain fields: `facts` bits
// match the lists, flags and state they summarise, the kind-derived channel, party and
// purpose match the fields, a rule skipped for missing facts would have passed, and an
// event's flags and masks read back from `bits` as written (withInstant copies them bit
// for bit).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDecisionRequest } from '../../../bench/support/generate-decision-request.js';
import { Prng } from '../../../bench/support/prng.js';
import { packRequest, withInstant } from '../../../src/core/policy/pack-request.js';
import { prepareRequest } from '../../../src/core/policy/prepare-request.js';
import {
  EV_ACCOUNT_MASK,
  EV_DEBT_MASK,
  EV_DISCUSSED_MASK,
  EV_FLAGS,
  EV_STRIDE,
  F_ATTORNEY,
  F_CEASE,
  F_CONSENT,
  F_CONTENT,
  F_CONTENT_NO_OPT_OUT,
  F_DISCLOSES_DEBT,
  F_DISPUTE,
  F_INCONVENIENT,
  F_OPT_OUTS,
  F_REFUSED,
  F_WRONG_NUMBERS,
  FACTS_LIMIT,
  P_AT,
  P_ATTORNEY,
  P_CEASE,
  P_REFUSED,
  type PreparedEvent,
  channelOf,
  partyOf,
  preparedAt,
  purposeOf,
} from '../../../src/core/policy/prepared-request.js';
import { compilePolicy } from '../../../src/core/policy/compile-policy.js';
import { newCounters } from '../../../src/core/policy/counters.js';
import { scanHistory } from '../../../src/core/policy/history-scan.js';
import { baseRequest } from './request-builder.js';

describe('prepared request layout', () => {
  it('facts and the kind agree with the fields they summarise', () => {
    const seen = new Set<number>();
    // Seeds 1 … 3000 in turn (the generator sets a consent window for 1 % of people:
    // random seeds would now and then see none).
    let seed = 0;
    fc.assert(
      fc.property(fc.boolean(), fc.constantFrom(undefined, 'Please call us back.', 'Please call us back. Reply STOP to opt out.', 'You owe $300 on your loan.'), (wrong, content) => {
        seed += 1;
        // The generator writes no wrong numbers and no content: add them here.
        const r = generateDecisionRequest(new Prng(seed), seed % 1000);
        const p = prepareRequest({
          ...r,
          person: { ...r.person, ...(wrong ? { wrongNumbers: [{ to: r.contact.to, learnedAt: r.at }] } : {}) },
          contact: { ...r.contact, ...(content === undefined ? {} : { content }) },
        });
        const bit = (f: number): boolean => (p.facts & f) !== 0;
        expect(bit(F_CONSENT)).toBe(p.consentToCall.length > 0);
        expect(bit(F_OPT_OUTS)).toBe(p.optOuts.length > 0);
        expect(bit(F_WRONG_NUMBERS)).toBe(p.wrongNumbers.length > 0);
        expect(bit(F_INCONVENIENT)).toBe(p.inconvenient.length > 0);
        expect(bit(F_DISPUTE)).toBe(p.anyDispute);
        expect(bit(F_CONTENT_NO_OPT_OUT)).toBe(p.content !== undefined && !p.contentHasOptOut);
        expect(bit(F_CONTENT)).toBe(p.content !== undefined);
        expect(bit(F_DISCLOSES_DEBT)).toBe(p.contentDisclosesDebt);
        expect(bit(F_CEASE)).toBe(p.buf[p.off + P_CEASE] !== Number.POSITIVE_INFINITY);
        expect(bit(F_ATTORNEY)).toBe(p.buf[p.off + P_ATTORNEY] !== Number.POSITIVE_INFINITY);
        expect(bit(F_REFUSED)).toBe(p.buf[p.off + P_REFUSED] !== Number.POSITIVE_INFINITY);
        expect([channelOf(p), partyOf(p), purposeOf(p)]).toEqual([p.channel, p.party, p.purpose]);
        seen.add(p.facts);
      }),
      { numRuns: 3000 },
    );
    // The generator reaches set bits too (else the table above proved only zeros).
    expect([...seen].reduce((a, b) => a | b, 0)).toBe(FACTS_LIMIT - 1);
  });

  it('a rule whose `requires` bits are missing from the facts passes (decide may skip it)', () => {
    let skipped = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.constantFrom(undefined, 'Call us.', 'Call us. Reply STOP to opt out.', 'You owe $300.'), (seed, later, content) => {
        const r = generateDecisionRequest(new Prng(seed), seed % 1000);
        const p = prepareRequest({ ...r, contact: { ...r.contact, ...(content === undefined ? {} : { content }) } });
        const compiled = compilePolicy(r.pack, r.overrides ?? {});
        if (!compiled.ok) return;
        const policy = compiled.value;
        const zones = p.timeZones.length > 0 ? p.timeZones : policy.fallbackZones;
        const t = preparedAt(p) + later;
        const ctx = { req: p, params: policy.params, zones, c: scanHistory(newCounters(), p, policy.params, zones, t) };
        for (const { rule } of policy.rules) {
          const needs = rule.requires ?? 0;
          if ((p.facts & needs) === needs) continue;
          skipped += 1;
          expect(rule.check(ctx, t), rule.id).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
    expect(skipped).toBeGreaterThan(1000);
  });

  it('event words read back as written, the top bit included, and withInstant copies them exactly', () => {
    const mask = fc.integer({ min: 0, max: 2 ** 32 - 1 });
    const event = fc.record({ at: fc.integer({ min: 0, max: 2 ** 42 }), flags: fc.integer({ min: 0, max: 8191 }), debtMask: mask, discussedMask: mask, accountMask: mask });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.integer({ min: 1, max: 32 }), (events, accounts) => {
        const history = events.map((e) => e as unknown as PreparedEvent);
        const block = packRequest(1_800_000_000_000, { ceaseAt: undefined, attorneyAt: undefined, refusedAt: undefined }, accounts, history);
        const read = (buf: Float64Array, bits: Int32Array, ev: number, evEnd: number) => {
          const out: number[][] = [];
          for (let i = ev; i < evEnd; i += EV_STRIDE) {
            const w = 2 * i;
            out.push([buf[i]!, bits[w + EV_FLAGS]!, bits[w + EV_DEBT_MASK]! >>> 0, bits[w + EV_DISCUSSED_MASK]! >>> 0, bits[w + EV_ACCOUNT_MASK]! >>> 0]);
          }
          return out;
        };
        const written = events.map((e) => [e.at, e.flags, e.debtMask, e.discussedMask, e.accountMask]);
        expect(read(block.buf, block.bits, block.ev, block.evEnd)).toEqual(written);
        const p = { ...prepareRequest(baseRequest()), ...block };
        const q = withInstant(p, 1_900_000_000_000);
        expect(q.buf[q.off + P_AT]).toBe(1_900_000_000_000);
        expect(read(q.buf, q.bits, q.ev, q.evEnd)).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });
});
