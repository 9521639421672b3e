// The dispatcher (docs/dispatcher.md): claims due messages in short transactions,
// sends them with bounded concurrency, records the answers in batches. Claiming runs
// ahead of sending by at most one batch; answers are written every `flushEvery` results
// or when the pipeline drains. `stop()` (SIGTERM) stops claiming; in-flight sends finish
// and are recorded before `run` resolves.
import type { TenantId } from '../../core/model/ids.js';
import type { Clock } from '../ports/clock.js';
import type { SendResult } from '../ports/dispatch-store.js';
import type { Logger } from '../ports/logger.js';
import { isProviderOptOut } from '../ports/sms-provider-opt-out.js';
import type { SmsTransport } from '../ports/sms-transport.js';
import type { Store } from '../ports/store.js';
import { claimBatch, type Claimed } from './claim-batch.js';
import type { Redecide } from './redecide.js';
import { defaultRetryPolicy, sendResultFor, type RetryPolicy } from './send-outcome.js';

export interface DispatcherDeps {
  readonly store: Store;
  readonly transport: SmsTransport;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly redecide: Redecide;
  /** Runs in the transaction that records accepted ids (e.g. apply receipts that came first). */
  readonly afterAccepted?: (tx: Store, tenant: TenantId, providerIds: readonly string[]) => Promise<void>;
  /** Real-time waits (poll pauses); tests may pass an instant one. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface DispatcherOptions {
  readonly tenant: TenantId;
  /** This process's worker id (journal `worker`). */
  readonly worker: string;
  /** Sends in flight at most. [32] */
  readonly concurrency?: number;
  /**
   * Messages per claim transaction. [= concurrency] A crash leaves at most this many
   * claimed-but-unsent messages, which become `unknown` (nothing proves they did not leave).
   */
  readonly batchSize?: number;
  /** Results per recording transaction. [200] */
  readonly flushEvery?: number;
  /** Longest a result waits to be recorded, ms (real time). [50] */
  readonly flushMs?: number;
  readonly retry?: RetryPolicy;
  /** A `sending` message claimed longer ago than this belongs to a dead worker, ms. [300 000] */
  readonly leaseMs?: number;
  /** Pause when nothing is due, ms (run mode). [1000] */
  readonly pollMs?: number;
}

export interface DispatchCounts {
  claimed: number;
  settled: number;
  sent: number;
  failed: number;
  retried: number;
  unknown: number;
  reconciledSent: number;
  reconciledUnknown: number;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class Dispatcher {
  readonly counts: DispatchCounts = { claimed: 0, settled: 0, sent: 0, failed: 0, retried: 0, unknown: 0, reconciledSent: 0, reconciledUnknown: 0 };
  #stopped = false;
  #inflight = 0;
  #waiters: (() => void)[] = [];
  #results: SendResult[] = [];
  #acceptedIds: string[] = [];
  #flushing: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #o: Required<Omit<DispatcherOptions, 'tenant' | 'worker'>> & Pick<DispatcherOptions, 'tenant' | 'worker'>;

  constructor(private readonly deps: DispatcherDeps, options: DispatcherOptions) {
    this.#o = {
      concurrency: 32, flushEvery: 200, flushMs: 50, retry: defaultRetryPolicy, leaseMs: 300_000, pollMs: 1000,
      ...options,
      batchSize: options.batchSize ?? options.concurrency ?? 32,
    };
  }

  /** Stop claiming; `run` resolves once in-flight sends are recorded. */
  stop(): void {
    this.#stopped = true;
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Marks dead workers' `sending` messages sent (accepted id recorded) or unknown. */
  async reconcile(): Promise<void> {
    const now = this.deps.clock.now();
    const r = await this.deps.store.reconcileExpired(this.#o.tenant, now - this.#o.leaseMs, now);
    this.counts.reconciledSent += r.sent;
    this.counts.reconciledUnknown += r.unknown;
    if (r.sent + r.unknown > 0) this.deps.logger.warn({ tenant: this.#o.tenant, ...r }, 'reconciled expired claims');
  }

  /**
   * once=true: until nothing is due now (then drains and returns); once=false: until
   * stop(). Reconciles expired claims at start and every lease/2 in run mode.
   */
  async run(once: boolean): Promise<DispatchCounts> {
    const sleep = this.deps.sleep ?? realSleep;
    await this.reconcile();
    let lastReconcile = this.deps.clock.now();
    while (!this.#stopped) {
      if (!once && this.deps.clock.now() - lastReconcile > this.#o.leaseMs / 2) {
        await this.reconcile();
        lastReconcile = this.deps.clock.now();
      }
      // One event-loop turn first: the transport takes the sends just handed to it (and
      // this thread reads the answers that came in) before the claim keeps it busy.
      await new Promise<void>((r) => setImmediate(r));
      const { toSend, settled } = await claimBatch(
        this.deps.store, this.deps.redecide, this.#o.tenant, this.#o.worker, this.deps.clock.now(), this.#o.batchSize,
      );
      this.counts.claimed += toSend.length + settled;
      this.counts.settled += settled;
      if (toSend.length === 0 && settled === 0) {
        // Nothing claimable: done in once mode unless other workers still hold due rows.
        if (once && (await this.deps.store.countDue(this.#o.tenant, this.deps.clock.now())) === 0) break;
        if (once) {
          await sleep(Math.min(50, this.#o.pollMs));
          continue;
        }
        await this.#flush();
        await sleep(this.#o.pollMs);
        continue;
      }
      for (const item of toSend) {
        while (this.#inflight >= this.#o.concurrency) await new Promise<void>((r) => this.#waiters.push(r));
        this.#inflight += 1;
        void this.#sendOne(item);
      }
    }
    while (this.#inflight > 0) await new Promise<void>((r) => this.#waiters.push(r));
    await this.#flush();
    return this.counts;
  }

  async #sendOne(item: Claimed): Promise<void> {
    const m = item.message;
    let result: SendResult;
    try {
      const outcome = await this.deps.transport.send({ messageId: m.id, to: m.to ?? '', text: m.body ?? '' });
      result = sendResultFor(m.id, item.attempt, outcome, this.deps.clock.now(), this.#o.retry);
      if (isProviderOptOut(outcome) && m.to !== undefined) {
        await this.deps.store.addSuppression(this.#o.tenant, { phoneE164: m.to, reason: 'opt_out' }, 'dispatcher');
      }
    } catch (e) {
      // A transport that throws gives no answer: nothing proves the message did not leave.
      this.deps.logger.error({ tenant: this.#o.tenant, messageId: m.id, error: String(e) }, 'transport send threw');
      result = { messageId: m.id, attempt: item.attempt, outcome: 'maybe_accepted', reason: 'transport error', state: 'unknown' };
    }
    this.#count(result);
    this.#results.push(result);
    if (result.providerId !== undefined) this.#acceptedIds.push(result.providerId);
    if (this.#results.length >= this.#o.flushEvery) void this.#flush();
    else this.#timer ??= setTimeout(() => void this.#flush(), this.#o.flushMs);
    this.#inflight -= 1;
    this.#waiters.shift()?.();
  }

  #count(r: SendResult): void {
    if (r.state === 'sent') this.counts.sent += 1;
    else if (r.state === 'failed') this.counts.failed += 1;
    else if (r.state === 'planned') this.counts.retried += 1;
    else this.counts.unknown += 1;
  }

  /** Writes buffered results in one transaction; flushes run one after another. */
  #flush(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const next = this.#flushing.then(async () => {
      const results = this.#results.splice(0);
      const accepted = this.#acceptedIds.splice(0);
      if (results.length === 0) return;
      const { tenant } = this.#o;
      await this.deps.store.transaction(async (tx) => {
        await tx.recordSendResults(tenant, results, this.deps.clock.now());
        if (accepted.length > 0 && this.deps.afterAccepted !== undefined) await this.deps.afterAccepted(tx, tenant, accepted);
      });
    });
    this.#flushing = next.catch((e: unknown) => {
      this.deps.logger.error({ tenant: this.#o.tenant, error: String(e) }, 'recording send results failed');
    });
    return this.#flushing;
  }
}
