// Row shapes of the tables migration 0007 adds (receipts and agent reviews). Kept
// beside schema.ts and joined with `db.withTables<InboundTables>()` by the inbound queries (type aliases,
// not interfaces: withTables needs an index-signature-compatible shape).

type Nullable<T> = T | null;

export type DeliveryReceiptsTable = {
  tenant_id: string;
  receipt_id: string;
  provider_id: string;
  /** Transport status: delivered | failed | undeliverable | expired | unknown. */
  status: string;
  error_code: Nullable<string>;
  /** Epoch ms of the final state as the receipt says. */
  at: number;
  /** Null while no message carries the provider id (an orphan). */
  message_id: Nullable<string>;
  applied_at: Nullable<number>;
  created_at: number;
};

export type InboundReviewsTable = {
  tenant_id: string;
  /** contact_events.event_id of the inbound reply. */
  event_id: string;
  reason: string;
  created_at: number;
  resolved_at: Nullable<number>;
};

export type InboundTables = {
  delivery_receipts: DeliveryReceiptsTable;
  inbound_reviews: InboundReviewsTable;
};
