// A settable, advanceable Clock for tests and simulations (epoch ms, UTC).
import type { Clock } from '../../src/app/ports/clock.js';

export interface TestClock extends Clock {
  set(epochMs: number): void;
  /** Moves time forward by `ms` (≥ 0) and returns the new now. */
  advance(ms: number): number;
}

export const testClock = (start: number | string = '2026-01-05T00:00:00Z'): TestClock => {
  let t = typeof start === 'number' ? start : Date.parse(start);
  return {
    now: () => t,
    set: (epochMs) => {
      t = epochMs;
    },
    advance: (ms) => {
      if (ms < 0) throw new Error('testClock.advance: negative step');
      t += ms;
      return t;
    },
  };
};

/** Ids `prefix-1`, `prefix-2`, … for deterministic tests. */
export const counterIds = (prefix = 'id'): { next(): string } => {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
};
