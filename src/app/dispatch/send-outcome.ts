// What a transport answer means for the message (docs/dispatcher.md, "What counts as
// proof"). Only two answers prove the message was NOT accepted: `rejected` (the SMSC or
// provider answered with an error status) and `transient` whose reason does not carry
// the maybe-sent marker (throttled, not bound, closed before submitting). A transient
// "may or may not have been accepted" (connection lost, no response in time) proves
// nothing: the message becomes `unknown` and is never re-sent automatically.
import type { AttemptOutcome, SendResult } from '../ports/dispatch-store.js';
import type { SendOutcome } from '../ports/sms-transport.js';
import type { MessageId } from '../../core/model/ids.js';

/** The marker adapters put in a transient reason when the message may have left. */
export const maybeSentMarker = 'may or may not have been accepted';

export interface RetryPolicy {
  /** Attempts in total, the first included. [5] */
  readonly maxAttempts: number;
  /** First retry delay, ms; doubles per attempt up to maxMs. [30 000 / 3 600 000] */
  readonly baseMs: number;
  readonly maxMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseMs: 30_000, maxMs: 3_600_000 };

/** Delay before attempt `attempt + 1`, ms (attempt ≥ 1). */
export const retryDelayMs = (attempt: number, p: RetryPolicy): number =>
  Math.min(p.maxMs, p.baseMs * 2 ** Math.max(0, attempt - 1));

export const attemptOutcomeOf = (o: SendOutcome): AttemptOutcome => {
  if (o.kind === 'accepted') return 'accepted';
  if (o.kind === 'transient' && o.reason.includes(maybeSentMarker)) return 'maybe_accepted';
  return 'not_accepted';
};

export const sendResultFor = (
  messageId: MessageId,
  attempt: number,
  o: SendOutcome,
  now: number,
  policy: RetryPolicy,
): SendResult => {
  const outcome = attemptOutcomeOf(o);
  if (o.kind === 'accepted') return { messageId, attempt, outcome, providerId: o.providerId, state: 'sent' };
  if (outcome === 'maybe_accepted') return { messageId, attempt, outcome, reason: o.reason, state: 'unknown' };
  const retryable = o.kind === 'transient' || !o.permanent;
  if (retryable && attempt < policy.maxAttempts) {
    return { messageId, attempt, outcome, reason: o.reason, state: 'planned', retryAt: now + retryDelayMs(attempt, policy) };
  }
  return { messageId, attempt, outcome, reason: o.reason, state: 'failed' };
};
