// The simulator's arms are valid strategies for both packs (the same lint `tact strategy
// validate` runs: a step the engine could never allow is refused), and differ as named.
import { describe, expect, it } from 'vitest';
import { armStrategy, simulationArms } from '../../../src/core/simulate/arm-strategies.js';
import { parseStrategy, strategyToJson } from '../../../src/core/strategy/parse-strategy.js';
import { lintStrategy } from '../../../src/core/strategy/lint-strategy.js';
import { triggerFires } from '../../../src/core/strategy/step-matches.js';

const packs = ['cn', 'us-regf'] as const;
const borrowerTouches = (arm: (typeof simulationArms)[number], pack: (typeof packs)[number]): number =>
  armStrategy(arm, pack, 1).steps.filter((s) => s.audience === 'borrower').reduce((n, s) => n + Array.from({ length: 61 }, (_, d) => d).filter((d) => triggerFires(s.trigger, d)).length, 0);

describe.each(packs)('arm strategies under %s', (pack) => {
  it.each(simulationArms)('%s parses back from its JSON and passes the lint', (arm) => {
    const s = armStrategy(arm, pack, 2);
    expect(parseStrategy(strategyToJson(s))).toEqual({ ok: true, value: s });
    expect(lintStrategy(s)).toEqual([]);
  });

  it('aggressive proposes more borrower messages in 60 days than default, gentle fewer', () => {
    expect(borrowerTouches('aggressive', pack)).toBeGreaterThan(borrowerTouches('default', pack));
    expect(borrowerTouches('gentle', pack)).toBeLessThan(borrowerTouches('default', pack));
  });

  it('gentle writes in the evening; aggressive reaches contacts no later than default', () => {
    expect(armStrategy('gentle', pack, 1).steps.every((s) => s.sendAt === '19:00')).toBe(true);
    const firstContactDay = (arm: (typeof simulationArms)[number]) =>
      Math.min(...armStrategy(arm, pack, 1).steps.filter((s) => s.audience === 'contacts' && s.purpose === 'location').map((s) => (s.trigger.kind === 'every' ? s.trigger.from : 999)), 999);
    expect(firstContactDay('aggressive')).toBeLessThan(999);
    expect(firstContactDay('aggressive')).toBeLessThanOrEqual(firstContactDay('default'));
  });
});
