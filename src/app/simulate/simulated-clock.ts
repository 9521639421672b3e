// A settable clock (epoch ms UTC): the simulator moves it from one planner run and
// dispatcher tick to the next; tests use the same shape (test/support/test-clock.ts).
import type { Clock } from '../ports/clock.js';

export interface SettableClock extends Clock {
  set(epochMs: number): void;
}

export const settableClock = (start: number): SettableClock => {
  let t = start;
  return {
    now: () => t,
    set: (epochMs) => {
      t = epochMs;
    },
  };
};
