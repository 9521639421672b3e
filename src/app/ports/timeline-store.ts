// Reads the account timeline needs beyond the outbox and the ledger: delivery receipts
// of the account's messages.
import type { MessageId, TenantId } from '../../core/model/ids.js';

export interface MessageReceipt {
  readonly messageId: MessageId;
  /** delivered | failed | undeliverable | expired | unknown. */
  readonly status: string;
  readonly errorCode?: string;
  /** Epoch ms UTC the receipt states. */
  readonly at: number;
}

export interface TimelineStore {
  /** Receipts applied to these messages, oldest first. */
  listMessageReceipts(tenant: TenantId, messages: readonly MessageId[]): Promise<readonly MessageReceipt[]>;
}
