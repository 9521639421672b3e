// docs/decide.md shows the real output of `tact decide` for each example, in a
// ```console block after a <!-- decide: FILE --> marker. This keeps them true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDecisionRequestJson } from '../../../src/core/model/parse-decision-request.js';
import { decideRequest } from '../../../src/core/policy/decide-request.js';

const doc = readFileSync(new URL('../../../docs/decide.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/<!-- decide: (\S+) -->\n```console\n\$ [^\n]*\n([\s\S]*?)\n```\n/g)].map((m) => [m[1]!, m[2]!] as const);

describe('docs/decide.md worked examples', () => {
  it('shows an output for every marker', () => {
    expect(blocks.length).toBe([...doc.matchAll(/<!-- decide: /g)].length);
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  it.each(blocks)('%s: the output shown is what tact decide prints', (file, shown) => {
    const parsed = parseDecisionRequestJson(readFileSync(new URL(`../../../examples/decide/${file}`, import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const decided = decideRequest(parsed.value);
    if (decided.ok) {
      expect(JSON.parse(shown)).toEqual(decided.value);
    } else {
      const codes = shown.split('\n').filter((l) => l.startsWith('TACT_ERR_')).map((l) => l.split(' ')[0]);
      expect(codes).toEqual(decided.error.map((f) => f.code));
      expect(shown).toMatch(/\nexit 2$/);
    }
  });
});
