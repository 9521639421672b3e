// The audit append hashes a text written around the data's canonical JSON (one
// canonicalisation, audit-queries.ts): it must be exactly the chain's reference text,
// auditHashInput over the data as stored (parsed back), for any event.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditGenesisHash, auditHashInput, auditHashInputOf } from '../../../src/core/audit/audit-chain.js';
import { canonicalJson } from '../../../src/core/canonical-json.js';

describe('auditHashInputOf', () => {
  it('equals auditHashInput over the stored (parsed-back) data, for any event', () => {
    fc.assert(
      fc.property(
        fc.record({
          tenantId: fc.string(),
          seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
          actor: fc.string({ unit: 'grapheme' }),
          type: fc.string(),
          subject: fc.string({ unit: 'binary' }),
          prevHash: fc.oneof(fc.constant(auditGenesisHash), fc.stringMatching(/^[0-9a-f]{64}$/)),
        }),
        fc.jsonValue(),
        (body, data) => {
          const json = canonicalJson(data);
          expect(auditHashInputOf(body, json)).toBe(auditHashInput({ ...body, data: JSON.parse(json) as unknown }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a dispatcher claim event', () => {
    const body = { tenantId: 't-1', seq: 7, at: 1_767_578_400_000, actor: 'dispatcher:w', type: 'messages.claimed', subject: 'tenant:t-1', prevHash: auditGenesisHash };
    const json = canonicalJson({ messageIds: ['m2', 'm1'], count: 2 });
    expect(auditHashInputOf(body, json)).toBe(auditHashInput({ ...body, data: { count: 2, messageIds: ['m2', 'm1'] } }));
  });
});
