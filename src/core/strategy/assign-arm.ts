// Experiment assignment: a stable hash of (experiment id, account id) picks an arm by
// weight. Same inputs, same arm, on every machine and every run; the planner records
// the assignment once, so changing weights later does not move assigned accounts.
import type { Experiment } from './strategy.js';

/** FNV-1a, 32 bits, over the UTF-16 code units of `text` (pure, platform-independent). */
export const fnv1a32 = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche (murmur3 fmix32): FNV's low bits are weak for short, similar keys.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/** A point in [0, 1) for (experiment, account). */
export const assignmentPoint = (experimentId: string, accountId: string): number => fnv1a32(`${experimentId}\u0000${accountId}`) / 0x1_0000_0000;

/** The arm for an account; undefined when the experiment has no positive weight. */
export const assignArm = (e: Experiment, accountId: string): Experiment['arms'][number] | undefined => {
  const total = e.arms.reduce((s, a) => s + Math.max(0, a.weight), 0);
  if (total <= 0) return undefined;
  let x = assignmentPoint(e.id, accountId) * total;
  for (const a of e.arms) {
    const w = Math.max(0, a.weight);
    if (x < w) return a;
    x -= w;
  }
  return e.arms.filter((a) => a.weight > 0).at(-1);
};
