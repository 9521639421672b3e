// A dispute pauses collection until verification is sent (1006.38; 15 U.S.C. 1692g(b)).
// Verification sent at or after the dispute lifts it; a verification already
// scheduled later than t gives the earliest instant.
import type { Rule } from '../rule.js';
import { F_DISPUTE, purposeOf } from '../prepared-request.js';

const pausedUntil = (d: number | undefined, v: number | undefined, t: number): number | undefined => {
  if (d === undefined || d > t) return undefined;
  if (v !== undefined && v >= d && v <= t) return undefined;
  return v !== undefined && v >= d ? v : Number.POSITIVE_INFINITY;
};

export const disputeRule: Rule = {
  id: 'dispute',
  requires: F_DISPUTE,
  appliesTo: (_ch, _party, purpose) => purpose !== 'legally_required' && purpose !== 'opt_out_confirmation',
  check: ({ req }, t) => {
    if ((req.facts & F_DISPUTE) === 0 || purposeOf(req) === 'legally_required' || purposeOf(req) === 'opt_out_confirmation') return undefined;
    for (const a of req.accounts) if (pausedUntil(a.disputedAt, a.verificationSentAt, t) !== undefined) return 'POLICY_DISPUTE_PAUSED';
    return undefined;
  },
  earliest: ({ req }, t) => {
    let until = t;
    for (const a of req.accounts) {
      const u = pausedUntil(a.disputedAt, a.verificationSentAt, t);
      if (u !== undefined && u > until) until = u;
    }
    return until === Number.POSITIVE_INFINITY ? null : until;
  },
};
