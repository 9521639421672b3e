// A new API key secret: `tact_` + 32 random bytes in base64url (43 characters), 256 bits
// from the platform's CSPRNG. The prefix makes keys easy to spot in logs and secret scanners.
export const apiKeyPattern = /^tact_[A-Za-z0-9_-]{43}$/;

export const newApiKeySecret = (): string => {
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return `tact_${Buffer.from(bytes).toString('base64url')}`;
};

/** True for a string shaped like a key (checked before any lookup). */
export const looksLikeApiKey = (text: string): boolean => apiKeyPattern.test(text);
