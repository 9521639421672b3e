// Field encryption and keyed hashes for personal data at rest. Synchronous: node:crypto
// does these in microseconds and the import calls them millions of times.
import type { TenantId } from '../../core/model/ids.js';

export interface Cipher {
  /**
   * AES-256-GCM with a random 96-bit IV; the result is self-describing text
   * (key version, IV, ciphertext, tag). `context` (e.g. "tenant/people.phone") is bound
   * as associated data, so a value copied to another row or tenant fails to decrypt.
   */
  encrypt(plain: string, context: string): string;
  /** Throws TactError TACT_ERR_STORE_DECRYPT_FAILED on a wrong key or altered value. */
  decrypt(sealed: string, context: string): string;
  /** HMAC-SHA256 blind index for lookups (separate HKDF-derived key), per tenant. */
  blindIndex(tenant: TenantId, value: string): string;
  /** Keyed hash over the tenant's random salt and the number: suppression and erasure. */
  suppressionHash(tenantSalt: string, e164: string): string;
  /** Hex SHA-256 (the audit chain). */
  sha256Hex(text: string): string;
  /** A new random tenant salt (base64). */
  newSalt(): string;
}
