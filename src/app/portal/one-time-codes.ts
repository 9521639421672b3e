// One-time codes sent to a number (docs/portal.md, "One-time codes"): 6 digits, stored
// only as a keyed hash, valid 5 minutes, 5 attempts, one new code a minute per number and
// purpose. The send outcome is read, not assumed: only `accepted` counts as sent.
import type { Clock } from '../ports/clock.js';
import type { Logger } from '../ports/logger.js';
import type { OtpPurpose, OtpVerdict } from '../ports/portal-store.js';
import type { SmsTransport } from '../ports/sms-transport.js';
import type { Store } from '../ports/store.js';

export const otpRules = { digits: 6, ttlMs: 5 * 60_000, maxAttempts: 5, resendAfterMs: 60_000 } as const;

export interface OtpDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly transport: SmsTransport | undefined;
  /** `otpRules.digits` random decimal digits (node:crypto in production). */
  readonly newCode: () => string;
  /** A fresh id for the transport's message reference. */
  readonly newId: () => string;
}

export interface OtpRequest {
  readonly purpose: OtpPurpose;
  readonly phoneE164: string;
  /** Tenant id for access/erasure; '' for sign-in. */
  readonly scope: string;
  readonly text: (code: string) => string;
}

export type OtpSendOutcome = 'sent' | 'throttled' | 'failed' | 'unavailable';

export const sendOneTimeCode = async (deps: OtpDeps, r: OtpRequest): Promise<OtpSendOutcome> => {
  if (deps.transport === undefined) return 'unavailable';
  const code = deps.newCode();
  const issued = await deps.store.issueOtp({
    purpose: r.purpose, phoneE164: r.phoneE164, scope: r.scope, code, now: deps.clock.now(), ttlMs: otpRules.ttlMs, resendAfterMs: otpRules.resendAfterMs,
  });
  if (issued === 'throttled') return 'throttled';
  try {
    const outcome = await deps.transport.send({ messageId: `otp-${deps.newId()}`, to: r.phoneE164, text: r.text(code) });
    if (outcome.kind === 'accepted') return 'sent';
    deps.logger.warn({ purpose: r.purpose, outcome: outcome.kind, reason: outcome.reason }, 'one-time code not accepted by the SMS provider');
    return 'failed';
  } catch (e) {
    deps.logger.warn({ purpose: r.purpose, error: e instanceof Error ? e.message : String(e) }, 'one-time code send failed');
    return 'failed';
  }
};

export const checkOneTimeCode = (deps: Pick<OtpDeps, 'store' | 'clock'>, r: Omit<OtpRequest, 'text'> & { readonly code: string }): Promise<OtpVerdict> =>
  /^\d{6}$/.test(r.code)
    ? deps.store.checkOtp({ purpose: r.purpose, phoneE164: r.phoneE164, scope: r.scope, code: r.code, now: deps.clock.now(), maxAttempts: otpRules.maxAttempts })
    : Promise.resolve('wrong');
