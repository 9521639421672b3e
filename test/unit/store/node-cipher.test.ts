import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createNodeCipher } from '../../../src/adapters/system/node-cipher.js';
import { tenantId } from '../../../src/core/model/ids.js';

const key = randomBytes(32);
const cipher = createNodeCipher(key);

describe('node cipher', () => {
  it('round-trips, with a fresh IV each time and the key version first', () => {
    const a = cipher.encrypt('+8613800000001', 't/people.phone');
    const b = cipher.encrypt('+8613800000001', 't/people.phone');
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64')[0]).toBe(1);
    expect(Buffer.from(a, 'base64')).toHaveLength(1 + 12 + 14 + 16);
    expect(cipher.decrypt(a, 't/people.phone')).toBe('+8613800000001');
    expect(cipher.decrypt(cipher.encrypt('张三', 'c'), 'c')).toBe('张三');
  });

  it('refuses another context, an altered value and another key', () => {
    const sealed = cipher.encrypt('secret', 'tenant-a/people.phone');
    expect(() => cipher.decrypt(sealed, 'tenant-b/people.phone')).toThrow(expect.objectContaining({ code: 'TACT_ERR_STORE_DECRYPT_FAILED' }));
    const raw = Buffer.from(sealed, 'base64');
    raw[20] = (raw[20] ?? 0) ^ 1;
    expect(() => cipher.decrypt(raw.toString('base64'), 'tenant-a/people.phone')).toThrow();
    expect(() => createNodeCipher(randomBytes(32)).decrypt(sealed, 'tenant-a/people.phone')).toThrow();
    expect(() => cipher.decrypt('', 'x')).toThrow();
  });

  it('blind index: stable, per tenant, keyed', () => {
    const t1 = tenantId('a');
    expect(cipher.blindIndex(t1, '+8613800000001')).toBe(cipher.blindIndex(t1, '+8613800000001'));
    expect(cipher.blindIndex(t1, '+8613800000001')).not.toBe(cipher.blindIndex(tenantId('b'), '+8613800000001'));
    expect(createNodeCipher(randomBytes(32)).blindIndex(t1, '+8613800000001')).not.toBe(cipher.blindIndex(t1, '+8613800000001'));
  });

  it('suppression hash depends on the tenant salt and the key, never equals the blind index', () => {
    const s1 = cipher.newSalt();
    const s2 = cipher.newSalt();
    expect(s1).not.toBe(s2);
    const h = cipher.suppressionHash(s1, '+8613800000001');
    expect(h).toBe(cipher.suppressionHash(s1, '+8613800000001'));
    expect(h).not.toBe(cipher.suppressionHash(s2, '+8613800000001'));
    expect(h).not.toBe(createNodeCipher(randomBytes(32)).suppressionHash(s1, '+8613800000001'));
    expect(h).not.toBe(cipher.blindIndex(tenantId('a'), '+8613800000001'));
  });

  it('rejects a key of the wrong length', () => {
    expect(() => createNodeCipher(randomBytes(16))).toThrow(expect.objectContaining({ code: 'TACT_ERR_CONFIG_BAD_MASTER_KEY' }));
  });
});
