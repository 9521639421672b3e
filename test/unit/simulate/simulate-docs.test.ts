// docs/simulate.md's assumption table and the code's agree in both directions, and the
// CLI refuses bad arguments with TACT_ERR_CLI_BAD_ARGUMENT naming the option.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSimulateOptions } from '../../../src/cli/simulate-options.js';
import { assumptionTable } from '../../../src/core/simulate/simulation-assumptions.js';

describe('docs/simulate.md', () => {
  const rows = readFileSync(new URL('../../../docs/simulate.md', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => /^\| `(\w+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => ({ key: m[1]!, value: Number(m[2]!.trim()), unit: m[3]!.trim(), meaning: m[4]!.trim() }));

  it('lists every assumption with its value, unit and meaning, and nothing else', () => {
    expect(rows).toEqual(assumptionTable.map((a) => ({ key: a.key, value: a.value, unit: a.unit, meaning: a.meaning })));
  });
});

describe('parseSimulateOptions', () => {
  it('has the documented defaults', () => {
    expect(parseSimulateOptions([])).toMatchObject({ ok: true, value: { accounts: 1000, days: 30, arms: ['default', 'aggressive', 'gentle'], seed: 1, pack: 'cn', guardrails: true, receipts: false } });
    expect(parseSimulateOptions(['--no-guardrails', '--plant-complaints', 'gentle:0.3'])).toMatchObject({ ok: true, value: { guardrails: false, plantedComplaints: { arm: 'gentle', share: 0.3 } } });
    expect(parseSimulateOptions(['--accounts=50', '--arms', 'gentle,default', '--plant', 'gentle:0.2', '--pack', 'us-regf'])).toMatchObject({
      ok: true, value: { accounts: 50, arms: ['gentle', 'default'], planted: { arm: 'gentle', share: 0.2 }, pack: 'us-regf' },
    });
  });

  it.each([
    [['--accounts', '0'], '--accounts'],
    [['--accounts', '1e5'], '--accounts'],
    [['--days', '366'], '--days'],
    [['--arms', 'default,default'], '--arms'],
    [['--arms', 'bold'], '--arms'],
    [['--pack', 'uk'], '--pack'],
    [['--plant', 'aggressive:0.1', '--arms', 'default,gentle'], '--plant'],
    [['--plant', 'gentle:2'], '--plant'],
    [['--plant-complaints', 'default:0.2'], '--plant-complaints'],
    [['--plant-complaints', 'bold:0.2'], '--plant-complaints'],
    [['--guardrails', '--no-guardrails'], '--no-guardrails'],
    [['--start', '2026-02-30'], '--start'],
    [['--seed', '-1'], '--seed'],
    [['--bogus'], '--bogus'],
    [['--days'], '--days'],
  ])('%j is refused at %s', (args, path) => {
    const r = parseSimulateOptions(args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((f) => [f.code, f.path])).toContainEqual(['TACT_ERR_CLI_BAD_ARGUMENT', path]);
  });
});
