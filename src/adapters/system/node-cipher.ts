// The Cipher port on node:crypto. Three keys are derived from the 32-byte master key
// with HKDF-SHA256 (different `info` each), so the blind index and suppression hashes
// never reuse the encryption key. Sealed format, base64 of:
//   [key version: 1 byte][IV: 12 bytes][ciphertext][GCM tag: 16 bytes]
import { createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { pooledRandomBytes } from './random-pool.js';
import type { Cipher } from '../../app/ports/cipher.js';
import { TactError } from '../../core/errors.js';
import type { TenantId } from '../../core/model/ids.js';

/** Key version written in every sealed value; a key rotation adds version 2. */
const keyVersion = 1;
const ivBytes = 12;
const tagBytes = 16;

// KeyObjects, not Buffers: node:crypto imports a Buffer key on every call otherwise,
// and the import seals and hashes millions of values.
const derive = (master: Uint8Array, info: string): KeyObject =>
  createSecretKey(Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `tact/${info}`, 32)));

/** Associated-data bytes per context string ("tenant/column"): few distinct, used millions of times. */
const aadCache = (limit = 1024): ((context: string) => Buffer) => {
  const cache = new Map<string, Buffer>();
  return (context) => {
    let b = cache.get(context);
    if (b === undefined) {
      if (cache.size >= limit) cache.clear();
      b = Buffer.from(context, 'utf8');
      cache.set(context, b);
    }
    return b;
  };
};

export const createNodeCipher = (masterKey: Uint8Array): Cipher => {
  if (masterKey.length !== 32) throw new TactError('TACT_ERR_CONFIG_BAD_MASTER_KEY');
  const encKey = derive(masterKey, 'field-encryption/v1');
  const indexKey = derive(masterKey, 'blind-index/v1');
  const suppressionKey = derive(masterKey, 'suppression/v1');
  const aad = aadCache();

  return {
    encrypt(plain, context) {
      // One output buffer (GCM ciphertext is as long as the plaintext): no concatenations.
      const length = Buffer.byteLength(plain, 'utf8');
      const out = Buffer.allocUnsafe(1 + ivBytes + length + tagBytes);
      out[0] = keyVersion;
      pooledRandomBytes(ivBytes).copy(out, 1);
      const c = createCipheriv('aes-256-gcm', encKey, out.subarray(1, 1 + ivBytes));
      c.setAAD(aad(context));
      let at = 1 + ivBytes;
      at += c.update(plain, 'utf8').copy(out, at);
      at += c.final().copy(out, at);
      c.getAuthTag().copy(out, at);
      return out.subarray(0, at + tagBytes).toString('base64');
    },
    decrypt(sealed, context) {
      const raw = Buffer.from(sealed, 'base64');
      if (raw.length < 1 + ivBytes + tagBytes || raw[0] !== keyVersion) {
        throw new TactError('TACT_ERR_STORE_DECRYPT_FAILED');
      }
      try {
        const d = createDecipheriv('aes-256-gcm', encKey, raw.subarray(1, 1 + ivBytes));
        d.setAAD(aad(context));
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
