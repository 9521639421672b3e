// A number as the portal may show it to anyone holding a verification code:
// "+86 138****5678" — country code, the first 3 and last 4 national digits, the rest
// starred (shorter national numbers keep 2 + 2). Never more than 7 digits of it shown.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

// Parsing with the full metadata costs ~0.1 ms; a page shows one number, a verification
// burst shows the same few again and again: keep the last 10,000 answers, until the
// store forgets them (forgetMaskedNumbers: an erasure, and every few minutes) — the keys
// are numbers in clear.
const memo = new Map<string, string>();

/** Drops every kept answer (their keys are numbers in clear): called on erasure. */
export const forgetMaskedNumbers = (): void => {
  memo.clear();
};

export const maskPhone = (e164: string): string => {
  const hit = memo.get(e164);
  if (hit !== undefined) return hit;
  const masked = mask(e164);
  if (memo.size >= 10_000) memo.clear();
  memo.set(e164, masked);
  return masked;
};

const mask = (e164: string): string => {
  const p = parsePhoneNumberFromString(e164);
  const cc = p?.countryCallingCode ?? '';
  const national = p?.nationalNumber ?? e164.replace(/\D/g, '');
  const keepHead = national.length >= 9 ? 3 : 2;
  const keepTail = national.length >= 9 ? 4 : 2;
  if (national.length <= keepHead + keepTail) return `${cc === '' ? '' : `+${cc} `}${'*'.repeat(national.length)}`;
  const stars = '*'.repeat(national.length - keepHead - keepTail);
  return `${cc === '' ? '' : `+${cc} `}${national.slice(0, keepHead)}${stars}${national.slice(-keepTail)}`;
};
