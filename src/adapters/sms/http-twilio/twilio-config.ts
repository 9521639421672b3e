// Twilio settings. Credentials come from the environment (never a file in the repo):
//   TACT_TWILIO_ACCOUNT_SID, TACT_TWILIO_AUTH_TOKEN            required
//   TACT_TWILIO_FROM or TACT_TWILIO_MESSAGING_SERVICE_SID      one required
//   TACT_TWILIO_BASE_URL        default https://api.twilio.com (point it at a test server)
//   TACT_TWILIO_CALLBACK_URL    public URL of Tact's status callback, sent as StatusCallback
//   TACT_TWILIO_TIMEOUT_MS      request deadline, default 10000 ms
import { failure, type TactFailure } from '../../../core/errors.js';
import { err, ok, type Result } from '../../../core/result.js';

export interface TwilioConfig {
  readonly baseUrl: string;
  readonly accountSid: string;
  readonly authToken: string;
  /** Sender number or alphanumeric id; ignored when a messaging service is set. */
  readonly from?: string;
  readonly messagingServiceSid?: string;
  /** Sent as StatusCallback on every message; the adapter's own listener sets it when absent. */
  readonly statusCallbackUrl?: string;
  /** Deadline for Twilio's answer, milliseconds. */
  readonly timeoutMs: number;
}

export const defaultTwilioBaseUrl = 'https://api.twilio.com';

export const twilioConfigFromEnv = (
  env: Readonly<Record<string, string | undefined>>,
): Result<TwilioConfig, TactFailure> => {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const missing = (name: string) => err(failure('TACT_ERR_SMS_PROVIDER_CONFIG', { path: name }));
  const accountSid = get('TACT_TWILIO_ACCOUNT_SID');
  const authToken = get('TACT_TWILIO_AUTH_TOKEN');
  const from = get('TACT_TWILIO_FROM');
  const messagingServiceSid = get('TACT_TWILIO_MESSAGING_SERVICE_SID');
  const statusCallbackUrl = get('TACT_TWILIO_CALLBACK_URL');
  const timeout = get('TACT_TWILIO_TIMEOUT_MS');
  if (accountSid === undefined) return missing('TACT_TWILIO_ACCOUNT_SID');
  if (authToken === undefined) return missing('TACT_TWILIO_AUTH_TOKEN');
  if (from === undefined && messagingServiceSid === undefined) return missing('TACT_TWILIO_FROM');
  const timeoutMs = timeout === undefined ? 10_000 : Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) return missing('TACT_TWILIO_TIMEOUT_MS');
  const baseUrl = get('TACT_TWILIO_BASE_URL') ?? defaultTwilioBaseUrl;
  if (!URL.canParse(baseUrl)) return missing('TACT_TWILIO_BASE_URL');
  return ok({
    baseUrl,
    accountSid,
    authToken,
    timeoutMs,
    ...(from === undefined ? {} : { from }),
    ...(messagingServiceSid === undefined ? {} : { messagingServiceSid }),
    ...(statusCallbackUrl === undefined ? {} : { statusCallbackUrl }),
  });
};
