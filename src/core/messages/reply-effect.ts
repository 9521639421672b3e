// What an inbound reply or a delivery receipt should change — the pure half of "replies
// and receipts take effect". The use case that owns the store records the inbound item
// in the contact ledger first, then applies this effect before the next send to the
// number. Every reply is kept; only the effect differs.
import type { ReplyClass } from './classify-reply.js';
import type { Audience } from './template.js';

export type ReplyEffect =
  /** Opt the number out of SMS for the tenant, for every account. One confirmation only. */
  | { readonly action: 'opt_out'; readonly channel: 'sms'; readonly sendConfirmation: boolean; readonly templateKey: 'optout.confirmation' }
  /** Answer with the help text (carriers require HELP to be answered, opted out or not). */
  | { readonly action: 'send_help'; readonly templateKey: 'help.reply' }
  /** The contact agreed to be an emergency contact for this account. */
  | { readonly action: 'confirm_contact' }
  /** The contact refused: record the refusal and suppress the number for this account. */
  | { readonly action: 'refuse_contact'; readonly suppressForAccount: true }
  /** The number reaches someone else: record it and suppress it for this account. */
  | { readonly action: 'mark_wrong_number'; readonly suppressForAccount: true; readonly review: boolean }
  /** Nothing changes; an agent reads it. */
  | { readonly action: 'keep_for_agent' };

export interface ReplyFacts {
  /** Who the number belongs to for the account the last message was about. */
  readonly audience: Audience;
  /** The number was already opted out before this reply (a second STOP): no second confirmation. */
  readonly alreadyOptedOut: boolean;
}

export const replyEffect = (reply: ReplyClass, facts: ReplyFacts): ReplyEffect => {
  switch (reply.kind) {
    case 'opt_out':
      return { action: 'opt_out', channel: 'sms', sendConfirmation: !facts.alreadyOptedOut, templateKey: 'optout.confirmation' };
    case 'help':
      return { action: 'send_help', templateKey: 'help.reply' };
    case 'confirm':
      // classifyReply gives `confirm` only while a consent request is open.
      return facts.audience === 'third_party' ? { action: 'confirm_contact' } : { action: 'keep_for_agent' };
    case 'refuse':
      // From a contact, a refusal. From the borrower's number, "不是 / No" most often means
      // "not me": treated as a wrong number, suppressed, and flagged for an agent to review.
      return facts.audience === 'third_party'
        ? { action: 'refuse_contact', suppressForAccount: true }
        : { action: 'mark_wrong_number', suppressForAccount: true, review: true };
    case 'wrong_number':
      return { action: 'mark_wrong_number', suppressForAccount: true, review: facts.audience === 'borrower' };
    case 'unknown':
      return { action: 'keep_for_agent' };
  }
};

/** Receipt statuses as transports report them (mirrors the SmsTransport port). */
export type ReceiptStatusValue = 'delivered' | 'failed' | 'undeliverable' | 'expired' | 'unknown';

/**
 * The outbox state a delivery receipt moves a sent message to, or null when the receipt
 * says nothing final (the message keeps its state; the receipt is still stored).
 * An expired message was never delivered: it is `failed`, retryable by policy.
 */
export const messageStateForReceipt = (status: ReceiptStatusValue): 'delivered' | 'failed' | 'undeliverable' | null => {
  switch (status) {
    case 'delivered':
      return 'delivered';
    case 'failed':
    case 'expired':
      return 'failed';
    case 'undeliverable':
      return 'undeliverable';
    case 'unknown':
      return null;
  }
};
