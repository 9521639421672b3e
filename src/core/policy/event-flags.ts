// Facts about one history event relative to the proposed contact, as bits, computed
// once when the request is prepared so the history scan tests bits, not strings.
import type { Channel, ContactResult, Party } from '../model/decision-request.js';

export const EV_OUTBOUND = 1;
/** The event's person is the proposed contact's person. */
export const EV_RECIPIENT = 2;
/** Same address as the proposed contact. */
export const EV_SAME_TO = 4;
/** Channel call or voicemail. */
export const EV_CALL_CHANNEL = 8;
/** A call attempt that counts (not busy, not in service). */
export const EV_CALL_COUNTS = 16;
/** A telephone conversation (channel call, result conversation). */
export const EV_CONVERSATION = 32;
/** A connected call (channel call, answered or conversation). */
export const EV_CONNECTED = 64;
/** A text that counts against caps (not failed). */
export const EV_SMS_COUNTS = 128;
/** Made to the person as a third party. */
export const EV_THIRD_PARTY = 256;
/** Reached the third party (a communication: not unanswered/busy/not in service/failed/wrong party). */
export const EV_COMMUNICATION = 512;
/** An attempt that counts against contact caps (not failed/busy/not in service). */
export const EV_ATTEMPT = 1024;
export const EV_PURPOSE_REPLY = 2048;
export const EV_PURPOSE_OPT_OUT_CONFIRMATION = 4096;

export interface EventFacts {
  readonly outbound: boolean;
  readonly recipient: boolean;
  readonly sameTo: boolean;
  readonly channel: Channel;
  readonly result: ContactResult;
  readonly party: Party;
  readonly purpose: string | undefined;
}

export const eventFlags = (e: EventFacts): number => {
  const r = e.result;
  const call = e.channel === 'call' || e.channel === 'voicemail';
  const attempt = r !== 'failed' && r !== 'busy' && r !== 'not_in_service';
  let f = 0;
  if (e.outbound) f |= EV_OUTBOUND;
  if (e.recipient) f |= EV_RECIPIENT;
  if (e.sameTo) f |= EV_SAME_TO;
  if (call) f |= EV_CALL_CHANNEL;
  if (call && r !== 'busy' && r !== 'not_in_service') f |= EV_CALL_COUNTS;
  if (e.channel === 'call' && r === 'conversation') f |= EV_CONVERSATION;
  if (e.channel === 'call' && (r === 'answered' || r === 'conversation')) f |= EV_CONNECTED;
  if (e.channel === 'sms' && r !== 'failed') f |= EV_SMS_COUNTS;
  if (e.party === 'third_party') f |= EV_THIRD_PARTY;
  if (attempt && r !== 'unanswered' && r !== 'wrong_party') f |= EV_COMMUNICATION;
  if (attempt) f |= EV_ATTEMPT;
  if (e.purpose === 'reply') f |= EV_PURPOSE_REPLY;
  if (e.purpose === 'opt_out_confirmation') f |= EV_PURPOSE_OPT_OUT_CONFIRMATION;
  return f;
};
