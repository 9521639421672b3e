// docs/decide.md shows the real output of `tact decide` (and `--explain`) for the
// examples, in a ```console block after a <!-- decide|explain: FILE --> marker. This
// runs the command in-process on each file and compares the text exactly.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/main/tact.js';
import { memoryIo } from '../../support/memory-io.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const doc = readFileSync(new URL('docs/decide.md', `file://${root}`), 'utf8');
const blocks = [...doc.matchAll(/<!-- (decide|explain): (\S+) -->\n```console\n\$ [^\n]*\n([\s\S]*?)\n```\n/g)].map(
  (m) => [m[1]!, m[2]!, m[3]!] as const,
);

describe('docs/decide.md worked examples', () => {
  it('shows an output for every marker', () => {
    expect(blocks.length).toBe([...doc.matchAll(/<!-- (decide|explain): /g)].length);
    expect(blocks.filter(([kind]) => kind === 'decide').length).toBeGreaterThanOrEqual(7);
  });

  it.each(blocks)('tact %s %s: the output shown is what the command prints', async (kind, file, shown) => {
    const io = memoryIo('', {}, root);
    const args = kind === 'explain' ? ['decide', '--explain', `examples/decide/${file}`] : ['decide', `examples/decide/${file}`];
    const code = await main(args, io);
    const printed = code === 0 ? io.out().trimEnd() : `${io.err().trimEnd()}\nexit ${code}`;
    expect(shown).toBe(printed);
  });
});
