// The Cipher port on node:crypto. Three keys are derived from the 32-byte master key
// with HKDF-SHA256 (different `info` each), so the blind index and suppression hashes
// never reuse the encryption key. Sealed format, base64 of:
//   [key version: 1 byte][IV: 12 bytes][ciphertext][GCM tag: 16 bytes]
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { pooledRandomBytes } from './random-pool.js';
import type { Cipher } from '../../app/ports/cipher.js';
import { TactError } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';

/** Key version written in every sealed value; a key rotation adds version 2. */
const keyVersion = 1;
const ivBytes = 12;
const tagBytes = 16;

const derive = (master: Uint8Array, info: string): Buffer =>
  Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `tact/${info}`, 32));

export const createNodeCipher = (masterKey: Uint8Array): Cipher => {
  if (masterKey.length !== 32) throw new TactError('TACT_ERR_CONFIG_BAD_MASTER_KEY');
  const encKey = derive(masterKey, 'field-encryption/v1');
  const indexKey = derive(masterKey, 'blind-index/v1');
  const suppressionKey = derive(masterKey, 'suppression/v1');

  return {
    encrypt(plain, context) {
      const iv = pooledRandomBytes(ivBytes);
      const c = createCipheriv('aes-256-gcm', encKey, iv);
      c.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([Buffer.of(keyVersion), iv, body, c.getAuthTag()]).toString('base64');
    },
    decrypt(sealed, context) {
      const raw = Buffer.from(sealed, 'base64');
      if (raw.length < 1 + ivBytes + tagBytes || raw[0] !== keyVersion) {
        throw new TactError('TACT_ERR_STORE_DECRYPT_FAILED');
      }
      try {
        const d = createDecipheriv('aes-256-gcm', encKey, raw.subarray(1, 1 + ivBytes));
        d.setAAD(Buffer.from(context, 'utf8'));
        d.setAuthTag(raw.subarray(raw.length - tagBytes));
        return Buffer.concat([d.update(raw.subarray(1 + ivBytes, raw.length - tagBytes)), d.final()]).toString('utf8');
      } catch {
        throw new TactError('TACT_ERR_STORE_DECRYPT_FAILED');
      }
    },
    blindIndex(tenant: TenantId, value) {
      return createHmac('sha256', indexKey).update(`${tenant}\u0000${value}`, 'utf8').digest('base64url');
    },
    suppressionHash(tenantSalt, e164) {
      return createHmac('sha256', suppressionKey).update(`${tenantSalt}\u0000${e164}`, 'utf8').digest('base64url');
    },
    sha256Hex(text) {
      return createHash('sha256').update(text, 'utf8').digest('hex');
    },
    newSalt() {
      return randomBytes(32).toString('base64');
    },
  };
};
