// Reassembles UDH-concatenated segments (IEI 0x00 or 0x08) into whole messages. Used by
// the SMSC simulator for submit_sm and by the SMPP adapter for long MO replies. Parts
// are kept per key (sender, recipient, reference, total); incomplete sets expire.
import type { ConcatInfo } from './udh.js';

interface Pending<T> {
  readonly parts: (T | undefined)[];
  count: number;
  readonly startedAt: number;
}

export class ConcatAssembler<T> {
  private readonly pending = new Map<string, Pending<T>>();

  /** Returns all parts in order once the last one arrives, else null. A repeated part replaces the earlier one. */
  add(key: string, info: ConcatInfo, part: T, now: number): T[] | null {
    if (info.total < 1 || info.sequence < 1 || info.sequence > info.total) return [part];
    const k = `${key}|${info.reference}|${info.total}`;
    let entry = this.pending.get(k);
    if (entry === undefined) {
      entry = { parts: new Array<T | undefined>(info.total).fill(undefined), count: 0, startedAt: now };
      this.pending.set(k, entry);
    }
    if (entry.parts[info.sequence - 1] === undefined) entry.count += 1;
    entry.parts[info.sequence - 1] = part;
    if (entry.count < info.total) return null;
    this.pending.delete(k);
    return entry.parts as T[];
  }

  /** Drops sets older than `maxAgeMs`; returns how many were dropped. */
  sweep(now: number, maxAgeMs: number): number {
    let dropped = 0;
    for (const [k, entry] of this.pending) {
      if (now - entry.startedAt > maxAgeMs) {
        this.pending.delete(k);
        dropped += 1;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.pending.size;
  }
}
