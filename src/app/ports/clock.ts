// The Clock port: the one source of "now" for use cases and jobs, so tests (and the
// 30-day simulation) run on a settable clock. Times are epoch milliseconds (UTC).
export interface Clock {
  /** Current instant, epoch ms. */
  now(): number;
}
