// The window of in-flight submit_sm and the queue behind it. At most `window` submits
// await their submit_sm_resp; the rest wait in FIFO order. ESME_RTHROTTLED/ESME_RMSGQFUL
// halve the window (at most once per pause), pause sending for a jittered backoff, and
// put the submit back at the head of the queue; after `maxThrottleRetries` it is reported
// transient. Each accepted submit grows the window again by 1/window (AIMD), up to the max.
import type { PduFields } from 'smpp';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import { classifyStatus, describeStatus } from './command-status.js';
import { connectionLostReason, notBoundReason, responseTimeoutReason } from './outcome-reasons.js';

export type SegmentOutcome =
  | { readonly kind: 'accepted'; readonly providerId: string }
  | { readonly kind: 'rejected'; readonly permanent: boolean; readonly reason: string }
  | { readonly kind: 'transient'; readonly reason: string; readonly maybeSent: boolean };

/** Sends one submit_sm; returns false when the connection cannot take it now. */
export type SubmitSender = (fields: PduFields, onResponse: (status: number, messageId: string | undefined) => void) => boolean;

interface Job {
  readonly fields: PduFields;
  readonly resolve: (outcome: SegmentOutcome) => void;
  /** Runs synchronously with the submit_sm_resp, before any later PDU (e.g. its receipt) is read. */
  readonly onAccepted: ((providerId: string) => void) | undefined;
  readonly queuedAt: number;
  throttled: number;
  sentAt: number;
  done: boolean;
}

export interface WindowOptions {
  readonly maxWindow: number;
  readonly throttleBackoff: BackoffPolicy;
  readonly maxThrottleRetries: number;
  readonly responseTimeoutMs: number;
  readonly queueTimeoutMs: number;
}

export class SubmitWindow {
  private readonly queue: Job[] = [];
  private head = 0;
  private readonly retries: Job[] = [];
  private readonly inflight = new Set<Job>();
  private sender: SubmitSender | undefined;
  private window: number;
  private pausedUntil = 0;
  private pauseTimer: NodeJS.Timeout | undefined;
  private throttleStreak = 0;

  constructor(private readonly options: WindowOptions) {
    this.window = options.maxWindow;
  }

  get inFlight(): number {
    return this.inflight.size;
  }

  get queued(): number {
    return this.queue.length - this.head + this.retries.length;
  }

  get currentWindow(): number {
    return Math.floor(this.window);
  }

  submit(fields: PduFields, onAccepted?: (providerId: string) => void): Promise<SegmentOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ fields, resolve, onAccepted, queuedAt: Date.now(), throttled: 0, sentAt: 0, done: false });
      this.pump();
    });
  }

  /** A bound session takes over sending (or none: queue until one is bound). */
  attach(sender: SubmitSender | undefined): void {
    this.sender = sender;
    this.pump();
  }

  /** The connection is gone: every submit awaiting its response may or may not have been accepted. */
  connectionLost(): void {
    this.sender = undefined;
    for (const job of this.inflight) this.finish(job, { kind: 'transient', reason: connectionLostReason, maybeSent: true });
    this.inflight.clear();
  }

  /** Resolves queued submits with `outcome` (on close); in-flight ones are left to their responses. */
  drainQueue(outcome: SegmentOutcome): void {
    for (const job of this.retries.splice(0)) this.finish(job, outcome);
    for (let i = this.head; i < this.queue.length; i += 1) this.finish(this.queue[i] as Job, outcome);
    this.queue.length = 0;
    this.head = 0;
  }

  /** Called about once a second: response and queue time-outs. */
  sweep(now: number): void {
    for (const job of this.inflight) {
      if (now - job.sentAt > this.options.responseTimeoutMs) {
        this.inflight.delete(job);
        const reason = responseTimeoutReason(this.options.responseTimeoutMs);
        this.finish(job, { kind: 'transient', reason, maybeSent: true });
      }
    }
    if (this.sender !== undefined) return;
    const limit = this.options.queueTimeoutMs;
    const expired = (job: Job): boolean => now - job.queuedAt > limit;
    const outcome: SegmentOutcome = { kind: 'transient', reason: notBoundReason(limit), maybeSent: false };
    for (const job of this.retries) if (expired(job)) this.finish(job, outcome);
    for (let i = this.head; i < this.queue.length; i += 1) {
      const job = this.queue[i] as Job;
      if (expired(job)) this.finish(job, outcome);
    }
  }

  pump(): void {
    const sender = this.sender;
    if (sender === undefined || this.pauseTimer !== undefined) return;
    while (this.inflight.size < this.window) {
      let job: Job | undefined;
      if (this.retries.length > 0) job = this.retries.shift();
      else if (this.head < this.queue.length) job = this.queue[this.head++];
      if (job === undefined) break;
      if (job.done) continue;
      job.sentAt = Date.now();
      this.inflight.add(job);
      if (!sender(job.fields, (status, id) => this.onResponse(job, status, id))) {
        this.inflight.delete(job);
        this.retries.unshift(job);
        break;
      }
    }
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
  }

  private onResponse(job: Job, status: number, messageId: string | undefined): void {
    if (!this.inflight.delete(job) || job.done) return;
    const kind = classifyStatus(status);
    if (kind === 'throttle') {
      job.throttled += 1;
      if (job.throttled > this.options.maxThrottleRetries) {
        const reason = `${describeStatus(status)} ${job.throttled} times; not sent`;
        this.finish(job, { kind: 'transient', reason, maybeSent: false });
      } else {
        this.retries.push(job);
        this.slowDown();
      }
    } else if (kind === 'ok') {
      this.throttleStreak = 0;
      this.window = Math.min(this.options.maxWindow, this.window + 1 / this.window);
      if (messageId === undefined || messageId === '') {
        const reason = `SMSC answered ESME_ROK without a message_id; may or may not have been accepted`;
        this.finish(job, { kind: 'transient', reason, maybeSent: true });
      } else {
        job.onAccepted?.(messageId);
        this.finish(job, { kind: 'accepted', providerId: messageId });
      }
    } else if (kind === 'transient') {
      this.finish(job, { kind: 'transient', reason: `${describeStatus(status)}; not sent`, maybeSent: false });
    } else {
      this.finish(job, { kind: 'rejected', permanent: kind === 'permanent', reason: describeStatus(status) });
    }
    this.pump();
  }

  private slowDown(): void {
    const now = Date.now();
    if (now < this.pausedUntil) return;
    this.window = Math.max(1, Math.floor(this.window / 2));
    const delay = backoffDelay(this.options.throttleBackoff, this.throttleStreak);
    this.throttleStreak += 1;
    this.pausedUntil = now + delay;
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = undefined;
      this.pump();
    }, delay);
  }

  private finish(job: Job, outcome: SegmentOutcome): void {
    if (job.done) return;
    job.done = true;
    job.resolve(outcome);
  }

  stop(): void {
    if (this.pauseTimer !== undefined) clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
  }
}
