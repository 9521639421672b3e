// Twilio webhooks → inbound events. One handler serves both kinds Twilio posts:
// - status callbacks (the StatusCallback URL): MessageSid + MessageStatus (+ ErrorCode);
// - incoming messages (the number's "A message comes in" URL): MessageSid, From, To, Body.
// It verifies X-Twilio-Signature first; an unsigned or wrongly signed request yields
// TACT_ERR_SMS_BAD_SIGNATURE and no event. The HTTP server (a later issue) and the
// adapter's own listener both call it.
import type { InboundEvent, ReceiptStatus } from '../../../app/ports/sms-transport.js';
import { failure, type TactFailure } from '../../../core/errors.js';
import { err, ok, type Result } from '../../../core/result.js';
import { type FormParams, verifyTwilioSignature } from './twilio-signature.js';

export interface TwilioCallbackRequest {
  /** The full URL Twilio requested (public scheme, host, port, path and query). */
  readonly url: string;
  /** Header names in lower case (node:http and Fastify give them so). */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The form-decoded POST body. */
  readonly body: FormParams;
}

/**
 * MessageStatus → receipt status. Final states only: queued, sending, sent, accepted,
 * scheduled are progress reports and produce no event (a receipt is a final state);
 * read, canceled and anything unknown map as below.
 */
const finalStatuses: Readonly<Record<string, ReceiptStatus>> = {
  delivered: 'delivered',
  read: 'delivered',
  undelivered: 'undeliverable',
  failed: 'failed',
  canceled: 'failed',
};
const progressStatuses = new Set(['queued', 'sending', 'sent', 'accepted', 'scheduled', 'receiving', 'received']);

const one = (v: string | readonly string[] | undefined): string | undefined => (typeof v === 'string' ? v : v?.[0]);

export const handleTwilioCallback = (
  authToken: string,
  request: TwilioCallbackRequest,
  now: Date,
): Result<readonly InboundEvent[], TactFailure> => {
  const signature = one(request.headers['x-twilio-signature']);
  if (!verifyTwilioSignature(authToken, request.url, request.body, signature)) {
    return err(failure('TACT_ERR_SMS_BAD_SIGNATURE', { path: 'X-Twilio-Signature' }));
  }
  const sid = one(request.body['MessageSid']) ?? one(request.body['SmsSid']);
  if (sid === undefined || sid === '') return err(failure('TACT_ERR_SMS_BAD_CALLBACK', { path: 'MessageSid' }));
  const status = one(request.body['MessageStatus']);
  // An incoming message carries Body (and at most SmsStatus/MessageStatus "received").
  const incoming = request.body['Body'] !== undefined && (status === undefined || status === 'received');
  if (!incoming && status !== undefined) {
    const mapped = finalStatuses[status];
    if (mapped === undefined) {
      // Progress reports are expected; an unheard-of status is kept as `unknown` rather than lost.
      return ok(progressStatuses.has(status) ? [] : [{ kind: 'receipt', providerId: sid, status: 'unknown', at: now.toISOString() }]);
    }
    const errorCode = one(request.body['ErrorCode']);
    return ok([
      {
        kind: 'receipt',
        providerId: sid,
        status: mapped,
        at: now.toISOString(),
        ...(errorCode === undefined || errorCode === '' ? {} : { errorCode }),
      },
    ]);
  }
  const from = one(request.body['From']);
  const to = one(request.body['To']);
  const text = one(request.body['Body']);
  if (from === undefined) return err(failure('TACT_ERR_SMS_BAD_CALLBACK', { path: 'From' }));
  if (to === undefined) return err(failure('TACT_ERR_SMS_BAD_CALLBACK', { path: 'To' }));
  if (text === undefined) return err(failure('TACT_ERR_SMS_BAD_CALLBACK', { path: 'Body' }));
  return ok([{ kind: 'reply', from, to, text, receivedAt: now.toISOString(), providerId: sid }]);
};
