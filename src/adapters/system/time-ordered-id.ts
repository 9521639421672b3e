// Ids in the UUID version 7 layout: 48-bit Unix ms, then 74 random bits. New rows land
// at the right edge of primary-key B-trees (fast bulk inserts, warm pages), ids still
// reveal nothing but their creation time, and they sort by creation.
import { pooledRandomBytes } from './random-pool.js';

const hex = (b: Buffer): string => b.toString('hex');

export const timeOrderedId = (now: number = Date.now()): string => {
  const b = pooledRandomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70; // version 7
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
