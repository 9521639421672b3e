// Writes the numbers of a prepared request (prepared-request.ts: header, per-account
// third-party counts, events) into one block of doubles. Blocks are cut in order from a
// shared 512 KiB slab, so requests prepared one after another lie one after another in
// memory: deciding them in order reads memory sequentially, which the CPU prefetches.
// A block is written once, while its request is prepared, and never changed; a slab is
// freed by the garbage collector with the last request that refers to it.
import { formatInstant } from './format-instant.js';
import {
  EV_ACCOUNT_MASK,
  EV_DEBT_MASK,
  EV_DISCUSSED_MASK,
  EV_FLAGS,
  EV_STRIDE,
  type HistorySummary,
  P_AT,
  P_ATTORNEY,
  P_CEASE,
  P_LAST_CALL_SAME_TO,
  P_LAST_INBOUND,
  P_LAST_OPT_OUT_CONFIRMATION,
  P_LAST_THIRD_PARTY_COMM,
  P_LATEST,
  P_PER_ACCOUNT,
  P_REFUSED,
  P_REPLY_BITS,
  type PreparedEvent,
  type PreparedRequest,
  type PreparedState,
} from './prepared-request.js';

const SLAB_DOUBLES = 1 << 16;
/** A block larger than this gets its own array (a huge history must not waste a slab). */
const OWN_BLOCK = SLAB_DOUBLES >> 3;
let slab = new Float64Array(SLAB_DOUBLES);
let slabBits = new Int32Array(slab.buffer);
let used = 0;

export interface PackedBlock {
  readonly buf: Float64Array;
  /** The same memory as 32-bit integers (an event's flags and masks). */
  readonly bits: Int32Array;
  readonly off: number;
  readonly ev: number;
  readonly evEnd: number;
}

const reserve = (n: number): { readonly buf: Float64Array; readonly bits: Int32Array; readonly off: number } => {
  if (n > OWN_BLOCK) {
    const buf = new Float64Array(n);
    return { buf, bits: new Int32Array(buf.buffer), off: 0 };
  }
  if (used + n > SLAB_DOUBLES) {
    slab = new Float64Array(SLAB_DOUBLES);
    slabBits = new Int32Array(slab.buffer);
    used = 0;
  }
  const off = used;
  used += n;
  return { buf: slab, bits: slabBits, off };
};

const orNever = (x: number | undefined): number => (x === undefined ? Number.POSITIVE_INFINITY : x);

/** The block of a request: `at`, the state instants and the events (newest first). The summary follows with writeSummary. */
export const packRequest = (at: number, state: PreparedState, accountCount: number, history: readonly PreparedEvent[]): PackedBlock => {
  const ev0 = P_PER_ACCOUNT + accountCount;
  const { buf, bits, off } = reserve(ev0 + history.length * EV_STRIDE);
  buf[off + P_AT] = at;
  buf[off + P_CEASE] = orNever(state.ceaseAt);
  buf[off + P_ATTORNEY] = orNever(state.attorneyAt);
  buf[off + P_REFUSED] = orNever(state.refusedAt);
  const ev = off + ev0;
  let i = ev;
  for (let k = 0; k < history.length; k += 1) {
    const e = history[k]!;
    buf[i] = e.at;
    const w = 2 * i;
    bits[w + EV_FLAGS] = e.flags;
    bits[w + EV_DEBT_MASK] = e.debtMask;
    bits[w + EV_DISCUSSED_MASK] = e.discussedMask;
    bits[w + EV_ACCOUNT_MASK] = e.accountMask;
    i += EV_STRIDE;
  }
  return { buf, bits, off, ev, evEnd: i };
};

/** Writes the history summary into the block's header. */
export const writeSummary = (b: PackedBlock, s: HistorySummary, accountCount: number): void => {
  const { buf, off } = b;
  buf[off + P_LATEST] = s.latestAt;
  buf[off + P_LAST_CALL_SAME_TO] = s.lastCallSameTo;
  buf[off + P_LAST_THIRD_PARTY_COMM] = s.lastThirdPartyComm;
  buf[off + P_LAST_INBOUND] = s.lastInbound;
  buf[off + P_LAST_OPT_OUT_CONFIRMATION] = s.lastOptOutConfirmation;
  buf[off + P_REPLY_BITS] = (s.replyTargetFound ? 1 : 0) | (s.replyUsed ? 2 : 0);
  for (let a = 0; a < accountCount; a += 1) buf[off + P_PER_ACCOUNT + a] = s.thirdPartyPerAccount[a] ?? 0;
};

/** The same request proposed at instant t (a copy of its block with another `at`). */
export const withInstant = (req: PreparedRequest, t: number): PreparedRequest => {
  const n = req.evEnd - req.off;
  const { buf, bits, off } = reserve(n);
  // Copied as integers: the event words are not doubles (a NaN pattern must not change).
  bits.set(req.bits.subarray(2 * req.off, 2 * req.evEnd), 2 * off);
  buf[off + P_AT] = t;
  return { ...req, buf, bits, off, ev: req.ev - req.off + off, evEnd: req.evEnd - req.off + off, atIso: formatInstant(t) };
};
