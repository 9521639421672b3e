// Differential check: the json-rules-engine peer of the decide benchmark encodes five
// rules independently (facts computed from the JSON request with Luxon and array
// filters); on generated requests it must find exactly the same subset of those five
// reasons as Tact's engine. A disagreement means one of the two is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideRequest } from '../../../src/core/policy/decide-request.js';
import { generateDecisionRequest } from '../../../bench/support/generate-decision-request.js';
import { createPeerEngine, peerDecide, peerReasons } from '../../../bench/support/peer-rules-engine.js';
import { Prng } from '../../../bench/support/prng.js';

const five = new Set<string>(peerReasons);

describe('Tact and the json-rules-engine peer agree on the five shared rules', () => {
  it('on generated requests', async () => {
    const engine = createPeerEngine();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
        const request = generateDecisionRequest(new Prng(seed), seed % 100_000);
        const decided = decideRequest(request);
        if (!decided.ok) throw new Error(decided.error.map((f) => f.code).join());
        const tact = decided.value.violations.map((v) => v.reason).filter((r) => five.has(r)).sort();
        expect(await peerDecide(engine, request)).toEqual(tact);
      }),
      { numRuns: 300 },
    );
  });

  it('and both find each of the five reasons somewhere in the sample (the check is not vacuous)', async () => {
    const prng = new Prng(1);
    const found = new Set<string>();
    for (let i = 0; i < 3000 && found.size < five.size; i += 1) {
      const decided = decideRequest(generateDecisionRequest(prng, i));
      if (decided.ok) for (const v of decided.value.violations) if (five.has(v.reason)) found.add(v.reason);
    }
    expect([...found].sort()).toEqual([...five].sort());
  });
});
