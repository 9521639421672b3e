// Reads Twilio's answer to POST .../Messages.json into a SendOutcome. Only a 2xx answer
// that names a message sid is an acceptance: the id is Twilio's, never ours.
// Reasons carry Twilio's error code and our own words — never Twilio's message text,
// which quotes the destination number.
import type { SendOutcome } from '../../../app/ports/sms-transport.js';
import { providerOptOutReason } from '../../../app/ports/sms-provider-opt-out.js';
import type { HttpAnswer } from '../http-client.js';

/**
 * Twilio error codes that refuse one destination for good (docs: twilio.com/docs/api/errors).
 * 21610 is the provider-side opt-out (the person texted STOP to the sender).
 */
const permanentCodes: Readonly<Record<number, string>> = {
  21211: "invalid 'To' number",
  21214: "'To' number cannot be reached",
  21265: "'To' number is a short code",
  21408: 'region not enabled for this account',
  21606: "'From' number cannot send to this destination",
  21612: "'To' number unreachable from this sender",
  21614: "'To' number is not a mobile number",
  21617: 'body exceeds the maximum length',
  21635: "'To' number cannot receive messages",
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const readJson = (body: string): Record<string, unknown> | undefined => {
  try {
    const parsed: unknown = JSON.parse(body);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

export const twilioOutcome = (answer: HttpAnswer): SendOutcome => {
  if (answer.kind === 'timeout') return { kind: 'transient', reason: 'twilio: no answer before the deadline' };
  if (answer.kind === 'network') return { kind: 'transient', reason: `twilio: network error (${answer.reason})` };
  const json = readJson(answer.body);
  const status = answer.status;
  if (status >= 200 && status < 300) {
    const sid = json?.['sid'];
    if (typeof sid === 'string' && sid !== '') return { kind: 'accepted', providerId: sid };
    // Twilio said yes without an id we can trust: we cannot track it, and we do not invent one.
    return { kind: 'transient', reason: `twilio: HTTP ${status} without a message sid` };
  }
  const code = typeof json?.['code'] === 'number' ? json['code'] : undefined;
  if (code === 21610) return { kind: 'rejected', permanent: true, reason: providerOptOutReason('twilio 21610: recipient unsubscribed (replied STOP)') };
  if (code !== undefined && permanentCodes[code] !== undefined) {
    return { kind: 'rejected', permanent: true, reason: `twilio ${code}: ${permanentCodes[code]}` };
  }
  // 429 (20429 too many requests), 5xx: try again later. 401/403 (20003 authentication)
  // and 404 (20404: wrong AccountSid or base URL) are configuration faults, not the
  // message's: transient, so messages are not burned while an operator fixes them.
  if (status === 429 || status >= 500 || status === 401 || status === 403 || status === 404) {
    return { kind: 'transient', reason: `twilio: HTTP ${status}${code === undefined ? '' : ` code ${code}`}` };
  }
  // Any other 4xx is a request Twilio will never take as sent (missing parameter, bad sender…).
  return { kind: 'rejected', permanent: true, reason: `twilio: HTTP ${status}${code === undefined ? '' : ` code ${code}`}` };
};
