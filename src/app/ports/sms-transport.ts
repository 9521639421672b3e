// The SMS transport port. Every adapter (SMPP, Twilio-style HTTP, Aliyun-style HTTP,
// in-process simulator) passes the same contract suite (test/contract/sms-transport).
// An adapter reads the other side's answer before it reports anything: it never
// invents a provider id and never reports success it did not receive.

export interface OutboundSms {
  /** Tact's message id; adapters pass it where the protocol allows (e.g. a reference). */
  readonly messageId: string;
  /** E.164 destination. */
  readonly to: string;
  /** Sender id / short code; adapter default when absent. */
  readonly from?: string;
  /** The whole rendered text, signature, code and footer included. */
  readonly text: string;
  /**
   * The Tact template the text was rendered from. Only providers that render
   * carrier-registered templates themselves (Aliyun: TemplateCode + TemplateParam) use
   * it; SMPP and Twilio send `text` and ignore it. (Optional field added for the HTTP
   * providers; the SMPP adapter needs no change.)
   */
  readonly template?: OutboundTemplate;
}

export interface OutboundTemplate {
  /** Tact template key, e.g. "reminder.dpd7". */
  readonly key: string;
  /** The values the renderer substituted, by Tact variable name. */
  readonly variables: Readonly<Record<string, string>>;
}

export type SendOutcome =
  | { readonly kind: 'accepted'; readonly providerId: string }
  | { readonly kind: 'rejected'; readonly permanent: boolean; readonly reason: string }
  | { readonly kind: 'transient'; readonly reason: string };

export const receiptStatuses = ['delivered', 'failed', 'undeliverable', 'expired', 'unknown'] as const;
export type ReceiptStatus = (typeof receiptStatuses)[number];

/** A mobile-originated reply. */
export interface InboundReply {
  readonly kind: 'reply';
  readonly from: string;
  readonly to: string;
  readonly text: string;
  /** ISO instant the transport received it. */
  readonly receivedAt: string;
  readonly providerId?: string;
}

/** A delivery receipt for an earlier accepted message. */
export interface DeliveryReceipt {
  readonly kind: 'receipt';
  readonly providerId: string;
  readonly status: ReceiptStatus;
  /** Provider or network error code, as given. */
  readonly errorCode?: string;
  /** ISO instant of the final state when the receipt says, else of receipt. */
  readonly at: string;
}

export type InboundEvent = InboundReply | DeliveryReceipt;

export interface SmsTransport {
  /** e.g. "smpp", "twilio", "aliyun", "simulator". */
  readonly name: string;
  send(message: OutboundSms): Promise<SendOutcome>;
  /** Registers the handler for replies and receipts; events before it are buffered. */
  onInbound(handler: (event: InboundEvent) => Promise<void> | void): void;
  close(): Promise<void>;
}
