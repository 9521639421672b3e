// The "ever" facts of a history (last inbound, last third-party communication, replies,
// per-account third-party counts…) over every event up to t. `prepareRequest` computes
// them once for t = +∞ (the summary); the scan reuses the summary whenever no event
// lies after the instant checked, and recomputes them here otherwise.
import type { Counters } from './counters.js';
import {
  EV_ATTEMPT,
  EV_CALL_CHANNEL,
  EV_COMMUNICATION,
  EV_OUTBOUND,
  EV_PURPOSE_OPT_OUT_CONFIRMATION,
  EV_PURPOSE_REPLY,
  EV_RECIPIENT,
  EV_SAME_TO,
  EV_THIRD_PARTY,
} from './event-flags.js';
import { EV_ACCOUNT_MASK, EV_FLAGS, EV_STRIDE, type HistorySummary, type PreparedEvent } from './prepared-request.js';

export interface SummaryInput {
  /** The events are buf[ev … evEnd) (prepared-request.ts). */
  readonly buf: Float64Array;
  readonly bits: Int32Array;
  readonly ev: number;
  readonly evEnd: number;
  readonly history: readonly PreparedEvent[];
  readonly replyTo: string | undefined;
  readonly channel: string;
  readonly accountCount: number;
}

/** Writes the "ever" facts over events with at ≤ t into c. */
export const everFacts = (c: Counters, req: SummaryInput, t: number): void => {
  const accounts = req.accountCount;
  const perAccount = c.thirdPartyPerAccount;
  perAccount.fill(0, 0, accounts);
  let lastCallSameTo = Number.NEGATIVE_INFINITY;
  let lastThirdPartyComm = Number.NEGATIVE_INFINITY;
  let lastInbound = Number.NEGATIVE_INFINITY;
  let lastOptOutConfirmation = Number.NEGATIVE_INFINITY;
  let replyTargetFound = false;
  let replyUsed = false;
  const replyTo = req.replyTo;
  const ev = req.buf;
  const bits = req.bits;
  const ev0 = req.ev;
  for (let i = ev0; i < req.evEnd; i += EV_STRIDE) {
    const at = ev[i]!;
    if (at > t) continue;
    const f = bits[2 * i + EV_FLAGS]!;
    if ((f & EV_OUTBOUND) !== 0) {
      if ((f & (EV_CALL_CHANNEL | EV_SAME_TO)) === (EV_CALL_CHANNEL | EV_SAME_TO) && at > lastCallSameTo) lastCallSameTo = at;
      const accountMask = bits[2 * i + EV_ACCOUNT_MASK]!;
      if ((f & (EV_THIRD_PARTY | EV_ATTEMPT)) === (EV_THIRD_PARTY | EV_ATTEMPT) && accountMask !== 0) {
        for (let a = 0; a < accounts; a += 1) if ((accountMask & (1 << a)) !== 0) perAccount[a]! += 1;
      }
    }
    if ((f & EV_RECIPIENT) === 0) continue;
    if ((f & EV_OUTBOUND) === 0) {
      if (at > lastInbound) lastInbound = at;
      if (replyTo !== undefined) {
        const e = req.history[(i - ev0) / EV_STRIDE]!;
        if (e.id === replyTo && e.channel === req.channel) replyTargetFound = true;
      }
      continue;
    }
    if ((f & (EV_THIRD_PARTY | EV_COMMUNICATION)) === (EV_THIRD_PARTY | EV_COMMUNICATION) && at > lastThirdPartyComm) lastThirdPartyComm = at;
    if ((f & EV_PURPOSE_REPLY) !== 0 && replyTo !== undefined && req.history[(i - ev0) / EV_STRIDE]!.replyTo === replyTo) replyUsed = true;
    if ((f & EV_PURPOSE_OPT_OUT_CONFIRMATION) !== 0 && at > lastOptOutConfirmation) lastOptOutConfirmation = at;
  }
  c.lastCallSameTo = lastCallSameTo;
  c.lastThirdPartyComm = lastThirdPartyComm;
  c.lastInbound = lastInbound;
  c.lastOptOutConfirmation = lastOptOutConfirmation;
  c.replyTargetFound = replyTargetFound;
  c.replyUsed = replyUsed;
};

/** The summary for t = +∞ (every event). */
export const summarizeHistory = (req: SummaryInput, scratch: Counters): HistorySummary => {
  everFacts(scratch, req, Number.POSITIVE_INFINITY);
  let latestAt = Number.NEGATIVE_INFINITY;
  for (let i = req.ev; i < req.evEnd; i += EV_STRIDE) if (req.buf[i]! > latestAt) latestAt = req.buf[i]!;
  return {
    latestAt,
    lastCallSameTo: scratch.lastCallSameTo,
    lastThirdPartyComm: scratch.lastThirdPartyComm,
    lastInbound: scratch.lastInbound,
    lastOptOutConfirmation: scratch.lastOptOutConfirmation,
    replyTargetFound: scratch.replyTargetFound,
    replyUsed: scratch.replyUsed,
    thirdPartyPerAccount: Array.from(scratch.thirdPartyPerAccount.subarray(0, req.accountCount)),
  };
};
