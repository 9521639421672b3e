// One synthetic borrower: drawn once from the account's own PRNG stream, so the same
// seed gives the same population whatever order the accounts are processed in.
import type { Prng } from './prng.js';
import type { SimulationAssumptions } from './simulation-assumptions.js';

export const borrowerSegments = ['prompt', 'forgetful', 'struggling', 'wont_pay'] as const;
export type BorrowerSegment = (typeof borrowerSegments)[number];

export interface SyntheticBorrower {
  readonly segment: BorrowerSegment;
  /** Multiplier on every chance to pay (1 = an average borrower). */
  readonly propensity: number;
  /** Local hours [from, to] (inclusive, 0–23) in which a message works best. */
  readonly goodHours: readonly [number, number];
  /** A firm tone (credit reporting) halves the lift and triples complaints. */
  readonly firmAverse: boolean;
  /** Days past due on day 0 of the run. */
  readonly startDpd: number;
}

export const drawBorrower = (r: Prng, a: SimulationAssumptions): SyntheticBorrower => {
  const segment = r.weighted<BorrowerSegment>([
    ['prompt', a.promptShare],
    ['forgetful', a.forgetfulShare],
    ['struggling', a.strugglingShare],
    ['wont_pay', Math.max(0, 1 - a.promptShare - a.forgetfulShare - a.strugglingShare)],
  ]);
  const base = { prompt: a.promptPropensity, forgetful: a.forgetfulPropensity, struggling: a.strugglingPropensity, wont_pay: a.wontPayPropensity }[segment];
  return {
    segment,
    // ±25 % individual spread around the segment's multiplier.
    propensity: base * (0.75 + 0.5 * r.next()),
    goodHours: r.chance(a.eveningShare) ? [18, 21] : [10, 13],
    firmAverse: r.chance(a.firmAverseShare),
    startDpd: r.int(1, Math.max(1, Math.round(a.startDpdMax))),
  };
};
