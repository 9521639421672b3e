import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecisionRequest } from '../../../src/core/model/parse-decision-request.js';
import { generateDecisionRequest } from '../../../bench/support/generate-decision-request.js';
import { Prng } from '../../../bench/support/prng.js';

const isResult = (r: unknown): boolean =>
  typeof r === 'object' && r !== null && ((r as { ok: unknown }).ok === true || Array.isArray((r as { error: unknown }).error));

// Replaces the value at a random path of a JSON tree with arbitrary JSON.
const mutate = (tree: unknown, choices: readonly number[], replacement: unknown): unknown => {
  const [c, ...rest] = choices;
  if (c === undefined || typeof tree !== 'object' || tree === null) return replacement;
  const keys = Object.keys(tree);
  if (keys.length === 0) return replacement;
  const key = keys[c % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(tree) ? ([...tree] as unknown as Record<string, unknown>) : { ...tree };
  copy[key] = mutate((tree as Record<string, unknown>)[key], rest, replacement);
  return copy;
};

describe('parseDecisionRequest properties', () => {
  it('never throws on arbitrary JSON, and always returns a Result', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(isResult(parseDecisionRequest(v))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when one field of a valid request is replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.jsonValue({ maxDepth: 2 }),
        (seed, path, replacement) => {
          const valid = generateDecisionRequest(new Prng(seed), seed);
          const r = parseDecisionRequest(mutate(JSON.parse(JSON.stringify(valid)), path, replacement));
          expect(isResult(r)).toBe(true);
          if (!r.ok) for (const f of r.error) expect(f.path).toMatch(/^\$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parses every generated valid request to an equal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const request = generateDecisionRequest(new Prng(seed), seed % 10_000);
        const r = parseDecisionRequest(JSON.parse(JSON.stringify(request)));
        expect(r).toStrictEqual({ ok: true, value: request });
      }),
      { numRuns: 300 },
    );
  });
});
