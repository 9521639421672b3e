import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firingDueDates } from '../../../src/app/plan/firing-due-dates.js';
import { defaultStrategies } from '../../../src/core/strategy/default-strategies.js';
import { dpdOn, triggerFires } from '../../../src/core/strategy/step-matches.js';
import type { DpdTrigger, Strategy } from '../../../src/core/strategy/strategy.js';

const withTriggers = (triggers: readonly DpdTrigger[]): Strategy => ({
  ...defaultStrategies.cn,
  steps: triggers.map((trigger, i) => ({ ...defaultStrategies.cn.steps[0]!, id: `s${i}`, trigger })),
});

const trigger: fc.Arbitrary<DpdTrigger> = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map((days) => ({ kind: 'before_due' as const, days })),
  fc.integer({ min: 0, max: 400 }).map((day) => ({ kind: 'on_day' as const, day })),
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })).map(([every, a, b]) => ({ kind: 'every' as const, every, from: Math.min(a, b), to: Math.max(a, b) })),
);

describe('firingDueDates', () => {
  it('a due date is listed exactly when some trigger fires on its DPD (any month or year boundary)', () => {
    fc.assert(
      fc.property(
        fc.array(trigger, { maxLength: 5 }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: -80, max: 500 }),
        (triggers, day, dpd) => {
          const business = day.toISOString().slice(0, 10);
          const due = new Date(day.getTime() - dpd * 86_400_000).toISOString().slice(0, 10);
          expect(dpdOn(due, business)).toBe(dpd);
          const listed = firingDueDates([withTriggers(triggers)], business).includes(due);
          expect(listed).toBe(triggers.some((t) => triggerFires(t, dpd)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('unions the strategies, sorted, no repeats', () => {
    const a = withTriggers([{ kind: 'on_day', day: 1 }, { kind: 'every', every: 7, from: 1, to: 15 }]);
    const b = withTriggers([{ kind: 'before_due', days: 3 }, { kind: 'on_day', day: 8 }]);
    expect(firingDueDates([a, b], '2026-03-01')).toEqual(['2026-02-14', '2026-02-21', '2026-02-28', '2026-03-04']);
  });

  it('lists nothing for a date that does not parse', () => {
    expect(firingDueDates([defaultStrategies.cn], '2026-02-30')).toEqual([]);
  });
});
