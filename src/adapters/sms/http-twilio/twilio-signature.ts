// X-Twilio-Signature (Twilio "Webhooks security"): base64(HMAC-SHA1(authToken,
// fullUrl + each POST parameter as name+value, sorted by name)). The URL is the exact
// URL Twilio requested, query string included. Comparison is constant-time.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** POST parameters as received; a repeated name keeps every value in order. */
export type FormParams = Readonly<Record<string, string | readonly string[]>>;

/** The string Twilio signs: the URL, then name+value for every parameter, sorted by name. */
export const twilioSignedString = (url: string, params: FormParams): string => {
  let signed = url;
  // Sort by UTF-16 code units, as Twilio's own helpers do (names are ASCII in practice).
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    const values = typeof value === 'string' ? [value] : [...(value ?? [])];
    for (const v of values) signed += name + v;
  }
  return signed;
};

export const twilioSignature = (authToken: string, url: string, params: FormParams): string =>
  createHmac('sha1', authToken).update(twilioSignedString(url, params), 'utf8').digest('base64');

export const verifyTwilioSignature = (
  authToken: string,
  url: string,
  params: FormParams,
  header: string | undefined,
): boolean => {
  if (header === undefined || header === '') return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params), 'utf8');
  const given = Buffer.from(header, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
};

/** Parses an application/x-www-form-urlencoded body, keeping repeated names. */
export const parseForm = (body: string): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const prior = out[name];
    if (prior === undefined) out[name] = value;
    else out[name] = typeof prior === 'string' ? [prior, value] : [...prior, value];
  }
  return out;
};
