// The engine's decisions do not change with its representation: 8,000 seeded requests
// (16,000 decisions, both packs, a third with tighter overrides) decide exactly as the
// engine did before the prepared request was packed into one Float64Array slab
// (fixtures/golden-decisions.json, written by that engine: a digest of every line and
// the first 3,000 lines in full, so a difference is shown, not only detected).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digestOf, goldenLines } from './golden-decisions.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/golden-decisions.json', import.meta.url), 'utf8')) as {
  readonly count: number;
  readonly digest: string;
  readonly sample: readonly string[];
};

describe('golden decisions', () => {
  it('every decision equals the one recorded before the representation changed', () => {
    const lines = goldenLines(fixture.count);
    expect(lines.slice(0, fixture.sample.length)).toEqual(fixture.sample);
    expect(digestOf(lines)).toBe(fixture.digest);
  });
});
