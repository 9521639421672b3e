// A long message is several submit_sm, each with its own SMSC message_id, and an SMSC
// sends a receipt per segment. The message's providerId is its FIRST segment's id, so:
// - the first segment's receipt is reported under that id, with the worst state seen so
//   far for the message (any non-delivered segment state beats `delivered`);
// - other segments' receipts are swallowed, except a failure arriving after `delivered`
//   was already reported: then one corrective receipt with that state is reported.
// Receipts for ids we never tracked (single-segment messages, other processes, restarts)
// pass through unchanged. Tracking is bounded: the oldest groups go first.
import type { ReceiptStatus } from '../../../app/ports/sms-transport.js';

export interface SegmentGroup {
  first: string | undefined;
  worst: ReceiptStatus | undefined;
  reported: ReceiptStatus | undefined;
}

interface Entry {
  readonly group: SegmentGroup;
  readonly index: number;
}

export class SegmentReceipts {
  private readonly byId = new Map<string, Entry>();

  constructor(private readonly maxTrackedIds = 500_000) {}

  /** A new multi-segment message; its segments' ids are added as the SMSC accepts them. */
  group(): SegmentGroup {
    return { first: undefined, worst: undefined, reported: undefined };
  }

  /** Segment `index` (0-based) was accepted as `id`. Call before reading any later PDU. */
  accepted(group: SegmentGroup, index: number, id: string): void {
    if (index === 0) group.first = id;
    this.byId.set(id, { group, index });
    while (this.byId.size > this.maxTrackedIds) {
      const oldest = this.byId.keys().next().value as string;
      this.byId.delete(oldest);
    }
  }

  /** The (providerId, status) to report for a segment receipt, or null to swallow it. */
  onReceipt(id: string, status: ReceiptStatus): { readonly providerId: string; readonly status: ReceiptStatus } | null {
    const entry = this.byId.get(id);
    if (entry === undefined) return { providerId: id, status };
    this.byId.delete(id);
    const group = entry.group;
    if (status !== 'delivered' && (group.worst === undefined || group.worst === 'delivered')) group.worst = status;
    if (status === 'delivered' && group.worst === undefined) group.worst = status;
    if (group.first === undefined) return null; // first segment never accepted: no providerId to report under
    if (entry.index === 0) {
      group.reported = group.worst ?? status;
      return { providerId: group.first, status: group.reported };
    }
    if (group.reported === 'delivered' && status !== 'delivered') {
      group.reported = status;
      return { providerId: group.first, status };
    }
    return null;
  }
}
