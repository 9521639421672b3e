// How a synthetic borrower answers a message: pure chances, drawn by the caller from the
// account's PRNG stream. Timing (local hour against the borrower's good hours), tone
// (firm = mentions credit reporting) and frequency (messages in the trailing 7 days)
// move the chance to pay; frequency and third-party contact raise opt-outs and
// complaints. Units and values: simulation-assumptions.ts.
import type { SyntheticBorrower } from './synthetic-borrower.js';
import type { SimulationAssumptions } from './simulation-assumptions.js';

export const tones = ['soft', 'firm'] as const;
export type Tone = (typeof tones)[number];

export interface BorrowerMessage {
  /** 0–23 in the borrower's zone when the message was sent. */
  readonly localHour: number;
  readonly tone: Tone;
  /** Borrower messages in the trailing 7 days, this one included (≥ 1). */
  readonly recentCount: number;
  /** Any of the account's contacts has had a message. */
  readonly thirdPartyContacted: boolean;
}

export interface BorrowerChances {
  readonly pay: number;
  readonly optOut: number;
  readonly complain: number;
  readonly dispute: number;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

export const inGoodHours = (b: SyntheticBorrower, localHour: number): boolean => localHour >= b.goodHours[0] && localHour <= b.goodHours[1];

/** Chances after one delivered message. */
export const borrowerChances = (b: SyntheticBorrower, m: BorrowerMessage, a: SimulationAssumptions): BorrowerChances => {
  const averse = m.tone === 'firm' && b.firmAverse;
  const toneLift = (m.tone === 'firm' ? a.liftFirm : a.liftSoft) * (averse ? 0.5 : 1);
  const timing = inGoodHours(b, m.localHour) ? 1 : a.offHoursFactor;
  const fatigue = a.fatigueDecay ** Math.max(0, m.recentCount - 1);
  const over = Math.max(0, m.recentCount - 2) * a.frequencyGrowth;
  return {
    pay: clamp01(b.propensity * toneLift * timing * fatigue),
    optOut: clamp01(a.optOutPerMessage * (1 + over) * (m.thirdPartyContacted ? a.thirdPartyOptOut : 1)),
    complain: clamp01(a.complaintPerMessage * (1 + over) * (averse ? 3 : 1) * (m.thirdPartyContacted ? a.thirdPartyComplaint : 1)),
    dispute: clamp01(a.disputePerMessage),
  };
};

/** Chance to pay on a day on one's own; too many messages in 7 days make it smaller. */
export const selfCureChance = (b: SyntheticBorrower, recentCount: number, a: SimulationAssumptions): number => {
  const excess = Math.max(0, recentCount - a.fatigueLimit);
  return clamp01(b.propensity * a.selfCurePerDay * Math.max(0.2, 1 - a.fatiguePenalty * excess));
};

/** Chance that a location request relayed by a contact makes the borrower pay. */
export const relayChance = (b: SyntheticBorrower, a: SimulationAssumptions): number => clamp01(b.propensity * a.relayLift);
