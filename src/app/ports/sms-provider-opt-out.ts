// A provider may refuse a message because the recipient opted out with the provider
// itself (Twilio error 21610 after the person texted STOP to the provider's number).
// The dispatcher must record that as an opt-out, not only as a failed send. The port's
// `rejected` outcome carries it by convention: permanent, with a reason that starts
// with `providerOptOutPrefix`. Any adapter that learns of a provider-side opt-out uses
// this prefix (SMPP has no standard status for it; the HTTP adapters do).
import type { SendOutcome } from './sms-transport.js';

export const providerOptOutPrefix = 'opt-out:';

/** The reason to put in a `rejected` outcome for a provider-side opt-out. */
export const providerOptOutReason = (detail: string): string => `${providerOptOutPrefix} ${detail}`;

export const isProviderOptOut = (outcome: SendOutcome): boolean =>
  outcome.kind === 'rejected' && outcome.permanent && outcome.reason.startsWith(providerOptOutPrefix);
