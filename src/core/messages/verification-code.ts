// Verification codes: 8 Crockford base32 characters = 40 random bits. The bytes come
// from the CodeGenerator port (node:crypto in production); a code is never derived from
// an id. Recipients type it on the portal's /v/CODE page to check a message is genuine.

export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const codeLength = 8;
/** Random bytes one code consumes: 5 bytes = 40 bits = 8 × 5-bit characters. */
export const codeBytes = 5;

/** Formats 5 random bytes as 8 Crockford characters. Throws on another length (a bug). */
export const formatVerificationCode = (bytes: Uint8Array): string => {
  if (bytes.length !== codeBytes) throw new RangeError(`a verification code takes ${codeBytes} bytes`);
  // The 40 bits as two 20-bit halves (plain numbers: no BigInt per code), 4 characters each.
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0] = bytes;
  const high = (b0 << 12) | (b1 << 4) | (b2 >> 4);
  const low = ((b2 & 15) << 16) | (b3 << 8) | b4;
  let out = '';
  for (let shift = 15; shift >= 0; shift -= 5) out += crockfordAlphabet[(high >> shift) & 31];
  for (let shift = 15; shift >= 0; shift -= 5) out += crockfordAlphabet[(low >> shift) & 31];
  return out;
};

/**
 * What a person typed, as a canonical code: NFKC (full-width letters), upper case,
 * spaces and hyphens removed, O→0, I and L→1 (Crockford's reading rules).
 * The result may still be malformed; check with isWellFormedCode.
 */
export const normaliseCode = (input: string): string =>
  input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

const wellFormed = /^[0-9A-HJKMNP-TV-Z]{8}$/;

/** True when the input, once normalised, is 8 Crockford characters. */
export const isWellFormedCode = (input: string): boolean => wellFormed.test(normaliseCode(input));

/** How a code is shown in a message: two groups of four, easier to read and type. */
export const displayCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
